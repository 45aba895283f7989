// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "formats/corpusimporter.h"

#include "formats/layerfilereader.h"
#include "formats/layerprojector.h"

#include <QDateTime>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

namespace {

struct ReadSource
{
    LayerFile file;
    ImportedLayer layer; // spans still on the file's own documents
};

std::expected<ReadSource, ParseError> readSource(
    const CorpusImporter::Source &source, const CorpusImporter::Options &options)
{
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
    ImportedLayer layer{.name = source.name.isEmpty() ? QFileInfo(source.path).fileName() : source.name,
        .kind = source.kind,
        .provenance = Provenance{.source = source.path,
            .tool = annotationFormatName(*format),
            .tagScheme = file->tagScheme,
            .created = QDateTime::currentDateTimeUtc()},
        .spans = file->spans,
        .loss = file->loss,
        .unalignedTokens = 0,
        .substitutedTokens = 0};
    return ReadSource{std::move(*file), std::move(layer)};
}

void project(const TokenGrid &grid, ReadSource &read)
{
    LayerProjector::Result projected = LayerProjector::project(grid, read.file.documents, read.file.spans);
    read.layer.spans = projected.spans;
    read.layer.loss.append(projected.loss);
    read.layer.unalignedTokens = projected.unalignedTokens;
    read.layer.substitutedTokens = projected.substitutedTokens;
    read.layer.uncoveredDocuments = projected.uncoveredDocuments;
}

} // namespace

std::expected<ImportedCorpus, ParseError> CorpusImporter::import(
    const QList<Source> &sources, const Options &options)
{
    ImportedCorpus corpus;
    std::optional<TokenGrid> grid;
    for (const Source &source : sources) {
        auto read = readSource(source, options);
        if (!read) {
            return std::unexpected(read.error());
        }
        corpus.warnings.append(read->file.warnings);
        if (!grid) {
            corpus.documents = read->file.documents;
            grid.emplace(corpus.documents);
        } else {
            project(*grid, *read);
        }
        corpus.layers.append(read->layer);
    }
    return corpus;
}

std::expected<ImportedLayer, ParseError> CorpusImporter::importOnto(
    const QList<Document> &documents, const Source &source, const Options &options, QStringList *warnings)
{
    auto read = readSource(source, options);
    if (!read) {
        return std::unexpected(read.error());
    }
    if (warnings != nullptr) {
        warnings->append(read->file.warnings);
    }
    project(TokenGrid(documents), *read);
    return read->layer;
}

} // namespace Workbench::Core
