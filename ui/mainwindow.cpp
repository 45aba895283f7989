// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "mainwindow.h"

#include "curationcontroller.h"
#include "dialogs/aggregatedialog.h"
#include "dialogs/endpointsdialog.h"
#include "dialogs/exportdialog.h"
#include "dialogs/newprojectwizard.h"
#include "formats/sampleproject.h"
#include "highlighting/markdownhighlighting.h"
#include "languagesettings.h"
#include "metrics/agreementanalysis.h"
#include "metrics/disagreementanalysis.h"
#include "metrics/layercomparison.h"
#include "metrics/tokengrid.h"
#include "model/workspace.h"
#include "models/documentfilterproxy.h"
#include "models/documentlistmodel.h"
#include "models/documentroles.h"
#include "models/matrixmodel.h"
#include "recentprojects.h"
#include "secrets/secretstore.h"
#include "store/layerrepository.h"
#include "store/pilotrepository.h"
#include "store/projectloader.h"
#include "store/projectstore.h"
#include "views/agreementscatter.h"
#include "views/calllogpane.h"
#include "views/concordancepane.h"
#include "views/documentview.h"
#include "views/guidelinehistorypane.h"
#include "views/proposalreviewpane.h"
#include "views/roundschart.h"
#include "views/runspane.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

