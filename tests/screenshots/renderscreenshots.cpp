// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
//
// Renders the main views to PNG files for the README: render-screenshots OUTDIR.
// Run with QT_QPA_PLATFORM=offscreen; it exits when the pictures are written.
#include "dialogs/layerfilelist.h"
#include "dialogs/newprojectfromfilesdialog.h"
#include "labelfit.h"
#include "languagesettings.h"
#include "mainwindow.h"
#include "models/proposalmodel.h"
#include "projectaccess.h"
#include "projectopener.h"
#include "scriptedpilot.h"
#include "secrets/secretstore.h"
#include "store/projectloader.h"
#include "views/proposalreviewpane.h"
#include "views/runspane.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

// The review pane with an example proposal of the kind a WNUT-17 pilot produces.
bool renderReview(const QString &path)
{
    using Workbench::Core::ProposalChange;
    Workbench::Core::Guideline current;
    current.version = 2;
    current.goal = u"Label emerging and rare entities in social media posts for a trend-tracking index."_s;
    current.common = {
        {u"Boundaries"_s, u"Include a person's full name, but never a leading @ or #."_s, {}, {}, {}},
        {u"Types"_s, u"Sports teams are groups, their home cities are locations."_s, {}, {}, {}}};
    Workbench::Core::Proposal proposal;
    proposal.round = 2;
    const auto change = [&proposal](ProposalChange::Kind kind, int index, const QString &text,
                            const QString &why, const QStringList &patterns, double fraction) {
        ProposalChange c;
        c.id = int(proposal.changes.size()) + 1;
        c.kind = kind;
        c.target = u"common"_s;
        c.index = index;
        c.instruction = {u"Types"_s, text, {}, {}, {}};
        c.text = text;
        c.rationale = why;
        c.patterns = patterns;
        c.changeFraction = fraction;
        proposal.changes.append(c);
    };
    change(ProposalChange::Kind::Change, 1,
        u"Sports teams and bands are groups, even when named after a city; the city alone is a location."_s,
        u"Three annotators tagged 'Chicago' in 'Chicago won again' as location, two as group."_s,
        {u"team named after its city"_s}, 0.21);
    change(ProposalChange::Kind::Add, -1,
        u"Titles of songs, films and games are creative works, also inside hashtags."_s,
        u"Hashtags holding a title split the annotators between creative-work and nothing."_s,
        {u"titles in hashtags"_s, u"missed creative works"_s}, 0.12);
    change(ProposalChange::Kind::Add, -1, u"Product names include the version: 'iPhone 7 Plus'."_s,
        u"Boundaries of product names disagree at version numbers."_s, {u"product boundaries"_s}, 0.08);
    proposal.changes[0].instruction.examples = {{u"Chicago won again tonight"_s, u"Chicago: group"_s,
        u"Chicago: location"_s, u"a team that wins is named after its city, not the city"_s}};
    proposal.patterns = QJsonArray{QJsonObject{{u"name"_s, u"team named after its city"_s},
        {u"frequency"_s, u"14 spans in 9 of 50 posts"_s},
        {u"root_cause"_s, u"the guideline defines locations but not teams that carry a city's name"_s},
        {u"affected_types"_s, QJsonArray{u"location"_s, u"group"_s}},
        {u"approaches"_s,
            QJsonArray{
                QJsonObject{{u"description"_s, u"the city's name as location"_s},
                    {u"annotators"_s, QJsonArray{u"gpt-4.1-mini"_s, u"qwen3-32b"_s, u"llama-3.3-70b"_s}}},
                QJsonObject{{u"description"_s, u"the team as group"_s},
                    {u"annotators"_s, QJsonArray{u"claude-haiku"_s, u"gemma-3-27b"_s}}}}},
        {u"covered_by_existing"_s, false}}};
    proposal.changes[0].decision = ProposalChange::Decision::Accepted;
    Workbench::Ui::ProposalReviewPane pane;
    pane.resize(760, 720);
    pane.setProposal(proposal, current);
    pane.findChild<QListView *>(u"proposalChanges"_s)->setCurrentIndex(pane.model()->index(0));
    pane.show();
    return pane.grab().save(path);
}

