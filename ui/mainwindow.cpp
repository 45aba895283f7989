// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "mainwindow.h"

#include "aggregatecontroller.h"
#include "analysiscontroller.h"
#include "corpusview.h"
#include "dialogs/importlayerdialog.h"
#include "editmenu.h"
#include "filemenu.h"
#include "helpmenu.h"
#include "highlighting/markdownhighlighting.h"
#include "languagemenu.h"
#include "model/corpus.h"
#include "model/layerset.h"
#include "model/workspace.h"
#include "pilotcontroller.h"
#include "projectaccess.h"
#include "recentprojects.h"
#include "roundlayernotes.h"
#include "roundlayerrefresh.h"
#include "roundlayerrepair.h"
#include "roundscope.h"
#include "secrets/secretstore.h"
#include "settingsmenu.h"
#include "viewmenu.h"
#include "views/agreementpane.h"
#include "views/calllogpane.h"
#include "views/concordancepane.h"
#include "views/documentspane.h"
#include "views/documentview.h"
#include "views/guidelinehistorypane.h"
#include "views/proposalreviewpane.h"
#include "views/roundschart.h"
#include "views/roundselector.h"
#include "views/runspane.h"
#include "windowlayout.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLocale>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(new Core::Workspace(this))
    , m_secrets(new Core::SecretStore(QStringLiteral("org.diziner.Workbench"), this))
    , m_network(new QNetworkAccessManager(this))
    , m_access(new ProjectAccess(this))
    , m_opener(new ProjectOpener(m_access, this))
    , m_aggregates(new AggregateController(m_workspace, m_access, this))
    , m_analysis(new AnalysisController(m_workspace, this))
    , m_roundLayers(new RoundLayerRefresh(m_workspace, m_access, this))
    , m_repair(new RoundLayerRepair(m_access, this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("DiZiNER Workbench"));
    createPanes();
    createDocks();
    connectPanes();
    connectRounds();
    createFileMenu();
    menuBar()->addMenu(new EditMenu(m_corpus, m_workspace, this));
    menuBar()->addMenu(new ViewMenu(*this, *m_corpus, *m_corpus->documents()->header(), m_matrixDock));
    createGoMenu();
    createLayersMenu();
    createSettingsMenu();
    menuBar()->addMenu(new HelpMenu(this));
    WindowLayout::restore(*this, *m_corpus, *m_corpus->documents()->header());
    updateStatus();
}

MainWindow::~MainWindow()
{
    // Before any pane goes: no piece of project work may outlive the window with a connection open.
    m_access->waitForDone();
}

void MainWindow::createPanes()
{
    m_corpus = new CorpusView(m_workspace, m_access, this);
    setCentralWidget(m_corpus);
    m_roundSelector = new RoundSelector(this);
    addToolBar(Qt::TopToolBarArea, m_roundSelector);
    m_notice = new QPlainTextEdit(this);
    m_notice->setObjectName(u"noticeView"_s);
    m_notice->setReadOnly(true);
    MarkdownHighlighting::attach(m_notice);
    m_agreement = new AgreementPane(m_workspace, this);
    m_agreement->setObjectName(u"agreementPane"_s);
    m_review = new ProposalReviewPane(m_workspace, this);
    m_review->setObjectName(u"proposalReview"_s);
    m_history = new GuidelineHistoryPane(this);
    m_history->setObjectName(u"guidelineHistory"_s);
    m_runs = new RunsPane(m_secrets, m_access, this);
    m_runs->setObjectName(u"runsPane"_s);
    m_rounds = new RoundsChart(this);
    m_rounds->setObjectName(u"roundsChart"_s);
    m_concordance = new ConcordancePane(this);
    m_concordance->setObjectName(u"concordance"_s);
    m_callLog = new CallLogPane(m_access, this);
    m_callLog->setObjectName(u"callLogPane"_s);
    m_pilot = new PilotController({m_review, m_history, m_runs, m_rounds}, m_access, this);
}

