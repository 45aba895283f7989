// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "labelcommand.h"

#include "base/countednoun.h"
#include "clioutput.h"
#include "costwords.h"
#include "pilotkeys.h"
#include "session/corpuslabelling.h"
#include "store/pilotrepository.h"
#include "verbparser.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Core;

namespace Workbench::Cli {

namespace {

QJsonArray batchesJson(const QList<BatchJobRecord> &batches)
{
    QJsonArray array;
    for (const BatchJobRecord &batch : batches) {
        array.append(QJsonObject{{u"id"_s, batch.remoteId}, {u"endpoint"_s, batch.endpoint},
            {u"api"_s, batch.api}, {u"state"_s, batch.state}, {u"requests"_s, batch.requestCount},
            {u"succeeded"_s, batch.succeeded}, {u"failed"_s, batch.failed}, {u"ingested"_s, batch.ingested},
            {u"message"_s, batch.message}});
    }
    return array;
}

// What a cascade adds to the JSON: its order and who labelled which document.
QJsonObject cascadeJson(const CorpusLabelling &labelling, const CorpusLabelling::Outcome &outcome)
{
    QJsonObject json{{u"order"_s, QJsonArray::fromStringList(labelling.cascadeOrder())},
        {u"first"_s, labelling.cascadeFirst()}};
    if (outcome.cascade) {
        const Cascade::Result &result = *outcome.cascade;
        QJsonArray escalated;
        for (qsizetype d = 0; d < result.documentCount(); ++d) {
            if (result.escalated.at(d)) {
                escalated.append(labelling.documents().at(d).id());
            }
        }
        json.insert(u"escalated"_s, result.escalatedCount());
        json.insert(u"escalated_documents"_s, escalated);
        json.insert(u"escalated_share"_s, result.escalatedShare());
        json.insert(u"calls_per_document"_s, result.callsPerDocument());
    }
    return json;
}

} // namespace

int runLabel(const QStringList &arguments)
{
    VerbParser verb(u"label"_s,
        u"Label the whole corpus with one annotator under one guideline version, interactively or "
        u"through the provider's batch engine (half the price, results within 24 hours). By default "
        u"the round with the highest pool agreement gives the version and its most agreeing annotator "
        u"labels. A batch survives this process: run the verb again to go on polling and collect."_s);
    verb.addPositional(u"PROJECT"_s, u"The pilot's directory or its project file."_s);
    verb.parser().addOptions({
        {u"annotator"_s, u"The annotator to label with (default: the one the rounds chose)."_s, u"NAME"_s},
        {u"cascade"_s,
            u"Label by a cascade into the layer 'cascade': the most agreeing annotators of the last round "
            u"label every document, the others only those where the first do not agree exactly."_s},
        {u"first"_s, u"With --cascade: the annotators that label every document (default 2)."_s, u"K"_s},
        {u"guideline-version"_s,
            u"The guideline version to label under (default: the one the rounds chose)."_s, u"N"_s},
        {u"batch"_s, u"openai, anthropic or off (default off: interactive calls)."_s, u"ENGINE"_s},
        {u"poll-seconds"_s, u"Seconds between status reads of pending batches (default 30)."_s, u"N"_s},
        {u"batch-size"_s, u"Requests per batch at most (default: the provider's limit)."_s, u"N"_s},
        {u"detach"_s, u"Submit and read the status once, then stop; the batches go on."_s},
        {u"estimate"_s, u"Print what labelling would cost either way and send nothing."_s},
        {u"cancel"_s, u"Cancel the pending batches, take in what ran, and label with that."_s},
    });
    if (auto exit = verb.parse(arguments, 1, 1)) {
        return *exit;
    }
    const QCommandLineParser &p = verb.parser();
    const QString engineName = p.value(u"batch"_s).isEmpty() ? u"off"_s : p.value(u"batch"_s);
    const QHash<QString, CorpusLabelling::Engine> engines{{u"off"_s, CorpusLabelling::Engine::Interactive},
        {u"openai"_s, CorpusLabelling::Engine::OpenAiBatch},
        {u"anthropic"_s, CorpusLabelling::Engine::AnthropicBatch}};
    if (!engines.contains(engineName)) {
        return CliOutput::usageError(
            verb.verb(), u"--batch: expected openai, anthropic or off, found '%1'"_s.arg(engineName));
    }
    const CorpusLabelling::Engine engine = engines.value(engineName);
    const auto pollSeconds = verb.number(u"poll-seconds"_s, 30, 0);
    const auto batchSize = verb.number(u"batch-size"_s, 0, 1);
    const auto version = verb.number(u"guideline-version"_s, -1, 0);
    const auto first = verb.number(u"first"_s, 2, 2);
    if (!pollSeconds || !batchSize || !version || !first) {
        return ExitUsage;
    }
    const bool cascade = p.isSet(u"cascade"_s);
    if (cascade && p.isSet(u"annotator"_s)) {
        return CliOutput::usageError(verb.verb(), u"--annotator and --cascade exclude each other"_s);
    }
    if (!cascade && p.isSet(u"first"_s)) {
        return CliOutput::usageError(verb.verb(), u"--first goes with --cascade"_s);
    }
    const QString given = verb.positional().first();
    const bool isDirectory = QFileInfo(given).isDir();
    const QString projectPath = isDirectory ? QDir(given).filePath(u"project.dzn"_s) : given;
    auto store = ProjectStore::open(projectPath, ProjectStore::Access::ReadWrite);
    if (!store) {
        return CliOutput::storeFailure(store.error());
    }
    const auto run = PilotRepository(**store).run();
    auto config = run ? PilotConfig::fromJson(run->second) : std::unexpected(u"no pilot in this project"_s);
    if (!config) {
        CliOutput::diagnostic(u"%1:1: error: %2"_s.arg(projectPath, config.error()));
        return ExitFailure;
    }
    const auto keys = pilotKeys(*config);
    if (!keys) {
        return ExitFailure;
    }
    CorpusLabelling labelling(**store, *keys, isDirectory ? given : QString());
    if (auto opened = labelling.open(); !opened) {
        CliOutput::diagnostic(u"%1:1: error: %2"_s.arg(projectPath, opened.error()));
        return ExitFailure;
    }
    const std::optional<int> givenVersion =
        p.isSet(u"guideline-version"_s) ? std::optional(int(*version)) : std::nullopt;
    if (auto chosen = cascade ? labelling.chooseCascade(int(*first), givenVersion)
                              : labelling.choose(p.value(u"annotator"_s), givenVersion);
        !chosen) {
        return CliOutput::usageError(verb.verb(), chosen.error());
    }
    if (auto speaks = labelling.checkEngine(engine); !speaks) {
        return CliOutput::usageError(verb.verb(), speaks.error());
    }
    // The cascade's name in messages: who labels, as "label with NAME" names the one annotator.
    const QString annotator = cascade ? u"the cascade"_s : labelling.annotator();
    const CorpusLabelling::Estimate cost = labelling.estimate();
    CliOutput::diagnostic(u"diziner-cli: label with %1 under guideline v%2: %3"_s.arg(annotator)
                              .arg(labelling.guidelineVersion())
                              .arg(labelling.choice().reason));
    if (cascade) {
        const QStringList order = labelling.cascadeOrder();
        CliOutput::diagnostic(
            u"diziner-cli: cascade: %1 (the most agreeing of the last round) label every document, "
            u"%2 the documents where they do not agree exactly"_s.arg(order.first(int(*first)).join(u", "_s),
                order.size() > *first ? order.mid(*first).join(u", "_s) : u"nobody"_s));
        CliOutput::diagnostic(cost.escalationShare
                ? u"diziner-cli: cascade: the estimate assumes %1% of documents escalate, the share where "
                  u"the first disagreed in the pilot rounds (%2)"_s.arg(
                      QString::number(100.0 * *cost.escalationShare, 'f', 1),
                      CountedNoun::of(cost.escalationMeasuredOn, u"document"_s))
                : u"diziner-cli: cascade: no pilot round had all of the first; the estimate counts every "
                  u"document as escalated"_s);
    }
    CliOutput::diagnostic(u"diziner-cli: label with %1: %2 (%3 answered before), about %4; about %5 "
                          u"interactive, %6 by batch"_s.arg(annotator, CountedNoun::of(cost.calls, u"call"_s),
                              QString::number(cost.cached), CountedNoun::of(cost.tokens, u"token"_s),
                              CostWords::of(cost.interactiveCost()), CostWords::of(cost.batchCost())));
    if (p.isSet(u"estimate"_s)) {
        if (verb.format() == OutputFormat::Json) {
            QJsonObject json{{u"annotator"_s, annotator}, {u"choice"_s, labelling.choice().toJson()},
                {u"estimate"_s, cost.toJson()}};
            if (cascade) {
                json.insert(u"cascade"_s, cascadeJson(labelling, {}));
            }
            CliOutput::json(json);
        }
        return ExitSuccess;
    }

    labelling.setPollInterval(int(*pollSeconds) * 1000);
    labelling.setBatchSize(int(*batchSize));
    labelling.setDetach(p.isSet(u"detach"_s));
    QEventLoop loop;
    int exitCode = ExitSuccess;
    CorpusLabelling::Outcome outcome;
    QObject::connect(&labelling, &CorpusLabelling::batchProgress, &loop,
        [](qint64 requests, qint64 succeeded, qint64 failed, int pending) {
            CliOutput::diagnostic(
                u"diziner-cli: batch: %1 requests, %2 answered, %3 failed, %4 batches pending"_s.arg(requests)
                    .arg(succeeded)
                    .arg(failed)
                    .arg(pending));
        });
    QObject::connect(
        &labelling, &CorpusLabelling::finished, &loop, [&](const CorpusLabelling::Outcome &result) {
            outcome = result;
            loop.quit();
        });
    QObject::connect(&labelling, &CorpusLabelling::failed, &loop, [&](const QString &message) {
        CliOutput::diagnostic(
            message.contains(u": error: "_s) ? message : u"%1:1: error: %2"_s.arg(projectPath, message));
        exitCode = ExitFailure;
        loop.quit();
    });
    QMetaObject::invokeMethod(
        &loop,
        [&] {
            if (p.isSet(u"cancel"_s)) {
                labelling.cancelBatches();
            } else {
                labelling.start(engine);
            }
        },
        Qt::QueuedConnection);
    loop.exec();
    if (exitCode != ExitSuccess) {
        return exitCode;
    }
    if (!outcome.collected) {
        qsizetype pending = 0;
        for (const BatchJobRecord &batch : std::as_const(outcome.batches)) {
            pending += batch.ingested ? 0 : 1;
        }
        // The same choice again, or the requests would be other ones: a second batch to pay for.
        const QString again =
            cascade ? u"--cascade --first %1"_s.arg(*first) : u"--annotator %1"_s.arg(annotator);
        CliOutput::diagnostic(u"diziner-cli: %1 batches pending at the provider; run 'diziner-cli label %2 "
                              u"%3 --guideline-version %4 --batch %5' again to collect them"_s.arg(pending)
                                  .arg(given, again)
                                  .arg(labelling.guidelineVersion())
                                  .arg(engineName));
        if (verb.format() == OutputFormat::Json) {
            CliOutput::json({{u"annotator"_s, annotator}, {u"mode"_s, u"batch"_s}, {u"collected"_s, false},
                {u"guideline_version"_s, labelling.guidelineVersion()},
                {u"choice"_s, labelling.choice().toJson()}, {u"estimate"_s, cost.toJson()},
                {u"batches"_s, batchesJson(outcome.batches)}});
        }
        return ExitSuccess;
    }

    // Every piece failed: no layer was written (an empty one would read as "no entities").
    const bool nothingLabelled = !outcome.failed.isEmpty() && outcome.spans.isEmpty();
    const QString layerName = nothingLabelled ? QString()
        : cascade                             ? CorpusLabelling::cascadeLayerName()
                                              : u"final-%1"_s.arg(annotator);
    qsizetype spans = 0;
    for (const QList<Span> &list : std::as_const(outcome.spans)) {
        spans += list.size();
    }
    QJsonArray failed;
    for (const FailedItem &item : std::as_const(outcome.failed)) {
        failed.append(QJsonObject{{u"document"_s, item.document}, {u"error"_s, item.error}});
        CliOutput::diagnostic(
            u"%1:1: warning: document %2 not labelled: %3"_s.arg(projectPath, item.document, item.error));
    }
    if (verb.format() == OutputFormat::Json) {
        QJsonObject json{{u"annotator"_s, annotator},
            {u"mode"_s, engine == CorpusLabelling::Engine::Interactive ? u"interactive"_s : u"batch"_s},
            {u"collected"_s, true}, {u"guideline_version"_s, labelling.guidelineVersion()},
            {u"choice"_s, labelling.choice().toJson()},
            {u"layer"_s, nothingLabelled ? QJsonValue(QJsonValue::Null) : QJsonValue(layerName)},
            {u"documents"_s, outcome.spans.size()}, {u"spans"_s, spans}, {u"failed"_s, failed},
            {u"estimate"_s, cost.toJson()}, {u"batches"_s, batchesJson(outcome.batches)}};
        if (cascade) {
            json.insert(u"cascade"_s, cascadeJson(labelling, outcome));
        }
        CliOutput::json(json);
    } else if (nothingLabelled) {
        CliOutput::text(u"nothing labelled with %1 under guideline v%2: %3 failed; no layer written\n"_s.arg(
            annotator, QString::number(labelling.guidelineVersion()),
            failed.size() == 1 ? u"its one piece"_s : u"all %1 pieces"_s.arg(failed.size())));
    } else {
        if (outcome.cascade) {
            CliOutput::text(u"cascade: %1 of %2 escalated (%3%), %4 calls per document\n"_s.arg(
                CountedNoun::of(outcome.cascade->escalatedCount(), u"document"_s),
                QString::number(outcome.cascade->documentCount()),
                QString::number(100.0 * outcome.cascade->escalatedShare(), 'f', 1),
                QString::number(outcome.cascade->callsPerDocument(), 'f', 2)));
        }
        CliOutput::text(u"labelled with %1 under guideline v%2: %3 in layer %4; %5 failed\n"_s.arg(annotator,
            QString::number(labelling.guidelineVersion()), CountedNoun::of(spans, u"span"_s), layerName,
            CountedNoun::of(failed.size(), u"piece"_s)));
    }
    return failed.isEmpty() ? ExitSuccess : ExitFailure;
}

} // namespace Workbench::Cli