namespace {

// The layers compared with one another: annotators, never gold, an aggregate of them, or the
// curated result.
bool isAnnotator(const Core::SpanLayer *layer)
{
    return layer->kind() != Core::LayerKind::Gold && layer->kind() != Core::LayerKind::Aggregate
        && layer->name() != QLatin1String(CurationController::layerName);
}

// On a worker thread: opens the project for writing and lets \a change make a guideline version.
std::expected<Core::Guideline, QString> changeGuideline(const QString &path,
    const std::function<std::expected<Core::Guideline, Core::StoreError>(Core::PilotRepository &)> &change)
{
    auto store = Core::ProjectStore::open(path, Core::ProjectStore::Access::ReadWrite);
    if (!store) {
        return std::unexpected(store.error().message);
    }
    Core::PilotRepository pilot(**store);
    auto changed = change(pilot);
    if (!changed) {
        return std::unexpected(changed.error().message);
    }
    return *changed;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(new Core::Workspace(this))
    , m_documentModel(new DocumentListModel(&m_workspace->corpus(), this))
    , m_documentProxy(new DocumentFilterProxy(this))
    , m_matrixModel(new MatrixModel(this))
    , m_secrets(new Core::SecretStore(QStringLiteral("org.diziner.Workbench"), this))
    , m_network(new QNetworkAccessManager(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("DiZiNER Workbench"));

    m_documentProxy->setSourceModel(m_documentModel);
    m_documentProxy->setSortRole(DocumentRoles::SortRole);
    m_documentProxy->setFilterKeyColumn(DocumentRoles::TextColumn);
    m_documentProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    auto *documentsPane = new QWidget(this);
    m_filter = new QLineEdit(documentsPane);
    m_filter->setObjectName(u"documentFilter"_s);
    m_filter->setPlaceholderText(tr("Filter documents by text"));
    m_filter->setClearButtonEnabled(true);
    m_documentList = new QTableView(documentsPane);
    m_documentList->setObjectName(u"documentList"_s);
    m_documentList->setModel(m_documentProxy);
    m_documentList->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_documentList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_documentList->setSortingEnabled(true);
    // File order until a header is clicked: the proxy then need not sort a million-token corpus
    // on the UI thread each time one is loaded.
    m_documentList->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_documentList->verticalHeader()->hide();
    m_documentList->horizontalHeader()->setStretchLastSection(true);
    m_documentList->setWordWrap(false);
    m_documentList->verticalHeader()->setDefaultSectionSize(m_documentList->fontMetrics().height() + 6);
    m_documentList->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_documentList->setColumnWidth(
        DocumentRoles::IdColumn, m_documentList->fontMetrics().horizontalAdvance(u"0000000"_s));
    m_typeFilter = new QComboBox(documentsPane);
    m_typeFilter->setObjectName(u"typeFilter"_s);
    m_typeFilter->setToolTip(tr("Only documents where the annotator layers disagree on a span of this type"));
    m_hotspotFilter = new QComboBox(documentsPane);
    m_hotspotFilter->setObjectName(u"hotspotFilter"_s);
    m_hotspotFilter->setToolTip(tr("Only documents with a hotspot of this class (method.md section 5)"));
    m_hotspotFilter->addItem(tr("Hotspots: any"), -1);
    using Kind = Core::HotspotBlock::Kind;
    for (const auto &[kind, name] : {std::pair{Kind::EliteSplit, tr("Hotspots: the elite split")},
             std::pair{Kind::SystematicBias, tr("Hotspots: systematic bias")},
             std::pair{Kind::Complex, tr("Hotspots: complex")},
             std::pair{Kind::Minor, tr("Hotspots: minor")}}) {
        m_hotspotFilter->addItem(name, int(kind));
    }
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 2);
    filters->addWidget(m_typeFilter, 1);
    filters->addWidget(m_hotspotFilter, 1);
    auto *documentsLayout = new QVBoxLayout(documentsPane);
    documentsLayout->setContentsMargins(0, 0, 0, 0);
    documentsLayout->addLayout(filters);
    documentsLayout->addWidget(m_documentList);

    m_documentView = new DocumentView(m_workspace, this);
    m_documentView->setObjectName(u"documentView"_s);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(documentsPane);
    m_splitter->addWidget(m_documentView);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({480, 800}); // until the user's own layout is restored
    setCentralWidget(m_splitter);

    m_notice = new QPlainTextEdit(this);
    m_notice->setObjectName(u"noticeView"_s);
    m_notice->setReadOnly(true);
    MarkdownHighlighting::attach(m_notice);

    auto *matrixPane = new QWidget(this);
    m_matrix = new QTableView(matrixPane);
    m_matrix->setObjectName(u"agreementMatrix"_s);
    m_matrix->setModel(m_matrixModel);
    m_matrix->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrix->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_matrix->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_matrixNote =
        new QLabel(tr("Click a cell to list the documents where its two layers differ."), matrixPane);
    m_matrixNote->setObjectName(u"matrixNote"_s);
    m_matrixType = new QComboBox(matrixPane);
    m_matrixType->setObjectName(u"matrixType"_s);
    m_matrixType->setToolTip(tr("Agreement over all spans, or over the spans of one type"));
    connect(m_matrixType, &QComboBox::currentIndexChanged, this,
        [this] { m_matrixModel->setType(m_matrixType->currentData().toString()); });
    m_matrixNote->setWordWrap(true);
    m_scatter = new AgreementScatter(matrixPane);
    m_scatter->setObjectName(u"agreementScatter"_s);
    auto *matrixColumn = new QVBoxLayout;
    matrixColumn->addWidget(m_matrixType);
    matrixColumn->addWidget(m_matrix, 1);
    matrixColumn->addWidget(m_matrixNote);
    auto *matrixLayout = new QHBoxLayout(matrixPane);
    matrixLayout->setContentsMargins(0, 0, 0, 0);
    matrixLayout->addLayout(matrixColumn, 3);
    matrixLayout->addWidget(m_scatter, 2);

    m_review = new ProposalReviewPane(this);
    m_review->setObjectName(u"proposalReview"_s);
    m_history = new GuidelineHistoryPane(this);
    m_history->setObjectName(u"guidelineHistory"_s);
    m_runs = new RunsPane(m_secrets, this);
    m_runs->setObjectName(u"runsPane"_s);
    m_rounds = new RoundsChart(this);
    m_rounds->setObjectName(u"roundsChart"_s);
    m_concordance = new ConcordancePane(this);
    m_concordance->setObjectName(u"concordance"_s);
    m_callLog = new CallLogPane(this);
    m_callLog->setObjectName(u"callLogPane"_s);

    // The panes below the document, tabbed, in this order.
    QDockWidget *matrixDock = nullptr;
    QDockWidget *previous = nullptr;
    for (const auto &[title, name, pane] :
        {std::tuple{tr("About this data"), u"noticeDock"_s, static_cast<QWidget *>(m_notice)},
            std::tuple{tr("Agreement between layers"), u"matrixDock"_s, matrixPane},
            std::tuple{tr("Instruction review"), u"reviewDock"_s, static_cast<QWidget *>(m_review)},
            std::tuple{tr("Guideline versions"), u"historyDock"_s, static_cast<QWidget *>(m_history)},
            std::tuple{tr("Pilot run"), u"runsDock"_s, static_cast<QWidget *>(m_runs)},
            std::tuple{tr("Rounds"), u"roundsDock"_s, static_cast<QWidget *>(m_rounds)},
            std::tuple{tr("Call log"), u"callLogDock"_s, static_cast<QWidget *>(m_callLog)},
            std::tuple{tr("Concordance"), u"concordanceDock"_s, static_cast<QWidget *>(m_concordance)}}) {
        auto *dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setWidget(pane);
        addDockWidget(Qt::BottomDockWidgetArea, dock);
        if (previous != nullptr) {
            tabifyDockWidget(previous, dock);
        }
        previous = dock;
        matrixDock = name == u"matrixDock" ? dock : matrixDock;
        m_reviewDock = name == u"reviewDock" ? dock : m_reviewDock;
    }
    matrixDock->raise(); // the review comes forward when a proposal awaits a decision
    resizeDocks({matrixDock}, {300}, Qt::Vertical); // until the user's own layout is restored
    connect(m_review, &ProposalReviewPane::decisionsReady, this, &MainWindow::saveDecisions);
    connectCuration();
    connect(m_history, &GuidelineHistoryPane::restoreRequested, this, &MainWindow::restoreGuideline);
    connect(m_concordance, &ConcordancePane::hitActivated, this, &MainWindow::showHit);
    connect(&m_workspace->corpus(), &Core::Corpus::reset, this,
        [this] { m_concordance->setDocuments(m_workspace->corpus().documents()); });
    connect(m_runs, &RunsPane::runStopped, this,
        [this](Core::PilotSession::Outcome outcome, const QString &detail) {
            if (detail == u"labelled") {
                openProject(m_projectPath); // a new layer: the corpus view reads it like any other
            } else {
                reloadPilot();
            }
            m_callLog->refresh();
            Q_EMIT pilotStopped(int(outcome));
        });
    connect(
        m_history, &GuidelineHistoryPane::exported, this, [this](const QString &path, const QString &error) {
            statusBar()->showMessage(error.isEmpty()
                    ? tr("Guideline written to %1").arg(path)
                    : tr("The guideline was not written to %1: %2").arg(path, error));
        });
    connect(m_matrix, &QTableView::clicked, this, &MainWindow::showDifferences);

    connect(m_filter, &QLineEdit::textChanged, m_documentProxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_hotspotFilter, &QComboBox::currentIndexChanged, this,
        [this] { m_documentProxy->setHotspotKind(m_hotspotFilter->currentData().toInt()); });
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this,
        [this] { m_documentProxy->setDisputedType(m_typeFilter->currentData().toString()); });
    connect(&m_workspace->corpus(), &Core::Corpus::reset, this, [this] { showDisputedTypes({}); });
    connect(m_documentList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &MainWindow::showSelectedDocument);
    connect(&m_workspace->corpus(), &Core::Corpus::reset, this, &MainWindow::updateStatus);