void MainWindow::createDocks()
{
    // The panes below the document, tabbed, in this order.
    QList<QDockWidget *> docks;
    for (const auto &[title, name, pane] :
        {std::tuple{tr("About this data"), u"noticeDock"_s, static_cast<QWidget *>(m_notice)},
            std::tuple{tr("Agreement between layers"), u"matrixDock"_s, static_cast<QWidget *>(m_agreement)},
            std::tuple{tr("Instruction review"), u"reviewDock"_s, static_cast<QWidget *>(m_review)},
            std::tuple{tr("Guideline versions"), u"historyDock"_s, static_cast<QWidget *>(m_history)},
            std::tuple{tr("Pilot run"), u"runsDock"_s, static_cast<QWidget *>(m_runs)},
            std::tuple{tr("Rounds"), u"roundsDock"_s, static_cast<QWidget *>(m_rounds)},
            std::tuple{tr("Call log"), u"callLogDock"_s, static_cast<QWidget *>(m_callLog)},
            std::tuple{tr("Concordance"), u"concordanceDock"_s, static_cast<QWidget *>(m_concordance)}}) {
        auto *dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setWidget(WindowLayout::scrolling(pane));
        docks.append(dock);
        m_matrixDock = pane == m_agreement ? dock : m_matrixDock;
        m_reviewDock = pane == m_review ? dock : m_reviewDock;
    }
    // The matrix in front; the review comes forward when a proposal awaits a decision.
    WindowLayout::arrangeDocks(*this, docks, m_matrixDock);
}

void MainWindow::connectPanes()
{
    connect(m_opener, &ProjectOpener::started, this, &MainWindow::showMessage);
    connect(m_opener, &ProjectOpener::opened, this, &MainWindow::adopt);
    connect(m_opener, &ProjectOpener::failed, this, [this](const QString &error) {
        showMessage(tr("Could not open: %1").arg(error));
        Q_EMIT loadFinished(error);
    });
    connect(m_corpus, &CorpusView::message, this, &MainWindow::showMessage);
    connect(m_corpus, &CorpusView::curationSaved, this, &MainWindow::curationSaved);
    connect(m_corpus, &CorpusView::documentShown, this, [this](const qsizetype document) {
        m_callLog->setDocument(document >= 0 ? m_workspace->corpus().document(document).id() : QString());
    });
    connect(m_agreement, &AgreementPane::layersCompared, m_corpus, &CorpusView::showDocuments);
    connect(m_concordance, &ConcordancePane::hitActivated, m_corpus, &CorpusView::showHit);
    connect(&m_workspace->corpus(), &Core::Corpus::reset, this, [this] {
        m_concordance->setDocuments(m_workspace->corpus().documents());
        updateStatus();
    });
    connect(m_pilot, &PilotController::message, this, &MainWindow::showMessage);
    connect(m_pilot, &PilotController::reviewWanted, m_reviewDock, &QWidget::raise);
    connect(m_pilot, &PilotController::decisionsSaved, this, &MainWindow::decisionsSaved);
    connect(m_pilot, &PilotController::guidelineRestored, this, &MainWindow::guidelineRestored);
    connect(m_runs, &RunsPane::runStopped, this, [this](Core::PilotSession::Outcome outcome) {
        if (m_runs->wroteLayer()) {
            openProject(m_projectPath); // a new layer: the corpus view reads it like any other
        } else {
            m_pilot->reload();
            m_roundLayers->refresh(m_projectPath); // the rounds it ran, in the selector
        }
        m_callLog->refresh();
        Q_EMIT pilotStopped(outcome);
    });
    connect(m_runs, &RunsPane::layerRenamed, this, [this](const QString &from, const QString &to) {
        const QString note = RoundLayerRepair::renamedNote(from, to);
        m_notice->appendPlainText(note);
        showMessage(note);
    });
    connect(m_aggregates, &AggregateController::message, this, &MainWindow::showMessage);
    connect(
        m_aggregates, &AggregateController::built, this, [this](const QString &name, const QString &error) {
            if (error.isEmpty()) {
                m_corpus->documentView()->setLayer(name);
            }
            Q_EMIT aggregateBuilt(error);
        });
}

