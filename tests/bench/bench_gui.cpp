// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
//
// The workbench's own budgets, offscreen: the sample project open (budget 1 s), a one-million-
// token project open (1 s), and the longest stall of the UI thread while each loads and while a
// whole pilot runs from the runs pane against the scripted local server (50 ms). A 2 ms timer
// on the UI thread measures the stalls: the longest gap between its ticks, minus the interval.
// Prints figures; asserts nothing. Usage: QT_QPA_PLATFORM=offscreen bench_gui
#include "benchsupport.h"
#include "mainwindow.h"
#include "pilot/pilotconfig.h"
#include "scriptedpilot.h"
#include "store/pilotrepository.h"
#include "store/projectimporter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QListView>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench;

namespace {

// Ticks every 2 ms on the UI thread and keeps the longest gap between two ticks.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(interval);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longest = std::max(m_longest, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_longest = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    //! The longest stall in milliseconds (gap beyond the timer's interval).
    double stop()
    {
        m_timer.stop();
        return std::max(0.0, double(m_longest) / 1e6 - interval);
    }

private:
    static constexpr int interval = 2;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

// Waits for \a signal of \a sender; returns the milliseconds waited.
template<typename Signal>
double waitFor(const typename QtPrivate::FunctionPointer<Signal>::Object *sender, Signal signal)
{
    QEventLoop loop;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(sender, signal, &loop, [&loop] { loop.quit(); });
    loop.exec();
    return double(clock.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"diziner-bench"_s);
    StallMeter meter;
    QTemporaryDir dir;

    {
        Ui::MainWindow window;
        window.show();
        meter.start();
        QTimer::singleShot(0, &window, &Ui::MainWindow::openSample);
        const double loaded = waitFor(&window, &Ui::MainWindow::loadFinished);
        const double agreement = loaded + waitFor(&window, &Ui::MainWindow::agreementReady);
        std::printf(
            "sample project (23,394 tokens, 8 layers): shown in %.0f ms (budget 1000), agreement matrix at "
            "%.0f ms; longest UI stall %.1f ms\n",
            loaded, agreement, meter.stop());
    }
    {
        const QString big = dir.filePath(u"million.dzn"_s);
        const qsizetype tokens = Bench::writeMillionTokenProject(big);
        Ui::MainWindow window;
        window.show();
        meter.start();
        QTimer::singleShot(0, &window, [&window, big] { window.openProject(big); });
        const double loaded = waitFor(&window, &Ui::MainWindow::loadFinished);
        const double agreement = loaded + waitFor(&window, &Ui::MainWindow::agreementReady);
        std::printf(
            "project of %lld tokens, 8 layers: shown in %.0f ms (budget 1000), agreement matrix at %.0f ms; "
            "longest UI stall %.1f ms\n",
            static_cast<long long>(tokens), loaded, agreement, meter.stop());
    }
    {
        // A pilot of 3 rounds of 40 documents and the final labelling of 200, from the runs pane.
        Test::ProtocolServer server;
        server.setHandler(&Test::ScriptedPilot::answer);
        const QString corpus = dir.filePath(u"pool.conll"_s);
        Bench::writeFile(corpus, Test::ScriptedPilot::goldConll(200));
        const QString path = dir.filePath(u"pilot.dzn"_s);
        {
            auto store = Core::ProjectStore::create(path, true);
            (void)Core::ProjectImporter::import(
                **store, {corpus, Core::LayerKind::System, std::nullopt, u"pool"_s}, {});
            const auto config = Core::PilotConfig::fromJson(Test::ScriptedPilot::config(server.url(), 40, 3));
            Core::PilotRepository pilot(**store);
            (void)pilot.saveRun(config->toJson());
            Core::Guideline initial;
            initial.goal = config->goal;
            (void)pilot.saveGuideline(initial, {});
        }
        Ui::MainWindow window;
        window.show();
        window.openProject(path);
        waitFor(&window, &Ui::MainWindow::loadFinished);
        auto *continueButton = window.findChild<QPushButton *>(u"continuePilot"_s);
        double longest = 0;
        QElapsedTimer clock;
        clock.start();
        int stops = 0;
        for (;;) {
            while (!continueButton->isEnabled()) {
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
            }
            meter.start();
            continueButton->click();
            const double ran = waitFor(&window, &Ui::MainWindow::pilotStopped);
            longest = std::max(longest, meter.stop());
            ++stops;
            (void)ran;
            auto *changes = window.findChild<QListView *>(u"proposalChanges"_s);
            QCoreApplication::processEvents();
            auto *save = window.findChild<QPushButton *>(u"saveDecisions"_s);
            // Wait for the review to show the proposal, or for the end.
            QElapsedTimer settle;
            settle.start();
            while (changes->model()->rowCount() == 0 && settle.elapsed() < 3000) {
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
            }
            if (changes->model()->rowCount() == 0) {
                break; // finished
            }
            window.findChild<QPushButton *>(u"acceptAll"_s)->click();
            save->click();
            waitFor(&window, &Ui::MainWindow::decisionsSaved);
        }
        std::printf("pilot from the runs pane: %d runs to a stop, %lld requests in %.0f ms; longest UI stall "
                    "while running %.1f ms (budget 50)\n",
            stops, static_cast<long long>(server.requests().size()), double(clock.elapsed()), longest);
    }
    return 0;
}