    createActions();
    restoreState();
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    auto *openProject = fileMenu->addAction(tr("&Open Project…"));
    openProject->setObjectName(u"actionOpenProject"_s);
    openProject->setShortcut(QKeySequence::Open);
    connect(openProject, &QAction::triggered, this, &MainWindow::chooseProject);
    auto *newProject = fileMenu->addAction(tr("&New Pilot Project…"));
    newProject->setObjectName(u"actionNewProject"_s);
    newProject->setShortcut(QKeySequence::New);
    connect(newProject, &QAction::triggered, this, [this] {
        auto *wizard = new NewProjectWizard(this);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        connect(wizard, &NewProjectWizard::created, this, [this](const QString &path, const QString &error) {
            if (error.isEmpty()) {
                this->openProject(path);
            }
        });
        wizard->open();
    });
    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(u"recentMenu"_s);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    updateRecentMenu();
    auto *exportLayer = fileMenu->addAction(tr("&Export a Layer…"));
    exportLayer->setObjectName(u"actionExport"_s);
    exportLayer->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(exportLayer, &QAction::triggered, this, [this] {
        auto *dialog = new ExportDialog(m_workspace, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    auto *openSample = fileMenu->addAction(tr("Open &Sample Project"));
    openSample->setObjectName(u"actionOpenSample"_s);
    connect(openSample, &QAction::triggered, this, &MainWindow::openSample);
    fileMenu->addSeparator();
    auto *quit = fileMenu->addAction(tr("&Quit"));
    quit->setObjectName(u"actionQuit"_s);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *goMenu = menuBar()->addMenu(tr("&Go"));
    auto *nextDisagreement = goMenu->addAction(tr("&Next Disagreement"));
    nextDisagreement->setObjectName(u"actionNextDisagreement"_s);
    nextDisagreement->setShortcut(QKeySequence(Qt::Key_F8));
    nextDisagreement->setToolTip(tr("The next document where the annotator layers disagree (N in the text)"));
    connect(nextDisagreement, &QAction::triggered, this, [this] { showNextDisagreement(true); });
    auto *previousDisagreement = goMenu->addAction(tr("&Previous Disagreement"));
    previousDisagreement->setObjectName(u"actionPreviousDisagreement"_s);
    previousDisagreement->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    connect(previousDisagreement, &QAction::triggered, this, [this] { showNextDisagreement(false); });

    QMenu *layersMenu = menuBar()->addMenu(tr("&Layers"));
    auto *aggregate = layersMenu->addAction(tr("Build &Aggregate Layer…"));
    aggregate->setObjectName(u"actionAggregate"_s);
    aggregate->setToolTip(tr("One label-free layer from the annotator layers, to curate from"));
    connect(aggregate, &QAction::triggered, this, [this] {
        QStringList annotators;
        QStringList taken;
        QStringList aggregates;
        for (const Core::SpanLayer *layer : m_workspace->layers().layers()) {
            if (isAnnotator(layer)) {
                annotators.append(layer->name());
            }
            (layer->kind() == Core::LayerKind::Aggregate ? aggregates : taken).append(layer->name());
        }
        auto *dialog = new AggregateDialog(annotators, taken, aggregates, this);
        dialog->setObjectName(u"aggregateDialog"_s);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this,
            [this, dialog] { aggregateLayers(dialog->layers(), dialog->options(), dialog->name()); });
        dialog->open();
    });

    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    auto *endpoints = settingsMenu->addAction(tr("&Endpoints and Keys…"));
    endpoints->setObjectName(u"actionEndpoints"_s);
    connect(endpoints, &QAction::triggered, this, [this] {
        auto *dialog = new EndpointsDialog(m_secrets, m_network, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    QMenu *languageMenu = settingsMenu->addMenu(tr("&Language"));
    languageMenu->setObjectName(u"languageMenu"_s);
    auto *languages = new QActionGroup(languageMenu);
    const QString chosen = LanguageSettings::chosen();
    for (const LanguageSettings::Language &language : LanguageSettings::available()) {
        QAction *action = languageMenu->addAction(language.nativeName);
        action->setObjectName(u"actionLanguage_"_s + (language.code.isEmpty() ? u"system"_s : language.code));
        action->setCheckable(true);
        action->setChecked(language.code == chosen);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = language.code] {
            LanguageSettings::choose(code);
            statusBar()->showMessage(tr("The language changes when the workbench starts again."));
        });
    }
}

void MainWindow::connectCuration()
{
    // Curation edits the project's "curated" layer; the sample has no project to keep them in.
    const auto curation = [this] {
        if (m_curation == nullptr) {
            statusBar()->showMessage(
                tr("Curation is saved in a project: open one with File > Open Project."));
        }
        return m_curation.data();
    };
    connect(m_documentView, &DocumentView::spanRequested, this,
        [curation](qsizetype document, int start, int end, const QString &type) {
            if (auto *c = curation()) {
                c->addSpan(document, Core::Span{start, end, type});
            }
        });
    connect(m_documentView, &DocumentView::retypeRequested, this,
        [curation](qsizetype document, int position, const QString &type) {
            if (auto *c = curation()) {
                c->retype(document, position, type);
            }
        });
    connect(
        m_documentView, &DocumentView::nextDisagreementRequested, this, &MainWindow::showNextDisagreement);
    connect(m_documentView, &DocumentView::removalRequested, this,
        [curation](qsizetype document, int start, int end) {
            if (auto *c = curation()) {
                c->removeSpans(document, start, end);
            }
        });
    connect(m_documentView, &DocumentView::acceptLayerRequested, this,
        [this, curation](qsizetype document, const QString &layerName) {
            const Core::SpanLayer *layer = m_workspace->layers().layer(layerName);
            if (auto *c = curation();
                c && layer && layerName != QLatin1String(CurationController::layerName)) {
                c->accept(document, layer->spans(document));
            }
        });
    connect(m_documentView, &DocumentView::undoRequested, this, [curation] {
        if (auto *c = curation()) {
            c->undo();
        }
    });
    connect(m_documentView, &DocumentView::redoRequested, this, [curation] {
        if (auto *c = curation()) {
            c->redo();
        }
    });
}

void MainWindow::showDisputedTypes(QStringList types)
{
    // The scheme's order first, then any other type the layers dispute.
    const QStringList scheme = m_workspace->scheme().codes();
    std::ranges::sort(types, [&scheme](const QString &a, const QString &b) {
        const qsizetype ia = scheme.contains(a) ? scheme.indexOf(a) : scheme.size();
        const qsizetype ib = scheme.contains(b) ? scheme.indexOf(b) : scheme.size();
        return ia != ib ? ia < ib : a < b;
    });
    const QString current = m_typeFilter->currentData().toString();
    const QSignalBlocker blocker(m_typeFilter);
    m_typeFilter->clear();
    m_typeFilter->addItem(tr("Disputed: any type"), QString());
    for (const QString &type : std::as_const(types)) {
        m_typeFilter->addItem(tr("Disputed: %1").arg(type), type);
    }
    const int kept = m_typeFilter->findData(current);
    m_typeFilter->setCurrentIndex(std::max(kept, 0));
    m_documentProxy->setDisputedType(kept > 0 ? current : QString());
}

void MainWindow::showCurationState()
{
    const Core::SpanLayer *curated =
        m_workspace->layers().layer(QLatin1String(CurationController::layerName));
    QList<int> counts;
    if (curated != nullptr) {
        counts.reserve(m_workspace->corpus().size());
        for (qsizetype d = 0; d < m_workspace->corpus().size(); ++d) {
            counts.append(int(curated->spans(d).size()));
        }
    }
    m_documentModel->setCurated(counts);
}

void MainWindow::showHit(const qsizetype document, const int start, const int end)
{
    const auto rowOf = [this, document] {
        for (int row = 0; row < m_documentProxy->rowCount(); ++row) {
            if (m_documentProxy->index(row, 0).data(DocumentRoles::DocumentIndexRole).toLongLong()
                == document) {
                return row;
            }
        }
        return -1;
    };
    int row = rowOf();
    if (row < 0) { // filtered out: show every document again
        m_filter->clear();
        m_documentProxy->setAllowedDocuments(std::nullopt);
        row = rowOf();
    }
    if (row < 0) {
        return;
    }
    m_documentList->setCurrentIndex(m_documentProxy->index(row, DocumentRoles::IdColumn));
    m_documentList->scrollTo(m_documentList->currentIndex());
    m_documentView->selectRange(start, end);
}

void MainWindow::showNextDisagreement(const bool forward)
{
    // In the order the documents pane shows (sorted, filtered), from the current document on.
    const int rows = m_documentProxy->rowCount();
    if (rows == 0) {
        return;
    }
    const int current = m_documentList->currentIndex().isValid() ? m_documentList->currentIndex().row() : -1;
    for (int step = 1; step <= rows; ++step) {
        const int row = ((forward ? current + step : current - step) % rows + rows) % rows;
        const QModelIndex disputed = m_documentProxy->index(row, DocumentRoles::DisputedColumn);
        if (disputed.data(DocumentRoles::SortRole).toInt() > 0) {
            m_documentList->setCurrentIndex(m_documentProxy->index(row, DocumentRoles::IdColumn));
            m_documentList->scrollTo(m_documentList->currentIndex());
            return;
        }
    }
    statusBar()->showMessage(tr("The annotator layers agree on every document shown."));
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList projects = RecentProjects::list();
    for (int i = 0; i < projects.size(); ++i) {
        const QString &path = projects.at(i);
        // &1 .. &8: each reachable by its number from the keyboard.
        QAction *action = m_recentMenu->addAction(u"&%1 %2"_s.arg(i + 1).arg(QFileInfo(path).fileName()));
        action->setObjectName(u"actionRecent%1"_s.arg(i + 1));
        action->setToolTip(path);
        action->setData(path);
        connect(action, &QAction::triggered, this, [this, path] { openProject(path); });
    }
    if (!projects.isEmpty()) {
        m_recentMenu->addSeparator();
        QAction *clear = m_recentMenu->addAction(tr("&Clear List"));
        clear->setObjectName(u"actionClearRecent"_s);
        connect(clear, &QAction::triggered, this, [] { RecentProjects::clear(); });
    }
    m_recentMenu->setEnabled(!projects.isEmpty());
}

void MainWindow::openSample()
{
    load({}, tr("Loading the sample project…"), tr("WNUT-17 sample — DiZiNER Workbench"),
        Core::SampleProject::notice(), []() -> std::expected<Core::ProjectLoader::Loaded, QString> {
            auto read = Core::SampleProject::read();
            if (!read) {
                return std::unexpected(read.error().toString());
            }
            return Core::ProjectLoader::Loaded{*read, std::nullopt};
        });
}

void MainWindow::openProject(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    load(path, tr("Opening %1…").arg(name), tr("%1 — DiZiNER Workbench").arg(name), {},
        [path]() -> std::expected<Core::ProjectLoader::Loaded, QString> {
            auto loaded = Core::ProjectLoader::load(path);
            if (!loaded) {
                return std::unexpected(u"%1: %2"_s.arg(path, loaded.error().message));
            }
            return *loaded;
        });
}

void MainWindow::chooseProject()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Project"), QString(), tr("DiZiNER projects (*.dzn);;All files (*)"));
    if (!path.isEmpty()) {
        openProject(path);
    }
}

void MainWindow::load(const QString &path, const QString &progress, const QString &title,
    const QString &notice, std::function<std::expected<Core::ProjectLoader::Loaded, QString>()> read)
{
    if (m_loading) {
        return;
    }
    if (m_runs->isRunning()) {
        // The run writes to the open project; the panes must keep showing it until it stops.
        statusBar()->showMessage(tr("Stop the pilot run before opening another project."));
        return;
    }
    m_loading = true;
    statusBar()->showMessage(progress);
    auto *watcher = new QFutureWatcher<std::expected<Core::ProjectLoader::Loaded, QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path, title, notice] {
        watcher->deleteLater();
        m_loading = false;
        const auto result = watcher->result();
        if (!result) {
            statusBar()->showMessage(tr("Could not open: %1").arg(result.error()));
            Q_EMIT loadFinished(result.error());
            return;
        }
        m_workspace->adopt(result->corpus);
        m_projectPath = path;
        m_callLog->setProject(path);
        delete m_curation;
        m_curation = nullptr;
        if (!path.isEmpty()) {
            m_curation = new CurationController(m_workspace, path, this);
            connect(m_curation, &CurationController::edited, this, [this](const QString &error) {
                m_documentView->refresh();
                showCurationState();
                statusBar()->showMessage(
                    error.isEmpty() ? tr("Curation saved.") : tr("Not saved: %1").arg(error));
                Q_EMIT curationSaved(error);
            });
        }
        if (!path.isEmpty()) {
            RecentProjects::add(path); // the menu reads the list each time it opens
        }
        showPilot(result->pilot);
        m_notice->setPlainText(notice);
        setWindowTitle(title);
        if (m_documentProxy->rowCount() > 0) {
            m_documentList->selectRow(0);
        }
        updateStatus();
        showCurationState();
        Q_EMIT loadFinished({});
        computeAgreement();
    });
    watcher->setFuture(QtConcurrent::run(std::move(read)));
}

