// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "reportcommand.h"

#include "layerloading.h"
#include "metrics/aggregator.h"
#include "metrics/corpusanalysis.h"
#include "metrics/reportwriter.h"
#include "verbparser.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Core;

namespace Workbench::Cli {

namespace {

bool writeText(const QString &path, const QString &text)
{
    QSaveFile file(path);
    const QByteArray bytes = text.toUtf8();
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit()) {
        return true;
    }
    CliOutput::diagnostic(u"%1:1: error: cannot write the file: %2"_s.arg(path, file.errorString()));
    return false;
}

} // namespace

int runReport(const QStringList &arguments)
{
    VerbParser verb(u"report"_s,
        u"Write the Markdown hotspot report and one error report per annotator "
        u"(method.md section 5); the reference is the majority, or GOLD."_s);
    LayerLoading::addOptions(verb, true);
    verb.parser().addOptions({
        {{u"o"_s, u"output"_s}, u"The directory to write the reports into."_s, u"DIR"_s},
        {u"seed"_s, u"Seed of the example sampling (default 42)."_s, u"N"_s, u"42"_s},
    });
    if (auto exit = verb.parse(arguments, 1, 1000)) {
        return *exit;
    }
    if (!verb.parser().isSet(u"output"_s)) {
        return CliOutput::usageError(verb.verb(), u"-o DIR is required"_s);
    }
    const auto seed = verb.number(u"seed"_s, 42, 0);
    if (!seed) {
        return ExitUsage;
    }
    int exitCode = ExitSuccess;
    const auto loaded = LayerLoading::load(verb, true, exitCode);
    if (!loaded) {
        return exitCode;
    }
    const QList<AnnotatorLayer> &layers = loaded->annotators;
    const std::optional<DocumentSpans> &gold = loaded->gold;
    const QString directory = verb.parser().value(u"output"_s);
    if (!QDir().mkpath(directory)) {
        CliOutput::diagnostic(u"%1:1: error: cannot create the directory"_s.arg(directory));
        return ExitFailure;
    }
    const TokenGrid grid(loaded->documents);
    // The window's pipeline without its bootstrap and per-document figures (gold is the reference below).
    const CorpusAnalysis::Result analysis = CorpusAnalysis::run(
        grid, layers, std::nullopt, {.agreement = {.bootstrapSamples = 0}, .perDocument = false});
    const DisagreementResult disagreement = analysis.disagreement.value_or(DisagreementResult{});
    const ReportWriter::Options options{.seed = quint64(*seed)};
    const QString hotspotPath = QDir(directory).filePath(u"hotspots.md"_s);
    if (!writeText(hotspotPath, ReportWriter::hotspotReport(grid, disagreement, options))) {
        return ExitFailure;
    }
    const DocumentSpans reference = gold
        ? *gold
        : Aggregator::aggregate(
            grid, layers, {.method = Aggregator::Method::Plurality, .minVotes = 0, .weights = {}});
    const QString referenceName = gold ? u"gold (%1)"_s.arg(verb.parser().value(u"gold"_s))
                                       : u"the token-level plurality vote of all annotators"_s;
    QJsonObject annotatorFiles;
    QJsonObject errorCounts;
    for (const AnnotatorLayer &layer : std::as_const(layers)) {
        // Only the documents both the layer and the reference cover are compared: a document
        // either lacks is a missing value, not "no entities" (as in the pilot's reports).
        DocumentSpans labelled = layer.spans;
        DocumentSpans against = reference;
        for (const qsizetype d : layer.missing | (gold ? loaded->goldMissing : QSet<qsizetype>{})) {
            if (d >= 0 && d < labelled.size()) {
                labelled[d].clear();
            }
            if (d >= 0 && d < against.size()) {
                against[d].clear();
            }
        }
        const QList<ErrorAnalysis::Instance> errors = ErrorAnalysis::compare(against, labelled);
        const QString path = QDir(directory).filePath(u"annotator-%1.md"_s.arg(layer.name));
        if (!writeText(
                path, ReportWriter::annotatorReport(grid, layer.name, referenceName, errors, options))) {
            return ExitFailure;
        }
        annotatorFiles.insert(layer.name, path);
        QJsonObject counts;
        for (const ErrorAnalysis::Category category : ErrorAnalysis::categories) {
            counts.insert(ErrorAnalysis::categoryName(category),
                qint64(std::ranges::count(errors, category, &ErrorAnalysis::Instance::category)));
        }
        errorCounts.insert(layer.name, counts);
    }
    QJsonObject classes;
    for (const HotspotBlock::Kind kind : {HotspotBlock::Kind::EliteSplit, HotspotBlock::Kind::SystematicBias,
             HotspotBlock::Kind::Complex, HotspotBlock::Kind::Minor}) {
        classes.insert(DisagreementAnalysis::kindName(kind),
            qint64(std::ranges::count(disagreement.blocks, kind, &HotspotBlock::kind)));
    }
    if (verb.format() == OutputFormat::Json) {
        CliOutput::json(QJsonObject{{u"hotspots"_s, hotspotPath}, {u"annotators"_s, annotatorFiles},
            {u"hot_tokens"_s, disagreement.hotTokens}, {u"blocks"_s, disagreement.blocks.size()},
            {u"classes"_s, classes}, {u"errors"_s, errorCounts}});
    } else {
        CliOutput::text(u"%1: %2 hot tokens in %3 blocks\n"_s.arg(hotspotPath)
                            .arg(disagreement.hotTokens)
                            .arg(disagreement.blocks.size()));
        for (auto it = annotatorFiles.constBegin(); it != annotatorFiles.constEnd(); ++it) {
            CliOutput::text(it.value().toString() + u'\n');
        }
    }
    return ExitSuccess;
}

} // namespace Workbench::Cli