void MainWindow::connectRounds()
{
    connect(m_roundSelector, &RoundSelector::scopeChosen, this, &MainWindow::showScope);
    connect(m_analysis, &AnalysisController::analysed, this, &MainWindow::showAnalysis);
    connect(m_roundLayers, &RoundLayerRefresh::refreshed, this, [this](const QString &error) {
        if (error.isEmpty()) {
            offerRounds(m_roundLayers->pilot());
        } else {
            showMessage(tr("The rounds' layers were not read: %1").arg(error));
        }
    });
    connect(m_review, &ProposalReviewPane::evidenceActivated, this,
        [this](const int round, const qsizetype document, const int start, const int end) {
            // The round first: its batch in the pane, its annotators stacked under the document.
            m_roundSelector->selectRound(round);
            m_corpus->showEvidence(document, start, end); // A, R, E still decide the change
        });
    connect(m_roundSelector, &RoundSelector::rebuildRequested, this, &MainWindow::rebuildRoundLayers);
    connect(m_repair, &RoundLayerRepair::started, this, &MainWindow::showMessage);
    connect(m_repair, &RoundLayerRepair::finished, this, [this](const QString &path, const QString &report) {
        if (path != m_projectPath) {
            return; // another project opened meanwhile; the rebuilt one shows its layers when opened
        }
        m_rebuildReport = report;
        showMessage(report);
        openProject(path); // the rounds with their layers, as any project opens
    });
}

void MainWindow::offerRounds(const std::optional<Core::PilotSnapshot> &pilot)
{
    m_roundSelector->setScopes(RoundScope::available(*m_workspace, pilot));
    m_rebuildAction->setEnabled(
        !m_projectPath.isEmpty() && RoundLayerNotes::anyMissing(m_roundSelector->scopes()));
}

void MainWindow::rebuildRoundLayers()
{
    if (m_runs->isRunning()) {
        showMessage(tr("Stop the pilot run before rebuilding the round layers."));
        return;
    }
    m_repair->rebuild(m_projectPath);
}

void MainWindow::createFileMenu()
{
    auto *fileMenu = new FileMenu(m_workspace, m_access, this);
    menuBar()->addMenu(fileMenu);
    connect(fileMenu, &FileMenu::projectChosen, this, &MainWindow::openProject);
    connect(fileMenu, &FileMenu::sampleChosen, this, &MainWindow::openSample);
    connect(fileMenu, &FileMenu::quitChosen, this, &QWidget::close);
}

void MainWindow::createGoMenu()
{
    QMenu *goMenu = menuBar()->addMenu(tr("&Go"));
    auto *next = goMenu->addAction(tr("&Next Disagreement"));
    next->setObjectName(u"actionNextDisagreement"_s);
    next->setShortcut(QKeySequence(Qt::Key_F8));
    next->setToolTip(tr("The next document where the annotator layers disagree (N in the text)"));
    connect(next, &QAction::triggered, this, [this] { m_corpus->showNextDisagreement(true); });
    auto *previous = goMenu->addAction(tr("&Previous Disagreement"));
    previous->setObjectName(u"actionPreviousDisagreement"_s);
    previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    connect(previous, &QAction::triggered, this, [this] { m_corpus->showNextDisagreement(false); });
}

void MainWindow::createLayersMenu()
{
    QMenu *layersMenu = menuBar()->addMenu(tr("&Layers"));
    auto *aggregate = layersMenu->addAction(tr("Build &Aggregate Layer…"));
    aggregate->setObjectName(u"actionAggregate"_s);
    aggregate->setToolTip(tr("One label-free layer from the annotator layers, to curate from"));
    connect(aggregate, &QAction::triggered, this, [this] { m_aggregates->choose(this); });
    auto *importLayer = layersMenu->addAction(tr("&Import Layer…"));
    importLayer->setObjectName(u"actionImportLayer"_s);
    connect(importLayer, &QAction::triggered, this, [this] {
        auto *dialog = new ImportLayerDialog(m_projectPath, m_workspace, m_access, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ImportLayerDialog::imported, this, &MainWindow::openProject);
        dialog->open();
    });
    m_rebuildAction = layersMenu->addAction(tr("Rebuild &Round Layers"));
    m_rebuildAction->setObjectName(u"actionRebuildRounds"_s);
    m_rebuildAction->setToolTip(tr("The rounds' annotator layers an older project lacks, made again from its "
                                   "response cache (nothing is sent)"));
    m_rebuildAction->setEnabled(false);
    connect(m_rebuildAction, &QAction::triggered, this, &MainWindow::rebuildRoundLayers);
}

