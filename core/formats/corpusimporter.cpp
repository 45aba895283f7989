// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "corpusimporter.h"

#include "layerfilereader.h"
#include "layerprojector.h"

#include <QDateTime>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

std::expected<ImportedCorpus, ParseError> CorpusImporter::import(
    const QList<Source> &sources, const Options &options)
{
    ImportedCorpus corpus;
    std::optional<TokenGrid> grid;
    for (const Source &source : sources) {
        const std::optional<AnnotationFormat> format =
            source.format ? source.format : annotationFormatForPath(source.path);
        if (!format) {
            return std::unexpected(ParseError{
                source.path, 0, u"cannot tell doccano from Prodigy JSONL by the name: name the format"_s});
        }
        auto file = LayerFileReader::read(source.path, *format, options.conll);
        if (!file) {
            return std::unexpected(file.error());
        }
        ImportedLayer layer{.name = QFileInfo(source.path).fileName(),
            .kind = source.kind,
            .provenance = Provenance{.source = source.path,
                .tool = annotationFormatName(*format),
                .tagScheme = file->tagScheme,
                .created = QDateTime::currentDateTimeUtc()},
            .spans = {},
            .loss = file->loss,
            .unalignedTokens = 0};
        corpus.warnings.append(file->warnings);
        if (!grid) {
            corpus.documents = file->documents;
            grid.emplace(corpus.documents);
            layer.spans = file->spans;
        } else {
            LayerProjector::Result projected = LayerProjector::project(*grid, file->documents, file->spans);
            layer.spans = projected.spans;
            layer.loss.append(projected.loss);
            layer.unalignedTokens = projected.unalignedTokens;
            layer.substitutedTokens = projected.substitutedTokens;
        }
        corpus.layers.append(layer);
    }
    return corpus;
}

} // namespace Workbench::Core