void MainWindow::showPilot(const std::optional<Core::PilotSnapshot> &pilot)
{
    m_runId = pilot ? pilot->runId : 0;
    m_history->setVersions(pilot ? pilot->versions : QList<Core::Guideline>{}, pilot && !pilot->pending);
    m_runs->setPilot(m_projectPath, pilot);
    m_rounds->setRounds(pilot ? pilot->rounds : QList<Core::RoundSummary>{});
    if (!pilot) {
        m_review->showGuideline({}, tr("This project holds no pilot run."));
    } else if (pilot->pending) {
        const auto config = Core::PilotConfig::fromJson(pilot->config);
        m_review->setProposal(*pilot->pending, pilot->guideline,
            config ? config->knobs.changeCap : Core::PilotConfig::Knobs{}.changeCap);
        m_reviewDock->raise();
    } else {
        m_review->showGuideline(pilot->guideline,
            tr("No proposal awaits a decision; guideline version %1 after %n round(s).", nullptr,
                int(pilot->rounds.size()))
                .arg(pilot->guideline.version));
    }
}

void MainWindow::saveDecisions(const Core::Proposal &decided)
{
    if (m_projectPath.isEmpty() || m_runId == 0) {
        return;
    }
    statusBar()->showMessage(tr("Saving the decisions…"));
    using Result = std::expected<Core::Guideline, QString>;
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Result result = watcher->result();
        if (!result) {
            statusBar()->showMessage(tr("The decisions were not saved: %1").arg(result.error()));
            Q_EMIT decisionsSaved(result.error());
            return;
        }
        m_review->showGuideline(*result,
            tr("Decisions saved; the next round runs under guideline version %1. Continue the pilot "
               "in the Pilot run pane, or with: diziner-cli decide %2")
                .arg(result->version)
                .arg(QFileInfo(m_projectPath).absolutePath()));
        statusBar()->showMessage(tr("Guideline version %1 saved.").arg(result->version));
        reloadPilot();
        Q_EMIT decisionsSaved({});
    });
    watcher->setFuture(QtConcurrent::run([path = m_projectPath, runId = m_runId, decided] {
        return changeGuideline(
            path, [&](Core::PilotRepository &pilot) { return pilot.recordDecision(runId, decided); });
    }));
}

