// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "labelcommand.h"

#include "clioutput.h"
#include "pilot/batchsession.h"
#include "pilot/pilotrun.h"
#include "pilot/pilotsession.h"
#include "pilotkeys.h"
#include "store/calllogrepository.h"
#include "store/pilotrepository.h"
#include "verbparser.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QNetworkAccessManager>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Core;

namespace Workbench::Cli {

namespace {

struct Estimate
{
    qint64 calls = 0;
    qint64 cached = 0;
    qint64 tokens = 0;
    double interactive = 0.0;
    double batch = 0.0;

    [[nodiscard]] QJsonObject toJson() const
    {
        return {{u"calls"_s, calls}, {u"cached"_s, cached}, {u"tokens"_s, tokens},
            {u"interactive_usd"_s, interactive}, {u"batch_usd"_s, batch}};
    }
};

// What labelling costs either way: prompts as sent, output as this pilot has seen it so far
// (else the allowance, an upper bound); requests answered before cost nothing.
Estimate estimate(
    const QList<ChatJob> &jobs, const PilotRun &pilot, const PilotConfig &config, ProjectStore &store)
{
    qint64 seenCalls = 0;
    qint64 seenOutput = 0;
    for (const RoundSummary &round : pilot.history()) {
        for (const RoundSummary::Annotator &annotator : round.annotators) {
            seenCalls += annotator.calls;
            seenOutput += annotator.completionTokens;
        }
    }
    const qint64 output = seenCalls > 0 ? seenOutput / seenCalls + 1 : config.knobs.maxOutputTokens;
    const CallLogRepository log(store);
    Estimate result;
    for (const ChatJob &job : jobs) {
        ++result.calls;
        if (log.cachedResponse(Scheduler::requestHash(job.endpoint, job.request))) {
            ++result.cached;
            continue;
        }
        const TokenUsage usage{job.request.estimatedPromptTokens(), output, 0};
        result.tokens += usage.promptTokens + usage.completionTokens;
        result.interactive += config.prices.cost(job.request.model, usage).value_or(0.0);
        result.batch += config.prices.batchCost(job.request.model, usage).value_or(0.0);
    }
    return result;
}

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

} // namespace

int runLabel(const QStringList &arguments)
{
    VerbParser verb(u"label"_s,
        u"Label the whole corpus with one annotator under the current guideline, interactively or "
        u"through the provider's batch engine (half the price, results within 24 hours). A batch "
        u"survives this process: run the verb again to go on polling and collect."_s);
    verb.addPositional(u"PROJECT"_s, u"The pilot's directory or its project file."_s);
    verb.parser().addOptions({
        {u"annotator"_s, u"The annotator to label with (default: the one that agreed most)."_s, u"NAME"_s},
        {u"batch"_s, u"openai, anthropic or off (default off: interactive calls)."_s, u"ENGINE"_s},
        {u"poll-seconds"_s, u"Seconds between status reads of pending batches (default 30)."_s, u"N"_s},
        {u"batch-size"_s, u"Requests per batch at most (default: the provider's limit)."_s, u"N"_s},
        {u"detach"_s, u"Submit and read the status once, then stop; the batches go on."_s},
        {u"estimate"_s, u"Print what labelling would cost either way and send nothing."_s},
    });
    if (auto exit = verb.parse(arguments, 1, 1)) {
        return *exit;
    }
    const QCommandLineParser &p = verb.parser();
    const QString engine = p.value(u"batch"_s).isEmpty() ? u"off"_s : p.value(u"batch"_s);
    if (engine != u"openai" && engine != u"anthropic" && engine != u"off") {
        return CliOutput::usageError(
            verb.verb(), u"--batch: expected openai, anthropic or off, found '%1'"_s.arg(engine));
    }
    const auto pollSeconds = verb.number(u"poll-seconds"_s, 30, 0);
    const auto batchSize = verb.number(u"batch-size"_s, 0, 1);
    if (!pollSeconds || !batchSize) {
        return ExitUsage;
    }
    const QString given = verb.positional().first();
    const bool isDirectory = QFileInfo(given).isDir();
    const QString projectPath = isDirectory ? QDir(given).filePath(u"project.dzn"_s) : given;
    auto store = ProjectStore::open(projectPath, ProjectStore::Access::ReadWrite);
    if (!store) {
        return CliOutput::storeFailure(store.error());
    }
    const auto run = PilotRepository(**store).run();
    if (!run) {
        CliOutput::diagnostic(u"%1:1: error: no pilot in this project"_s.arg(projectPath));
        return ExitFailure;
    }
    auto config = PilotConfig::fromJson(run->second);
    if (!config) {
        CliOutput::diagnostic(u"%1:1: error: %2"_s.arg(projectPath, config.error()));
        return ExitFailure;
    }
    const auto keys = pilotKeys(*config);
    if (!keys) {
        return ExitFailure;
    }
    PilotSession session(**store, isDirectory ? given : QString(), *config, run->first);
    auto created = session.createRun(*keys);
    if (!created) {
        CliOutput::diagnostic(u"%1:1: error: %2"_s.arg(projectPath, created.error()));
        return ExitFailure;
    }
    PilotRun &pilot = **created;
    // Every round analysed so far and the guideline now current: what the labelling prompt carries.
    PilotRepository repository(**store);
    pilot.resume(repository.latestGuideline().value_or(Guideline{}), repository.rounds(run->first));
    const QString annotator = p.isSet(u"annotator"_s) ? p.value(u"annotator"_s) : pilot.bestAnnotator();
    if (annotator.isEmpty()) {
        return CliOutput::usageError(verb.verb(),
            u"no round has been analysed to choose the annotator from; name one with --annotator"_s);
    }
    const auto chosen = std::ranges::find(config->annotators, annotator, &PilotConfig::Annotator::name);
    if (chosen == config->annotators.cend()) {
        return CliOutput::usageError(verb.verb(), u"no annotator '%1' in the configuration"_s.arg(annotator));
    }
    const PilotConfig::EndpointEntry *endpoint = config->endpoint(chosen->endpoint);
    if (engine != u"off") {
        const ApiStyle wanted = engine == u"anthropic" ? ApiStyle::Anthropic : ApiStyle::OpenAi;
        if (endpoint->endpoint.style != wanted) {
            return CliOutput::usageError(verb.verb(),
                u"annotator %1 is served by endpoint %2, which does not speak the %3 API"_s.arg(
                    annotator, endpoint->endpoint.id, engine));
        }
    }

    const QList<ChatJob> jobs = pilot.labellingJobs(annotator);
    const Estimate cost = estimate(jobs, pilot, *config, **store);
    CliOutput::diagnostic(
        u"diziner-cli: label with %1: %2 calls (%3 answered before), about %4 tokens; about %5 USD "
        u"interactive, %6 USD by batch"_s.arg(annotator)
            .arg(cost.calls)
            .arg(cost.cached)
            .arg(cost.tokens)
            .arg(cost.interactive, 0, 'f', 4)
            .arg(cost.batch, 0, 'f', 4));
    if (p.isSet(u"estimate"_s)) {
        if (verb.format() == OutputFormat::Json) {
            CliOutput::json({{u"annotator"_s, annotator}, {u"estimate"_s, cost.toJson()}});
        }
        return ExitSuccess;
    }

    QEventLoop loop;
    int exitCode = ExitSuccess;
    QNetworkAccessManager network;
    BatchSession::Endpoints endpoints;
    for (const PilotConfig::EndpointEntry &entry : config->endpoints) {
        endpoints.insert(entry.endpoint.id, {entry.endpoint, keys->value(entry.endpoint.id)});
    }
    BatchSession batches(**store, &network, &config->prices, endpoints);
    if (engine != u"off") {
        batches.setPollInterval(int(*pollSeconds) * 1000);
        batches.setLocalOnly(config->network.localOnly);
        batches.setDetach(p.isSet(u"detach"_s));
        if (*batchSize > 0) {
            const BatchCodec::Limits provider = BatchCodec::limits(endpoint->endpoint.style);
            batches.setLimits({int(std::min<qint64>(*batchSize, provider.maxRequests)), provider.maxBytes});
        }
        bool collected = false;
        QObject::connect(&batches, &BatchSession::progress, &loop,
            [](qint64 requests, qint64 succeeded, qint64 failed, int pending) {
                CliOutput::diagnostic(
                    u"diziner-cli: batch: %1 requests, %2 answered, %3 failed, %4 batches pending"_s
                        .arg(requests)
                        .arg(succeeded)
                        .arg(failed)
                        .arg(pending));
            });
        QObject::connect(&batches, &BatchSession::finished, &loop, [&](qint64, qint64) {
            collected = true;
            loop.quit();
        });
        QObject::connect(&batches, &BatchSession::detached, &loop, [&](int pending) {
            CliOutput::diagnostic(
                u"diziner-cli: %1 batches pending at the provider; run 'diziner-cli label %2 "
                u"--batch %3' again to collect them"_s.arg(pending)
                    .arg(given, engine));
            loop.quit();
        });
        QObject::connect(&batches, &BatchSession::failed, &loop, [&](const QString &message) {
            CliOutput::diagnostic(u"%1:1: error: %2"_s.arg(projectPath, message));
            exitCode = ExitFailure;
            loop.quit();
        });
        QMetaObject::invokeMethod(
            &loop,
            [&] {
                batches.start(
                    jobs, u"label %1, guideline v%2"_s.arg(annotator).arg(pilot.guideline().version));
            },
            Qt::QueuedConnection);
        loop.exec();
        if (exitCode != ExitSuccess || !collected) {
            if (verb.format() == OutputFormat::Json && exitCode == ExitSuccess) {
                CliOutput::json(
                    {{u"annotator"_s, annotator}, {u"mode"_s, u"batch"_s}, {u"collected"_s, false},
                        {u"estimate"_s, cost.toJson()}, {u"batches"_s, batchesJson(batches.batches())}});
            }
            return exitCode;
        }
        // Every result is in the cache now: labelling reads them, and sends nothing at full price.
        session.scheduler().setCacheOnly(true);
    }

    DocumentSpans labelled;
    QObject::connect(&pilot, &PilotRun::finalLabelled, &loop,
        [&labelled](
            const QString &, const DocumentSpans &spans, std::optional<double>) { labelled = spans; });
    QObject::connect(&pilot, &PilotRun::labellingFinished, &loop, [&] { loop.quit(); });
    QObject::connect(&session, &PilotSession::stopped, &loop,
        [&](const PilotSession::Outcome outcome, const QString &detail) {
            if (outcome == PilotSession::Outcome::Failed) {
                CliOutput::diagnostic(
                    detail.contains(u": error: "_s) ? detail : u"diziner-cli: error: "_s + detail);
                exitCode = ExitFailure;
            }
            loop.quit();
        });
    QMetaObject::invokeMethod(
        &loop, [&] { pilot.startLabelling(annotator); }, Qt::QueuedConnection);
    loop.exec();
    if (exitCode != ExitSuccess) {
        return exitCode;
    }

    const QString layerName = u"final-%1"_s.arg(annotator);
    qsizetype spans = 0;
    for (const QList<Span> &list : std::as_const(labelled)) {
        spans += list.size();
    }
    const qsizetype documents = labelled.size();
    QJsonArray failed;
    for (const PilotRun::FailedItem &item : pilot.failedItems()) {
        failed.append(QJsonObject{{u"document"_s, item.document}, {u"error"_s, item.error}});
        CliOutput::diagnostic(
            u"%1:1: warning: document %2 not labelled: %3"_s.arg(projectPath, item.document, item.error));
    }
    if (verb.format() == OutputFormat::Json) {
        CliOutput::json({{u"annotator"_s, annotator},
            {u"mode"_s, engine == u"off" ? u"interactive"_s : u"batch"_s}, {u"collected"_s, true},
            {u"guideline_version"_s, pilot.guideline().version}, {u"layer"_s, layerName},
            {u"documents"_s, documents}, {u"spans"_s, spans}, {u"failed"_s, failed},
            {u"estimate"_s, cost.toJson()}, {u"batches"_s, batchesJson(batches.batches())}});
    } else {
        CliOutput::text(
            u"labelled with %1 under guideline v%2: %3 spans in layer %4; %5 pieces failed\n"_s.arg(annotator)
                .arg(pilot.guideline().version)
                .arg(spans)
                .arg(layerName)
                .arg(failed.size()));
    }
    return failed.isEmpty() ? ExitSuccess : ExitFailure;
}

} // namespace Workbench::Cli
