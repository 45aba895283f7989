// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "conllcorpusimporter.h"

#include "conllreader.h"
#include "positionalpairing.h"

#include <QDateTime>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

namespace {

Provenance conllProvenance(const QString &path, const ConllData &data)
{
    return Provenance{.source = path,
        .tool = u"CoNLL reader"_s,
        .tagScheme = tagSchemeName(data.scheme),
        .created = QDateTime::currentDateTimeUtc()};
}

} // namespace

std::expected<ImportedCorpus, ParseError> ConllCorpusImporter::import(
    const QString &referencePath, const LayerKind referenceKind, const QStringList &layerPaths)
{
    auto reference = ConllReader::readFile(referencePath, {});
    if (!reference) {
        return std::unexpected(reference.error());
    }
    ImportedCorpus corpus;
    corpus.documents = reference->documents;
    corpus.warnings = reference->warnings;
    corpus.layers.append(ImportedLayer{.name = QFileInfo(referencePath).fileName(),
        .kind = referenceKind,
        .provenance = conllProvenance(referencePath, *reference),
        .spans = reference->spans,
        .loss = {}});
    for (const QString &path : layerPaths) {
        auto data = ConllReader::readFile(path, {});
        if (!data) {
            return std::unexpected(data.error());
        }
        auto paired = PositionalPairing::pair(*reference, referencePath, *data, path);
        if (!paired) {
            return std::unexpected(paired.error());
        }
        ImportedLayer layer{.name = QFileInfo(path).fileName(),
            .kind = LayerKind::System,
            .provenance = conllProvenance(path, *data),
            .spans = paired->spans,
            .loss = {}};
        if (paired->differingTokens > 0) {
            // Not a loss of spans, but the user must see that the files spell tokens differently.
            layer.loss.add({u"token-text-differs"_s, {}, paired->firstDifferingLine,
                u"%1 tokens differ in text from %2"_s.arg(paired->differingTokens).arg(referencePath)});
        }
        corpus.warnings.append(data->warnings);
        corpus.layers.append(layer);
    }
    return corpus;
}

} // namespace Workbench::Core