void MainWindow::restoreGuideline(const int version)
{
    if (m_projectPath.isEmpty()) {
        return;
    }
    using Result = std::expected<Core::Guideline, QString>;
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, version] {
        watcher->deleteLater();
        const Result result = watcher->result();
        statusBar()->showMessage(result
                ? tr("Version %1 restored as version %2.").arg(version).arg(result->version)
                : tr("Version %1 was not restored: %2").arg(version).arg(result.error()));
        reloadPilot();
        Q_EMIT guidelineRestored(result ? QString() : result.error());
    });
    watcher->setFuture(QtConcurrent::run([path = m_projectPath, version] {
        return changeGuideline(path, [&](Core::PilotRepository &pilot) { return pilot.restore(version); });
    }));
}

void MainWindow::reloadPilot()
{
    // Only the pilot's state: the corpus and layers on screen stay as they are.
    using Result = std::expected<std::optional<Core::PilotSnapshot>, QString>;
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (const Result result = watcher->result(); result) {
            showPilot(*result);
        } else {
            statusBar()->showMessage(tr("The pilot's state could not be read: %1").arg(result.error()));
        }
    });
    watcher->setFuture(QtConcurrent::run([path = m_projectPath]() -> Result {
        auto snapshot = Core::ProjectLoader::loadPilot(path);
        if (!snapshot) {
            return std::unexpected(snapshot.error().message);
        }
        return *snapshot;
    }));
}

