// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "aggregatecommand.h"

#include "base/countednoun.h"
#include "formats/layerfilewriter.h"
#include "layerloading.h"
#include "metrics/aggregator.h"
#include "metrics/cascade.h"
#include "verbparser.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Core;

namespace Workbench::Cli {

namespace {

// What --method cascade adds to the JSON: how much of the corpus needed every layer.
QJsonObject cascadeJson(const Cascade::Result &result, const QList<Document> &documents)
{
    QJsonArray escalatedDocuments;
    for (qsizetype d = 0; d < result.documentCount(); ++d) {
        if (result.escalated.at(d)) {
            escalatedDocuments.append(documents.at(d).id());
        }
    }
    return {{u"first"_s, result.first}, {u"order"_s, QJsonArray::fromStringList(result.order)},
        {u"escalated"_s, result.escalatedCount()}, {u"escalated_documents"_s, escalatedDocuments},
        {u"documents"_s, result.documentCount()}, {u"escalated_share"_s, result.escalatedShare()},
        {u"calls_per_document"_s, result.callsPerDocument()}};
}

} // namespace

int runAggregate(const QStringList &arguments)
{
    VerbParser verb(u"aggregate"_s,
        u"Build one layer from several annotators' layers, label-free, and write it as "
        u"CoNLL token<TAB>tag on the first FILE's tokens. The cascade simulates cascade labelling: "
        u"the K layers that agree most with the others decide where they agree exactly, every "
        u"layer (the weighted vote) where they do not."_s);
    LayerLoading::addOptions(verb, false);
    verb.parser().addOptions({
        {u"method"_s, u"plurality, span-vote, weighted (default) or cascade."_s, u"METHOD"_s, u"weighted"_s},
        {u"min-votes"_s, u"span-vote: votes a span needs (default: a majority of the layers)."_s, u"K"_s},
        {u"first"_s, u"cascade: the most agreeing layers that label every document (default 2)."_s, u"K"_s},
        {{u"o"_s, u"output"_s}, u"The CoNLL file to write (replaced atomically)."_s, u"OUT"_s},
    });
    if (auto exit = verb.parse(arguments, 1, 1000)) {
        return *exit;
    }
    const bool cascade = verb.parser().value(u"method"_s) == u"cascade";
    // The cascade decides escalated documents by the default aggregate.
    const auto method = cascade ? std::optional(Aggregator::Options{}.method)
                                : Aggregator::methodFromName(verb.parser().value(u"method"_s));
    if (!method) {
        return CliOutput::usageError(
            verb.verb(), u"--method takes plurality, span-vote, weighted or cascade"_s);
    }
    if (!verb.parser().isSet(u"output"_s)) {
        return CliOutput::usageError(verb.verb(), u"-o OUT is required"_s);
    }
    const auto minVotes = verb.number(u"min-votes"_s, 0, 1);
    if (!minVotes) {
        return ExitUsage;
    }
    if (verb.parser().isSet(u"min-votes"_s) && (cascade || *method != Aggregator::Method::SpanVote)) {
        return CliOutput::usageError(verb.verb(), u"--min-votes goes with --method span-vote"_s);
    }
    const auto first = verb.number(u"first"_s, 2, 2);
    if (!first) {
        return ExitUsage;
    }
    if (verb.parser().isSet(u"first"_s) && !cascade) {
        return CliOutput::usageError(verb.verb(), u"--first goes with --method cascade"_s);
    }
    if (cascade && *first > verb.positional().size()) {
        return CliOutput::usageError(verb.verb(),
            u"--first %1 needs at least %2 files, found %3"_s.arg(
                QString::number(*first), QString::number(*first), QString::number(verb.positional().size())));
    }
    int exitCode = ExitSuccess;
    const auto loaded = LayerLoading::load(verb, false, exitCode);
    if (!loaded) {
        return exitCode;
    }
    const QList<AnnotatorLayer> &layers = loaded->annotators;
    const TokenGrid grid(loaded->documents);
    std::optional<Cascade::Result> cascaded;
    if (cascade) {
        // Label-free: the layers' own agreement orders them, as the pilot's rounds would.
        cascaded = Cascade::run(grid, Cascade::ordered(layers, Cascade::agreementOrder(grid, layers)),
            {.first = int(*first), .aggregate = {}});
    }
    const DocumentSpans spans = cascaded
        ? cascaded->spans
        : Aggregator::aggregate(grid, layers, {.method = *method, .minVotes = int(*minVotes), .weights = {}});
    const QString out = verb.parser().value(u"output"_s);
    // A document no layer covers had no vote: left out, not written as one without entities.
    const QSet<qsizetype> uncovered =
        cascaded ? cascaded->uncovered() : Aggregator::uncoveredByAll(layers, grid.documentCount());
    const auto loss =
        LayerFileWriter::write(out, AnnotationFormat::Conll, loaded->documents, spans, uncovered, {});
    if (!loss) {
        CliOutput::diagnostic(loss.error().toString());
        return ExitFailure;
    }
    const qsizetype count = spanCount(spans);
    const QString methodName = cascade ? u"cascade"_s : Aggregator::methodName(*method);
    if (verb.format() == OutputFormat::Json) {
        QJsonObject json{
            {u"output"_s, out}, {u"method"_s, methodName}, {u"layers"_s, layers.size()}, {u"spans"_s, count}};
        if (cascaded) {
            const QJsonObject figures = cascadeJson(*cascaded, loaded->documents);
            for (auto it = figures.begin(); it != figures.end(); ++it) {
                json.insert(it.key(), it.value());
            }
        }
        CliOutput::json(json);
    } else {
        CliOutput::text(u"%1: %2 from %3 (%4)\n"_s.arg(
            out, CountedNoun::of(count, u"span"_s), CountedNoun::of(layers.size(), u"layer"_s), methodName));
        if (cascaded) {
            CliOutput::text(u"first %1: %2; %3 of %4 escalated (%5%), %6 calls per document\n"_s.arg(
                QString::number(cascaded->first), cascaded->order.mid(0, cascaded->first).join(u", "_s),
                CountedNoun::of(cascaded->escalatedCount(), u"document"_s),
                QString::number(cascaded->documentCount()),
                QString::number(100.0 * cascaded->escalatedShare(), 'f', 1),
                QString::number(cascaded->callsPerDocument(), 'f', 2)));
            CliOutput::text(u"order by agreement: %1\n"_s.arg(cascaded->order.join(u", "_s)));
        }
    }
    return ExitSuccess;
}

} // namespace Workbench::Cli