// The runs pane after a round of the scripted pilot on 127.0.0.1, where one annotator's reply
// to one sentence could not be read: per-annotator progress, the calls, the failed piece.
bool renderRuns(const QString &path)
{
    using Workbench::Test::ScriptedPilot;
    Workbench::Test::ProtocolServer server;
    server.setHandler([](const Workbench::Test::ProtocolServer::Request &request) {
        const QString prompt = request.json().value(u"messages"_s).toArray().first()[u"content"_s].toString();
        if (request.json().value(u"model"_s).toString() == u"gamma" && prompt.contains(u"Knuth"_s)) {
            Workbench::Test::ProtocolServer::Script chatty;
            chatty.content = u"Sure! Donald Knuth is a person and Rome is a city."_s;
            return chatty;
        }
        return ScriptedPilot::answer(request);
    });
    QTemporaryDir dir;
    const QString project = ScriptedPilot::createProject(dir.path(), server.url(), 24, 8, 2);
    auto pilot = Workbench::Core::ProjectLoader::loadPilot(project);
    if (project.isEmpty() || !pilot) {
        return false;
    }
    Workbench::Core::SecretStore secrets(u"org.diziner.Workbench.screenshots"_s);
    Workbench::Ui::ProjectAccess access; // outlives the pane, whose rounds it reads
    Workbench::Ui::RunsPane pane(&secrets, &access);
    Workbench::Ui::LabelFit::keepWhole(pane); // as in the window
    pane.resize(1000, 760);
    pane.show();
    pane.setPilot(project, *pilot);
    QEventLoop loop;
    QObject::connect(&pane, &Workbench::Ui::RunsPane::runStopped, &loop, &QEventLoop::quit);
    pane.continuePilot();
    loop.exec();
    pilot = Workbench::Core::ProjectLoader::loadPilot(project);
    if (!pilot) {
        return false;
    }
    pane.setPilot(project, *pilot);
    pane.findChild<QTableWidget *>(u"failedPieces"_s)->setCurrentCell(0, 0);
    for (int turn = 0; turn < 5; ++turn) {
        QCoreApplication::processEvents(); // the layout takes in the combo boxes' new items
    }
    return pane.grab().save(path);
}

// Waits for \a signal of \a sender, at most a minute; false when it did not come.
template<typename Sender, typename Signal>
bool waitFor(Sender *sender, Signal signal)
{
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, [&loop] { loop.exit(0); });
    QTimer::singleShot(60000, &loop, [&loop] { loop.exit(1); });
    return loop.exec() == 0;
}