void MainWindow::aggregateLayers(
    const QStringList &layers, const Core::Aggregator::Options &options, const QString &name)
{
    QList<Core::AnnotatorLayer> chosen;
    for (const QString &layerName : layers) {
        if (const Core::SpanLayer *layer = m_workspace->layers().layer(layerName)) {
            chosen.append({layer->name(), layer->allSpans()});
        }
    }
    const Core::SpanLayer *existing = m_workspace->layers().layer(name);
    if (chosen.size() < 2 || name.isEmpty() || (existing && existing->kind() != Core::LayerKind::Aggregate)) {
        const QString error = tr("An aggregate needs two layers and a name no other layer has.");
        statusBar()->showMessage(error);
        Q_EMIT aggregateBuilt(error);
        return;
    }
    const Core::Provenance provenance{.source = layers.join(u", "_s),
        .tool = u"workbench aggregate (%1)"_s.arg(Core::Aggregator::methodName(options.method)),
        .tagScheme = {},
        .created = QDateTime::currentDateTimeUtc()};
    statusBar()->showMessage(tr("Building the aggregate %1…").arg(name));
    using Result = std::expected<Core::DocumentSpans, QString>;
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, name, provenance] {
        watcher->deleteLater();
        const Result result = watcher->result();
        if (!result) {
            statusBar()->showMessage(tr("The aggregate was not built: %1").arg(result.error()));
            Q_EMIT aggregateBuilt(result.error());
            return;
        }
        Core::SpanLayer *layer = m_workspace->layers().layer(name);
        if (layer == nullptr) {
            layer = m_workspace->layers().addLayer(name, Core::LayerKind::Aggregate);
        }
        layer->setProvenance(provenance);
        layer->setSpans(*result);
        m_documentView->setLayer(name);
        statusBar()->showMessage(m_projectPath.isEmpty()
                ? tr("Aggregate %1 built; the sample is not a project file, so it is not kept.").arg(name)
                : tr("Aggregate %1 built and saved in the project.").arg(name));
        Q_EMIT aggregateBuilt({});
    });
    watcher->setFuture(QtConcurrent::run([documents = m_workspace->corpus().documents(), chosen, options,
                                             path = m_projectPath, name, provenance]() -> Result {
        const Core::DocumentSpans spans =
            Core::Aggregator::aggregate(Core::TokenGrid(documents), chosen, options);
        if (!path.isEmpty()) {
            auto store = Core::ProjectStore::open(path, Core::ProjectStore::Access::ReadWrite);
            if (!store) {
                return std::unexpected(store.error().message);
            }
            const Core::ImportedLayer layer{.name = name,
                .kind = Core::LayerKind::Aggregate,
                .provenance = provenance,
                .spans = spans,
                .loss = {},
                .unalignedTokens = 0,
                .substitutedTokens = 0};
            if (auto saved = Core::LayerRepository(**store).replace(layer); !saved) {
                return std::unexpected(saved.error().message);
            }
        }
        return spans;
    }));
}

