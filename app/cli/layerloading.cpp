// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "layerloading.h"

#include "base/countednoun.h"
#include "formats/corpusimporter.h"

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Core;

namespace Workbench::Cli {

namespace {
constexpr int lossLinesPerLayer = 20;
}

void LayerLoading::addOptions(VerbParser &verb, const bool withGold)
{
    verb.addPositional(u"FILE"_s, u"Layer files; the first also defines the tokens."_s, u"FILE..."_s);
    verb.parser().addOptions({
        {u"from"_s, u"Format of every FILE: conll, doccano, prodigy or brat (default: from the name)."_s,
            u"F"_s},
        {u"tag-col"_s, u"1-based column of the tags in CoNLL files (default: detected)."_s, u"N"_s},
    });
    if (withGold) {
        verb.parser().addOption(
            {u"gold"_s, u"A gold file, aligned to the first FILE's tokens."_s, u"GOLD"_s});
    }
}

std::optional<LayerLoading::Layers> LayerLoading::load(
    const VerbParser &verb, const bool withGold, int &exitCode)
{
    std::optional<AnnotationFormat> format;
    if (verb.parser().isSet(u"from"_s)) {
        format = annotationFormatFromName(verb.parser().value(u"from"_s));
        if (!format) {
            exitCode = CliOutput::usageError(verb.verb(), u"--from takes conll, doccano, prodigy or brat"_s);
            return std::nullopt;
        }
    }
    const QStringList files = verb.positional();
    const auto tagColumn = verb.number(u"tag-col"_s, 0, 1);
    if (!tagColumn) {
        exitCode = ExitUsage;
        return std::nullopt;
    }
    QList<CorpusImporter::Source> sources;
    for (const QString &file : files) {
        const std::optional<AnnotationFormat> fileFormat = format ? format : annotationFormatForPath(file);
        if (!fileFormat) {
            exitCode = CliOutput::usageError(verb.verb(), u"name the format of %1 with --from"_s.arg(file));
            return std::nullopt;
        }
        sources.append({file, LayerKind::System, fileFormat});
    }
    if (withGold && verb.parser().isSet(u"gold"_s)) {
        const QString gold = verb.parser().value(u"gold"_s);
        sources.append({gold, LayerKind::Gold, format ? format : annotationFormatForPath(gold)});
    }
    auto corpus = CorpusImporter::import(sources, {.conll = {.tagColumn = int(*tagColumn)}});
    if (!corpus) {
        CliOutput::diagnostic(corpus.error().toString());
        exitCode = ExitFailure;
        return std::nullopt;
    }
    for (const QString &warning : std::as_const(corpus->warnings)) {
        CliOutput::diagnostic(warning);
    }
    for (const ImportedLayer &layer : std::as_const(corpus->layers)) {
        const QString path = layer.provenance.source;
        if (layer.substitutedTokens > 0 || layer.unalignedTokens > 0) {
            CliOutput::diagnostic(
                u"%1:1: warning: %2 aligned to differently spelt tokens, %3 without a "
                u"partner in %4"_s.arg(path, CountedNoun::of(layer.substitutedTokens, u"token"_s),
                    CountedNoun::of(layer.unalignedTokens, u"token"_s), files.first()));
        }
        if (!layer.uncoveredDocuments.isEmpty()) {
            const qsizetype uncovered = layer.uncoveredDocuments.size();
            CliOutput::diagnostic(
                u"%1:1: warning: %2 of %3 %4 not in this file: missing values to its "
                u"agreement, not \"no entities\""_s.arg(path, CountedNoun::of(uncovered, u"document"_s),
                    files.first(), uncovered == 1 ? u"is"_s : u"are"_s));
        }
        CliOutput::lossWarnings(path, layer.loss, lossLinesPerLayer);
    }
    Layers layers{.documents = corpus->documents,
        .annotators = {},
        .unalignedTokens = {},
        .gold = std::nullopt,
        .goldMissing = {}};
    for (const ImportedLayer &layer : std::as_const(corpus->layers)) {
        if (layer.kind == LayerKind::Gold) {
            layers.gold = layer.spans;
            layers.goldMissing = layer.uncoveredDocuments;
        } else {
            layers.annotators.append({layer.name, layer.spans, layer.uncoveredDocuments});
            layers.unalignedTokens.append(layer.unalignedTokens);
        }
    }
    return layers;
}

} // namespace Workbench::Cli