void MainWindow::createSettingsMenu()
{
    auto *settingsMenu = new SettingsMenu(
        m_secrets, m_network, [this] { return m_runs->projectEndpoints(); }, this);
    menuBar()->addMenu(settingsMenu);
    auto *languages = new LanguageMenu(settingsMenu);
    settingsMenu->addMenu(languages);
    connect(languages, &LanguageMenu::languageChosen, this,
        [this] { showMessage(tr("The language changes when the workbench starts again.")); });
}

void MainWindow::aggregateLayers(
    const QStringList &layers, const Core::Aggregator::Options &options, const QString &name)
{
    m_aggregates->build(layers, options, name);
}

void MainWindow::openSample()
{
    if (mayOpen()) {
        m_opener->openSample();
    }
}

void MainWindow::openProject(const QString &path)
{
    if (mayOpen()) {
        m_opener->openProject(path);
    }
}

bool MainWindow::mayOpen()
{
    if (m_opener->isOpening()) {
        return false;
    }
    if (m_runs->isRunning()) {
        // The run writes to the open project; the panes must keep showing it until it stops.
        showMessage(tr("Stop the pilot run before opening another project."));
        return false;
    }
    return true;
}

void MainWindow::adopt(const ProjectOpener::Opened &opened)
{
    m_workspace->adopt(opened.loaded.corpus);
    m_projectPath = opened.path;
    m_callLog->setProject(opened.path);
    m_aggregates->setProject(opened.path);
    if (!opened.path.isEmpty()) {
        RecentProjects::add(opened.path); // the menu reads the list each time it opens
    }
    m_pilot->showPilot(opened.path, opened.loaded.pilot);
    setWindowTitle(opened.title);
    m_corpus->setProject(opened.path);
    updateStatus();
    offerRounds(opened.loaded.pilot); // showScope() follows
    // What to know of the data: the opener's note, then the rounds' missing layers.
    QStringList notice{opened.notice, std::exchange(m_rebuildReport, {}),
        RoundLayerNotes::projectNote(m_roundSelector->scopes())};
    notice.removeAll(QString());
    m_notice->setPlainText(notice.join(u"\n\n"_s));
    Q_EMIT loadFinished({});
}

void MainWindow::showScope(const RoundScope &scope)
{
    m_corpus->setScope(
        scope, RoundScope::batchRounds(m_roundSelector->scopes(), m_workspace->corpus().size()));
    m_aggregates->setScope(scope);
    m_analysis->analyse(scope);
}

void MainWindow::showAnalysis(const Core::CorpusAnalysis::Result &result)
{
    m_corpus->showAnalysis(result);
    m_agreement->showAgreement(result.agreement, m_roundSelector->current().namesByAnnotator());
    m_agreement->showReliability(result.reliability, result.agreement.layers.size());
    const QString note = RoundLayerNotes::scopeNote(m_roundSelector->current());
    // Fewer than two layers compared (or none sharing a document) measure no pool: n/a, not 0.
    const QString pool =
        result.agreement.hasPool() ? QLocale().toString(result.agreement.pool, 'f', 3) : tr("n/a");
    showMessage(tr("%1: pool agreement %2 over %n layer(s)", nullptr, int(result.agreement.layers.size()))
                    .arg(m_roundSelector->currentLabel(), pool)
        + (note.isEmpty() ? QString() : u" "_s + note));
    Q_EMIT agreementReady();
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text);
}

void MainWindow::updateStatus()
{
    const Core::Corpus &corpus = m_workspace->corpus();
    showMessage(tr("%n document(s)", nullptr, int(corpus.size())) + u", "_s
        + tr("%n token(s)", nullptr, int(corpus.tokenCount())) + u", "_s
        + tr("%n layer(s)", nullptr, int(m_workspace->layers().size())));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    WindowLayout::save(*this, *m_corpus, *m_corpus->documents()->header());
    // A write under way (a curation edit, decisions, an aggregate) finishes and closes its
    // connection before the window goes: nothing reported done is lost, no connection left open.
    m_access->waitForDone();
    event->accept();
}

} // namespace Workbench::Ui