void MainWindow::computeAgreement()
{
    // Values only cross to the worker: the documents and the annotator layers (gold is scored, not compared).
    const QList<Core::Document> documents = m_workspace->corpus().documents();
    QList<Core::AnnotatorLayer> layers;
    std::optional<Core::DocumentSpans> gold;
    for (const Core::SpanLayer *layer : m_workspace->layers().layers()) {
        if (isAnnotator(layer)) {
            layers.append({layer->name(), layer->allSpans()});
        } else if (layer->kind() == Core::LayerKind::Gold && !gold) {
            gold = layer->allSpans(); // only scored, for the scatter beside the matrix
        }
    }
    // The matrix, and per document the disputed spans and the mean pairwise agreement.
    // ... and the hotspot classes of each document.
    using Result =
        std::tuple<Core::AgreementResult, Core::LayerComparison::Disputes, QList<double>, QList<QList<int>>>;
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const auto [result, disputed, agreement, hotspots] = watcher->result();
        m_documentModel->setHotspotKinds(hotspots);
        m_documentProxy->setHotspotKind(m_hotspotFilter->currentData().toInt());
        m_matrixModel->setResult(result);
        {
            const QString chosen = m_matrixType->currentData().toString();
            const QSignalBlocker blocker(m_matrixType);
            m_matrixType->clear();
            m_matrixType->addItem(tr("All types"), QString());
            for (auto it = result.f1ByType.cbegin(); it != result.f1ByType.cend(); ++it) {
                m_matrixType->addItem(tr("Type %1").arg(it.key()), it.key());
            }
            const int kept = m_matrixType->findData(chosen);
            m_matrixType->setCurrentIndex(std::max(kept, 0));
            m_matrixModel->setType(kept > 0 ? chosen : QString());
        }
        m_scatter->setResult(result);
        m_documentModel->setDisputed(disputed.spans, disputed.types);
        QStringList types;
        for (const QStringList &documentTypes : disputed.types) {
            for (const QString &type : documentTypes) {
                if (!types.contains(type)) {
                    types.append(type);
                }
            }
        }
        showDisputedTypes(types);
        m_documentModel->setAgreement(agreement);
        statusBar()->showMessage(tr("Pool agreement %1 over %n layer(s)", nullptr, int(result.layers.size()))
                                     .arg(result.pool, 0, 'f', 3));
        Q_EMIT agreementReady();
    });
    watcher->setFuture(QtConcurrent::run([documents, layers, gold]() -> Result {
        QList<Core::DocumentSpans> spans;
        for (const Core::AnnotatorLayer &layer : layers) {
            spans.append(layer.spans);
        }
        const Core::TokenGrid grid(documents);
        Core::AgreementResult agreement = Core::AgreementAnalysis::compute(
            grid, layers, gold, {.bootstrapSamples = 200, .seed = 42, .eliteCutoff = 0.5});
        QList<QList<int>> hotspots(documents.size());
        if (layers.size() >= 2) { // hotspots need annotators to disagree
            const Core::DisagreementResult disagreement =
                Core::DisagreementAnalysis::analyse(grid, layers, agreement.weights, agreement.elite, {});
            for (const Core::HotspotBlock &block : disagreement.blocks) {
                QList<int> &kinds = hotspots[block.document];
                if (!kinds.contains(int(block.kind))) {
                    kinds.append(int(block.kind));
                }
            }
        }
        return {std::move(agreement), Core::LayerComparison::disputes(spans, documents.size()),
            Core::LayerComparison::documentAgreement(spans, documents.size()), hotspots};
    }));
}

