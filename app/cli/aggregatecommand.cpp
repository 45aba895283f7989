// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "aggregatecommand.h"

#include "base/countednoun.h"
#include "formats/layerfilewriter.h"
#include "layerloading.h"
#include "metrics/aggregator.h"
#include "verbparser.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Core;

namespace Workbench::Cli {

int runAggregate(const QStringList &arguments)
{
    VerbParser verb(u"aggregate"_s,
        u"Build one layer from several annotators' layers, label-free, and write it as "
        u"CoNLL token<TAB>tag on the first FILE's tokens."_s);
    LayerLoading::addOptions(verb, false);
    verb.parser().addOptions({
        {u"method"_s, u"plurality, span-vote or weighted (default)."_s, u"METHOD"_s, u"weighted"_s},
        {u"min-votes"_s, u"span-vote: votes a span needs (default: a majority of the layers)."_s, u"K"_s},
        {{u"o"_s, u"output"_s}, u"The CoNLL file to write (replaced atomically)."_s, u"OUT"_s},
    });
    if (auto exit = verb.parse(arguments, 1, 1000)) {
        return *exit;
    }
    const auto method = Aggregator::methodFromName(verb.parser().value(u"method"_s));
    if (!method) {
        return CliOutput::usageError(verb.verb(), u"--method takes plurality, span-vote or weighted"_s);
    }
    if (!verb.parser().isSet(u"output"_s)) {
        return CliOutput::usageError(verb.verb(), u"-o OUT is required"_s);
    }
    const auto minVotes = verb.number(u"min-votes"_s, 0, 1);
    if (!minVotes) {
        return ExitUsage;
    }
    if (verb.parser().isSet(u"min-votes"_s) && *method != Aggregator::Method::SpanVote) {
        return CliOutput::usageError(verb.verb(), u"--min-votes goes with --method span-vote"_s);
    }
    int exitCode = ExitSuccess;
    const auto loaded = LayerLoading::load(verb, false, exitCode);
    if (!loaded) {
        return exitCode;
    }
    const QList<AnnotatorLayer> &layers = loaded->annotators;
    const TokenGrid grid(loaded->documents);
    const DocumentSpans spans =
        Aggregator::aggregate(grid, layers, {.method = *method, .minVotes = int(*minVotes), .weights = {}});
    const QString out = verb.parser().value(u"output"_s);
    // A document no layer covers had no vote: left out, not written as one without entities.
    const QSet<qsizetype> uncovered = Aggregator::uncoveredByAll(layers, grid.documentCount());
    const auto loss =
        LayerFileWriter::write(out, AnnotationFormat::Conll, loaded->documents, spans, uncovered, {});
    if (!loss) {
        CliOutput::diagnostic(loss.error().toString());
        return ExitFailure;
    }
    const qsizetype count = spanCount(spans);
    if (verb.format() == OutputFormat::Json) {
        CliOutput::json(QJsonObject{{u"output"_s, out}, {u"method"_s, Aggregator::methodName(*method)},
            {u"layers"_s, layers.size()}, {u"spans"_s, count}});
    } else {
        CliOutput::text(u"%1: %2 from %3 (%4)\n"_s.arg(out, CountedNoun::of(count, u"span"_s),
            CountedNoun::of(layers.size(), u"layer"_s), Aggregator::methodName(*method)));
    }
    return ExitSuccess;
}

} // namespace Workbench::Cli
