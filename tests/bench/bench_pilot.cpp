// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
//
// bench_pilot [LATENCY_MS]: one pilot round at the paper's size, 8 annotators x 25 sentences and
// the supervisor's calls, against the local protocol server answering after LATENCY ms (default
// 1000). Prints calls, tokens, wall time and the workbench's CPU time per round (server
// included, same process).
// bench_pilot zoo: whole pilots against the model zoo (tests/support/modelzoo.h), every proposal
// accepted, once per supervisor family. Prints per round the pool agreement, the F1 against gold
// of the annotators whose errors the rules answer (qwen, phi), and the cost split between the
// annotators and the supervisor at the zoo's made-up prices.
#include "formats/conllreader.h"
#include "llm/responsecache.h"
#include "modelzoo.h"
#include "pilot/pilotrun.h"
#include "scriptedpilot.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <cstdio>
#include <ctime>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Core;
using Workbench::Test::ProtocolServer;
using Workbench::Test::ScriptedPilot;

namespace {

int zoo(QCoreApplication &app)
{
    using Workbench::Test::ModelZoo;
    const std::pair<ModelZoo::Supervisor, const char *> families[] = {
        {ModelZoo::Supervisor::OpenAiStrict, "OpenAI strict"}, {ModelZoo::Supervisor::Azure, "Azure"},
        {ModelZoo::Supervisor::Anthropic, "Anthropic tool use"}, {ModelZoo::Supervisor::Ollama, "Ollama"},
        {ModelZoo::Supervisor::Compatible, "compatible, fenced"},
        {ModelZoo::Supervisor::CutOff, "cut off first"}};
    for (const auto &[family, label] : families) {
        ProtocolServer server;
        ModelZoo::serve(server);
        const auto config = PilotConfig::fromJson(ModelZoo::config(server.url(), family, 5, 3));
        const auto corpus = ConllReader::read(ModelZoo::goldConll(16), u"corpus"_s, {});
        if (!config || !corpus) {
            std::fputs("setup failed\n", stderr);
            return 1;
        }
        QNetworkAccessManager manager;
        MemoryResponseCache cache;
        Scheduler scheduler(&manager);
        scheduler.setCache(&cache);
        scheduler.setPriceTable(&config->prices);
        PilotRun run(*config, corpus->documents, corpus->spans, &scheduler, {});
        std::printf("supervisor: %s\n", label);
        QObject::connect(&run, &PilotRun::proposalReady, &app, [&run](Proposal proposal) {
            for (ProposalChange &change : proposal.changes) {
                change.decision = ProposalChange::Decision::Accepted;
            }
            run.decide(proposal);
        });
        QObject::connect(&run, &PilotRun::finished, &app, [&run](const PilotRun::FinishReason reason) {
            for (const RoundSummary &round : run.history()) {
                double annotatorCost = 0.0;
                QString f1;
                for (const RoundSummary::Annotator &annotator : round.annotators) {
                    annotatorCost += annotator.cost.usd;
                    if (annotator.name == u"qwen" || annotator.name == u"phi") {
                        f1 += u" F1 %1 %2"_s.arg(annotator.name).arg(annotator.f1.value_or(0.0), 0, 'f', 3);
                    }
                }
                std::printf(
                    "  round %d: pool agreement %.3f,%s; cost annotators %.5f USD, supervisor %.5f USD "
                    "(%lld calls)\n",
                    round.round, round.poolAgreement, qPrintable(f1), annotatorCost,
                    round.supervisor.cost.usd, static_cast<long long>(round.supervisor.calls));
            }
            std::printf(
                "  finished (%s), spent %.5f USD\n", qPrintable(PilotRun::reasonName(reason)), run.spent());
            QCoreApplication::quit();
        });
        QObject::connect(&run, &PilotRun::failed, &app, [](const QString &message) {
            std::fprintf(stderr, "%s\n", qPrintable(message));
            QCoreApplication::exit(1);
        });
        run.start();
        if (QCoreApplication::exec() != 0) {
            return 1;
        }
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && QByteArray(argv[1]) == "zoo") {
        return zoo(app);
    }
    const int latency = argc > 1 ? QByteArray(argv[1]).toInt() : 1000;
    ProtocolServer server;
    server.setHandler([latency](const ProtocolServer::Request &request) {
        ProtocolServer::Script script = ScriptedPilot::answer(request);
        script.delayMs = latency;
        script.promptTokens = request.body.size() / 4;
        script.completionTokens = script.content.size() / 4 + 1;
        return script;
    });
    QJsonObject config = QJsonDocument::fromJson(ScriptedPilot::config(server.url(), 25, 2)).object();
    QJsonArray annotators;
    for (const char *model : {"alpha", "beta", "gamma", "alpha-2", "beta", "gamma", "alpha-3", "alpha-4"}) {
        annotators.append(
            QJsonObject{{u"name"_s, u"%1-%2"_s.arg(QLatin1String(model)).arg(annotators.size())},
                {u"endpoint"_s, u"local"_s}, {u"model"_s, QString::fromLatin1(model)}});
    }
    config.insert(u"annotators"_s, annotators);
    QJsonObject knobs = config.value(u"knobs"_s).toObject();
    knobs.insert(u"final_labelling"_s, false);
    config.insert(u"knobs"_s, knobs);
    const auto parsed = PilotConfig::fromJson(QJsonDocument(config).toJson());
    const auto corpus = ConllReader::read(ScriptedPilot::goldConll(100), u"corpus"_s, {});
    if (!parsed || !corpus) {
        std::fputs("setup failed\n", stderr);
        return 1;
    }
    QNetworkAccessManager manager;
    Scheduler scheduler(&manager);
    scheduler.setLimits({.globalConcurrency = 16, .endpointConcurrency = 16, .requestsPerMinute = 0});
    PilotRun run(*parsed, corpus->documents, corpus->spans, &scheduler, {});
    qint64 calls = 0;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    QObject::connect(&scheduler, &Scheduler::callRecorded, &app, [&](const LlmCallRecord &record) {
        ++calls;
        promptTokens += record.promptTokens;
        completionTokens += record.completionTokens;
    });
    double pool = 0.0;
    QObject::connect(&run, &PilotRun::roundAnalysed, &app,
        [&pool](const RoundSummary &summary) { pool = summary.poolAgreement; });
    QElapsedTimer wall;
    const std::clock_t cpu = std::clock();
    QObject::connect(&run, &PilotRun::proposalReady, &app, [&](const Proposal &proposal) {
        const double seconds = wall.elapsed() / 1000.0;
        const double cpuSeconds = double(std::clock() - cpu) / CLOCKS_PER_SEC;
        std::printf("round 0 (8 annotators x 25 sentences + supervisor), %d ms per call at concurrency 16:\n",
            latency);
        std::printf("  %lld calls, %lld prompt + %lld completion tokens, %.2f s wall, %.3f s CPU (%.2f ms "
                    "CPU per call)\n",
            static_cast<long long>(calls), static_cast<long long>(promptTokens),
            static_cast<long long>(completionTokens), seconds, cpuSeconds,
            cpuSeconds * 1000.0 / double(calls));
        std::printf("  ideal wall time: %.2f s (200 annotator calls / 16 at a time, then 4+ supervisor calls "
                    "in sequence)\n",
            (200.0 / 16.0) * latency / 1000.0 + 3 * latency / 1000.0 + latency / 1000.0);
        std::printf("  pool agreement %.4f; proposal: %lld changes\n", pool,
            static_cast<long long>(proposal.changes.size()));
        QCoreApplication::quit();
    });
    QObject::connect(&run, &PilotRun::failed, &app, [](const QString &message) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        QCoreApplication::exit(1);
    });
    wall.start();
    run.start();
    return QCoreApplication::exec();
}