void MainWindow::showDifferences(const QModelIndex &cell)
{
    const Core::AgreementResult &result = m_matrixModel->result();
    if (!cell.isValid() || cell.row() == cell.column()) {
        m_documentProxy->setAllowedDocuments(std::nullopt);
        m_matrixNote->setText(tr("All documents."));
        return;
    }
    const QString a = result.layers.at(cell.row());
    const QString b = result.layers.at(cell.column());
    const QList<qsizetype> differing = Core::LayerComparison::differingDocuments(
        m_workspace->layers().layer(a)->allSpans(), m_workspace->layers().layer(b)->allSpans());
    m_documentProxy->setAllowedDocuments(QSet<qsizetype>(differing.cbegin(), differing.cend()));
    m_documentView->setLayer(a);
    m_matrixNote->setText(tr("%n document(s) where %1 and %2 differ; click the diagonal to show all.",
        nullptr, int(differing.size()))
                              .arg(a, b));
    if (m_documentProxy->rowCount() > 0) {
        m_documentList->selectRow(0);
    }
}

void MainWindow::showSelectedDocument()
{
    const QModelIndex current = m_documentList->selectionModel()->currentIndex();
    const qsizetype document =
        current.isValid() ? current.data(DocumentRoles::DocumentIndexRole).toLongLong() : -1;
    m_documentView->showDocument(document);
    m_callLog->setDocument(document >= 0 ? m_workspace->corpus().document(document).id() : QString());
}

void MainWindow::updateStatus()
{
    const Core::Corpus &corpus = m_workspace->corpus();
    statusBar()->showMessage(tr("%n document(s)", nullptr, int(corpus.size())) + u", "_s
        + tr("%n token(s)", nullptr, int(corpus.tokenCount())) + u", "_s
        + tr("%n layer(s)", nullptr, int(m_workspace->layers().size())));
}

void MainWindow::restoreState()
{
    QSettings settings;
    restoreGeometry(settings.value(u"mainWindow/geometry"_s).toByteArray());
    QMainWindow::restoreState(settings.value(u"mainWindow/state"_s).toByteArray());
    m_splitter->restoreState(settings.value(u"mainWindow/splitter"_s).toByteArray());
    m_documentList->horizontalHeader()->restoreState(
        settings.value(u"mainWindow/documentColumns"_s).toByteArray());
    for (const auto &[name, header] : tableHeaders()) {
        header->restoreState(settings.value(u"columns/"_s + name).toByteArray());
    }
}

QList<std::pair<QString, QHeaderView *>> MainWindow::tableHeaders() const
{
    // The panes' tables of fixed columns, whose widths and order a user arranges.
    QList<std::pair<QString, QHeaderView *>> headers;
    for (const QString &name :
        {u"callLog"_s, u"annotatorTotals"_s, u"failedPieces"_s, u"projectCallLog"_s, u"concordanceHits"_s}) {
        if (auto *table = findChild<QTableView *>(name)) {
            headers.append({name, table->horizontalHeader()});
        }
    }
    return headers;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"mainWindow/geometry"_s, saveGeometry());
    settings.setValue(u"mainWindow/state"_s, saveState());
    settings.setValue(u"mainWindow/splitter"_s, m_splitter->saveState());
    settings.setValue(u"mainWindow/documentColumns"_s, m_documentList->horizontalHeader()->saveState());
    for (const auto &[name, header] : tableHeaders()) {
        settings.setValue(u"columns/"_s + name, header->saveState());
    }
    event->accept();
}

} // namespace Workbench::Ui
