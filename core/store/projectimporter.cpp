// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "store/projectimporter.h"

#include "store/corpusrepository.h"
#include "store/layerrepository.h"
#include "store/transaction.h"

#include <QFileInfo>
#include <QSqlError>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

std::expected<ProjectImporter::Outcome, ProjectImporter::Failure> ProjectImporter::import(
    ProjectStore &store, const CorpusImporter::Source &source, const CorpusImporter::Options &options)
{
    if (auto writable = store.checkWritable(); !writable) {
        return std::unexpected(writable.error());
    }
    CorpusRepository corpus(store);
    LayerRepository layers(store);
    if (layers.find(source.name.isEmpty() ? QFileInfo(source.path).fileName() : source.name)) {
        return std::unexpected(StoreError{StoreError::Code::Invalid,
            u"%1: a layer of that name exists already; name another with --layer"_s.arg(store.path())});
    }
    Outcome outcome;
    QList<Document> documents;
    if (corpus.isEmpty()) {
        auto imported = CorpusImporter::import({source}, options);
        if (!imported) {
            return std::unexpected(imported.error());
        }
        documents = imported->documents;
        outcome.layer = imported->layers.first();
        outcome.warnings = imported->warnings;
        outcome.definedCorpus = true;
    } else {
        auto stored = corpus.load();
        if (!stored) {
            return std::unexpected(stored.error());
        }
        auto layer = CorpusImporter::importOnto(*stored, source, options, &outcome.warnings);
        if (!layer) {
            return std::unexpected(layer.error());
        }
        outcome.layer = *layer;
    }
    Transaction transaction(store);
    if (outcome.definedCorpus) {
        if (auto saved = corpus.save(documents); !saved) {
            return std::unexpected(saved.error());
        }
    }
    if (auto added = layers.add(outcome.layer); !added) {
        return std::unexpected(added.error());
    }
    if (!transaction.commit()) {
        return std::unexpected(store.errorFor(store.database().lastError(), u"import"_s));
    }
    return outcome;
}

} // namespace Workbench::Core
