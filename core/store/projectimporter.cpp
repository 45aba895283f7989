// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "store/projectimporter.h"

#include "store/corpusrepository.h"
#include "store/layerrepository.h"
#include "store/transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QUuid>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

namespace {

QString layerName(const CorpusImporter::Source &source)
{
    return source.name.isEmpty() ? QFileInfo(source.path).fileName() : source.name;
}

void removeProjectFiles(const QString &path)
{
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u".lock"_s}) {
        QFile::remove(path + suffix);
    }
}

} // namespace

std::expected<ProjectImporter::Outcome, ProjectImporter::Failure> ProjectImporter::import(
    ProjectStore &store, const CorpusImporter::Source &source, const CorpusImporter::Options &options)
{
    if (auto writable = store.checkWritable(); !writable) {
        return std::unexpected(writable.error());
    }
    // Before the file is read: a name taken is said at once, not after a long parse.
    if (LayerRepository(store).find(layerName(source))) {
        return std::unexpected(StoreError{StoreError::Code::Invalid,
            u"%1: a layer of that name exists already; name another with --layer"_s.arg(store.path())});
    }
    auto outcome = read(store, source, options);
    if (!outcome) {
        return std::unexpected(outcome.error());
    }
    if (auto written = write(store, *outcome); !written) {
        return std::unexpected(written.error());
    }
    return outcome;
}

std::expected<ProjectImporter::Outcome, ParseError> ProjectImporter::read(const QList<Document> &corpus,
    const CorpusImporter::Source &source, const CorpusImporter::Options &options)
{
    Outcome outcome;
    if (corpus.isEmpty()) {
        auto imported = CorpusImporter::import({source}, options);
        if (!imported) {
            return std::unexpected(imported.error());
        }
        outcome.documents = std::move(imported->documents);
        outcome.layer = imported->layers.first();
        outcome.warnings = imported->warnings;
        outcome.definedCorpus = true;
        return outcome;
    }
    auto layer = CorpusImporter::importOnto(corpus, source, options, &outcome.warnings);
    if (!layer) {
        return std::unexpected(layer.error());
    }
    outcome.layer = std::move(*layer);
    return outcome;
}

std::expected<ProjectImporter::Outcome, ProjectImporter::Failure> ProjectImporter::read(
    ProjectStore &store, const CorpusImporter::Source &source, const CorpusImporter::Options &options)
{
    QList<Document> corpus;
    if (const CorpusRepository repository(store); !repository.isEmpty()) {
        auto stored = repository.load();
        if (!stored) {
            return std::unexpected(stored.error());
        }
        corpus = std::move(*stored);
    }
    auto outcome = read(corpus, source, options);
    if (!outcome) {
        return std::unexpected(outcome.error());
    }
    return std::move(*outcome);
}

std::expected<void, StoreError> ProjectImporter::write(ProjectStore &store, const Outcome &outcome)
{
    if (auto writable = store.checkWritable(); !writable) {
        return std::unexpected(writable.error());
    }
    Transaction transaction(store);
    CorpusRepository corpus(store);
    LayerRepository layers(store);
    // Checked again inside the transaction: the project may have changed since read().
    if (layers.find(outcome.layer.name)) {
        return std::unexpected(StoreError{StoreError::Code::Invalid,
            u"%1: a layer named '%2' exists already"_s.arg(store.path(), outcome.layer.name)});
    }
    if (outcome.definedCorpus) {
        if (auto saved = corpus.save(outcome.documents); !saved) {
            return std::unexpected(saved.error());
        }
    } else if (corpus.isEmpty()) {
        return std::unexpected(StoreError{StoreError::Code::Invalid,
            u"%1: the project has no corpus for the layer '%2'"_s.arg(store.path(), outcome.layer.name)});
    }
    if (auto added = layers.add(outcome.layer); !added) {
        return std::unexpected(added.error());
    }
    if (!transaction.commit()) {
        return std::unexpected(store.errorFor(store.database().lastError(), u"import"_s));
    }
    return {};
}

std::expected<void, StoreError> ProjectImporter::write(
    ProjectStore &store, const QList<Outcome> &outcomes, const Progress &progress)
{
    Transaction transaction(store);
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        if (progress && !progress(i, outcomes.size())) {
            return std::unexpected(
                StoreError{StoreError::Code::Cancelled, u"%1: nothing written"_s.arg(store.path())});
        }
        if (auto written = write(store, outcomes.at(i)); !written) {
            return written;
        }
    }
    if (!transaction.commit()) {
        return std::unexpected(store.errorFor(store.database().lastError(), u"import"_s));
    }
    return {};
}

std::expected<void, StoreError> ProjectImporter::create(
    const QString &path, const QList<Outcome> &outcomes, const Progress &progress)
{
    if (outcomes.isEmpty() || !outcomes.first().definedCorpus) {
        return std::unexpected(
            StoreError{StoreError::Code::Invalid, u"%1: a new project needs a corpus first"_s.arg(path)});
    }
    if (!QFileInfo(path).absoluteDir().exists()) {
        return std::unexpected(StoreError{StoreError::Code::Io, u"%1: no such directory"_s.arg(path)});
    }
    // The target's own lock, held until the new file has replaced it: nobody writes to a
    // project while it is being replaced.
    QLockFile targetLock(path + u".lock"_s);
    targetLock.setStaleLockTime(0);
    if (!targetLock.tryLock(0)) {
        return std::unexpected(StoreError{StoreError::Code::Locked,
            u"%1: the project is open for writing elsewhere; close it there first"_s.arg(path)});
    }
    const QString partial = u"%1.%2.partial"_s.arg(path, QUuid::createUuid().toString(QUuid::Id128).left(8));
    std::expected<void, StoreError> written;
    {
        auto store = ProjectStore::create(partial, false);
        if (!store) {
            return std::unexpected(store.error());
        }
        written = write(**store, outcomes, progress);
    } // closed: SQLite folds the WAL back into the file, which now stands alone
    if (!written) {
        removeProjectFiles(partial);
        return std::unexpected(StoreError{
            written.error().code, written.error().message.replace(partial, path)}); // the name the user knows
    }
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
        QFile::remove(path + suffix); // a replaced project's, which would be read as the new one's
    }
    // rename(2): atomic, and it replaces an existing file (QFile::rename would refuse).
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(path).constData()) != 0) {
        removeProjectFiles(partial);
        return std::unexpected(
            StoreError{StoreError::Code::Io, u"%1: the new project could not take this name"_s.arg(path)});
    }
    return {};
}

std::expected<void, StoreError> ProjectImporter::create(
    const QString &path, const ImportedCorpus &corpus, const Progress &progress)
{
    QList<Outcome> outcomes;
    for (const ImportedLayer &layer : corpus.layers) {
        outcomes.append(
            {.layer = layer, .definedCorpus = outcomes.isEmpty(), .warnings = {}, .documents = {}});
    }
    if (!outcomes.isEmpty()) {
        outcomes.first().documents = corpus.documents;
        outcomes.first().warnings = corpus.warnings;
    }
    return create(path, outcomes, progress);
}

} // namespace Workbench::Core