// A round of the scripted pilot run in the window, its proposal under review beside the round's
// matrix, and the document an example of it quotes opened from the evidence list.
bool renderRoundReview(const QString &path)
{
    using Workbench::Test::ScriptedPilot;
    Workbench::Test::ProtocolServer server;
    server.setHandler(ScriptedPilot::citingTheBatch());
    QTemporaryDir dir;
    const QString project = ScriptedPilot::createProject(dir.path(), server.url(), 24, 6, 2);
    Workbench::Ui::MainWindow window;
    window.resize(1500, 1000);
    window.show();
    window.openProject(project);
    if (project.isEmpty() || !waitFor(&window, &Workbench::Ui::MainWindow::agreementReady)) {
        return false;
    }
    auto *runs = window.findChild<Workbench::Ui::RunsPane *>(u"runsPane"_s);
    runs->continuePilot();
    if (!waitFor(&window, &Workbench::Ui::MainWindow::pilotStopped)
        || !waitFor(&window, &Workbench::Ui::MainWindow::agreementReady)) {
        return false;
    }
    auto *matrixDock = window.findChild<QDockWidget *>(u"matrixDock"_s);
    auto *reviewDock = window.findChild<QDockWidget *>(u"reviewDock"_s);
    // Out of the tabs, on the right: the review beside the matrix and the document.
    window.addDockWidget(Qt::RightDockWidgetArea, reviewDock);
    reviewDock->show();
    matrixDock->raise();
    window.resizeDocks({reviewDock}, {640}, Qt::Horizontal);
    window.resizeDocks({matrixDock}, {430}, Qt::Vertical);
    auto *changes = window.findChild<QListView *>(u"proposalChanges"_s);
    QElapsedTimer proposal; // the pilot's state is read again after the run, off the UI thread
    proposal.start();
    while (changes->model()->rowCount() == 0 && proposal.elapsed() < 30000) {
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    changes->setCurrentIndex(changes->model()->index(0, 0));
    auto *evidence = window.findChild<QListView *>(u"evidenceList"_s);
    for (int row = 0; row < evidence->model()->rowCount(); ++row) {
        const QModelIndex index = evidence->model()->index(row, 0);
        if (index.data().toString().startsWith(u"Example"_s)) {
            evidence->setCurrentIndex(index);
            Q_EMIT evidence->activated(index);
        }
    }
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 500) {
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return window.grab().save(path);
}

// New Project from Files with the gold as the corpus and two systems' outputs, one of them
// (arcada, a line cut out of a three-token group) losing a span: its loss report shown.
bool renderNewProjectFromFiles(const QString &path)
{
    const QString wnut = QStringLiteral(WORKBENCH_SHARED_DATA) + u"/wnut17/"_s;
    QTemporaryDir dir;
    const QDir files(dir.filePath(u"wnut17"_s));
    if (!files.mkpath(u"."_s)
        || !QFile::copy(wnut + u"emerging.test.annotated"_s, files.filePath(u"emerging.test.annotated"_s))
        || !QFile::copy(wnut + u"submissions/uh_ritual"_s, files.filePath(u"uh_ritual"_s))) {
        return false;
    }
    QFile in(wnut + u"submissions/arcada"_s);
    QFile out(files.filePath(u"arcada"_s));
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly)) {
        return false;
    }
    QList<QByteArray> lines = in.readAll().split('\n');
    lines.removeAt(137); // "Rescue I-group" of "Avalanche Rescue Teams"
    out.write(lines.join('\n'));
    out.close();
    Workbench::Ui::ProjectAccess access;
    Workbench::Ui::NewProjectFromFilesDialog dialog(&access);
    dialog.resize(980, 640);
    dialog.show();
    auto *list = dialog.files();
    for (const QString &file : {u"emerging.test.annotated"_s, u"uh_ritual"_s, u"arcada"_s}) {
        list->addFile(files.filePath(file));
        if (!waitFor(list, &Workbench::Ui::LayerFileList::fileRead)) {
            return false;
        }
    }
    auto *table = dialog.findChild<QTableWidget *>(u"layerFiles"_s);
    table->item(0, 0)->setText(u"gold"_s);
    qobject_cast<QComboBox *>(table->cellWidget(0, 1))->setCurrentIndex(2);
    table->resizeColumnsToContents();
    table->selectRow(2);
    dialog.findChild<QLineEdit *>(u"newProjectPath"_s)->setText(files.filePath(u"wnut17-test.dzn"_s));
    QApplication::processEvents();
    return dialog.grab().save(path);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"diziner-screenshots"_s);
    // The README's English, as the workbench shows it: "3 layers", not "3 layer(s)".
    Workbench::Ui::LanguageSettings::choose(u"en"_s);
    Workbench::Ui::LanguageSettings::install(app);
    // The sample's project made afresh (in the renderer's own data directory, by its name).
    QFile::remove(Workbench::Ui::ProjectOpener::samplePath());
    const QStringList arguments = QApplication::arguments();
    if (arguments.size() != 2) {
        std::fputs("usage: render-screenshots OUTDIR\n", stderr);
        return 2;
    }
    const QDir out(arguments.at(1));
    if (!out.mkpath(u"."_s)) {
        std::fputs("cannot create OUTDIR\n", stderr);
        return 1;
    }
    Workbench::Ui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    int exitCode = 1;
    QObject::connect(&window, &Workbench::Ui::MainWindow::loadFinished, &window, [&](const QString &error) {
        if (!error.isEmpty()) {
            QApplication::exit(1);
        }
    });
    QObject::connect(&window, &Workbench::Ui::MainWindow::agreementReady, &window, [&] {
        // The matrix and the scatter whole, as the picture is about them.
        window.resizeDocks({window.findChild<QDockWidget *>(u"matrixDock"_s)}, {470}, Qt::Vertical);
        // The charts lay out their scenes on the next turns of the event loop: let them.
        QElapsedTimer settle;
        settle.start();
        while (settle.elapsed() < 300) {
            QApplication::processEvents(QEventLoop::AllEvents, 50);
        }
        {
            auto *list = window.findChild<QTableView *>(u"documentList"_s);
            list->selectRow(0);
            const QString path = out.filePath(u"main-window.png"_s);
            exitCode = window.grab().save(path) ? 0 : 1;
            std::fprintf(stdout, "%s\n", qPrintable(path));
            const QString review = out.filePath(u"instruction-review.png"_s);
            exitCode = exitCode == 0 && renderReview(review) ? 0 : 1;
            std::fprintf(stdout, "%s\n", qPrintable(review));
            const QString runs = out.filePath(u"runs.png"_s);
            exitCode = exitCode == 0 && renderRuns(runs) ? 0 : 1;
            std::fprintf(stdout, "%s\n", qPrintable(runs));
            const QString round = out.filePath(u"round-review.png"_s);
            exitCode = exitCode == 0 && renderRoundReview(round) ? 0 : 1;
            std::fprintf(stdout, "%s\n", qPrintable(round));
            const QString fromFiles = out.filePath(u"new-project-from-files.png"_s);
            exitCode = exitCode == 0 && renderNewProjectFromFiles(fromFiles) ? 0 : 1;
            std::fprintf(stdout, "%s\n", qPrintable(fromFiles));
        }
        QApplication::exit(exitCode);
    });
    window.openSample();
    QApplication::exec();
    return exitCode;
}
