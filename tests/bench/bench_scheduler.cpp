// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
//
// The scheduler against the local protocol server (same process) adding 200 ms per call:
// 400 calls at concurrency 16 against the ideal 5 s; a requests-per-minute limit over a short
// window; CPU per call; memory for 10,000 queued requests. Prints figures; asserts nothing.
#include "benchsupport.h"
#include "llm/scheduler.h"
#include "protocolserver.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>

#include <cstdio>
#include <ctime>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Core;
using Workbench::Test::ProtocolServer;

namespace {

double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

long residentKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').first().toLong();
        }
    }
    return -1;
}

ChatJob job(const ProtocolServer &server, int i)
{
    ChatJob j;
    j.endpoint.id = u"bench"_s;
    j.endpoint.baseUrl = QUrl(server.url() + u"/v1"_s);
    j.request.model = u"gpt-4o-mini"_s;
    j.request.messages = {{u"user"_s, u"sentence %1"_s.arg(i)}};
    return j;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    ProtocolServer server;
    server.setHandler([](const ProtocolServer::Request &) { return ProtocolServer::Script{.delayMs = 200}; });
    QNetworkAccessManager manager;

    // 1. Throughput: 400 calls, 16 at a time, 200 ms each: ideally 400 / 16 * 0.2 s = 5 s.
    {
        Scheduler scheduler(&manager);
        scheduler.setLimits({.globalConcurrency = 16, .endpointConcurrency = 16, .requestsPerMinute = 0});
        int done = 0;
        QObject::connect(
            &scheduler, &Scheduler::jobFinished, &app, [&](quint64, const Scheduler::JobResult &r) {
                if (!r.call.isOk()) {
                    std::fprintf(stderr, "call failed: %s\n", qPrintable(r.call.errorString));
                }
                if (++done == 400) {
                    QCoreApplication::quit();
                }
            });
        const double cpu = cpuSeconds();
        const double ms = Bench::millis([&] {
            for (int i = 0; i < 400; ++i) {
                scheduler.submit(job(server, i));
            }
            QCoreApplication::exec();
        });
        std::printf(
            "400 calls at concurrency 16, 200 ms each: %.2f s (ideal 5.00 s, %+.1f%%); server saw at most %d "
            "at once\n",
            ms / 1000.0, (ms / 5000.0 - 1.0) * 100.0, server.maxConcurrent());
        std::printf("CPU (client and in-process server together): %.3f ms per call\n",
            (cpuSeconds() - cpu) * 1000.0 / 400.0);
    }

    // 2. Requests per minute: 30/min on 40 calls; the first 30 go at once, the rest a minute later.
    if (argc > 1 && QByteArray(argv[1]) == "--rpm") {
        Scheduler scheduler(&manager);
        scheduler.setLimits({.globalConcurrency = 16, .endpointConcurrency = 16, .requestsPerMinute = 30});
        QList<double> starts;
        QElapsedTimer clock;
        clock.start();
        QObject::connect(&server, &ProtocolServer::requestReceived, &app,
            [&](const ProtocolServer::Request &) { starts.append(clock.elapsed() / 1000.0); });
        int done = 0;
        QObject::connect(
            &scheduler, &Scheduler::jobFinished, &app, [&](quint64, const Scheduler::JobResult &) {
                if (++done == 40) {
                    QCoreApplication::quit();
                }
            });
        for (int i = 0; i < 40; ++i) {
            scheduler.submit(job(server, 1000 + i));
        }
        QCoreApplication::exec();
        int worst = 0;
        for (const double start : std::as_const(starts)) {
            worst = std::max<int>(worst, int(std::ranges::count_if(starts, [start](double s) {
                return s >= start && s < start + 60.0;
            })));
        }
        std::printf("30 requests/minute, 40 calls: most calls in any 60 s window %d; last call at %.1f s\n",
            worst, starts.isEmpty() ? 0.0 : starts.last());
    }

    // 3. Memory: 10,000 queued requests behind a paused endpoint.
    {
        Scheduler scheduler(&manager);
        scheduler.setLimits({.globalConcurrency = 0, .endpointConcurrency = 0, .requestsPerMinute = 0});
        const long before = residentKb();
        for (int i = 0; i < 10'000; ++i) {
            scheduler.submit(job(server, 100'000 + i));
        }
        const long after = residentKb();
        std::printf("10,000 queued requests: %ld KiB resident more (%.2f KiB each)\n", after - before,
            double(after - before) / 10'000.0);
        scheduler.cancelAll();
    }
    return 0;
}
