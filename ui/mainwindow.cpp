// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "mainwindow.h"

#include "formats/sampleproject.h"
#include "highlighting/markdownhighlighting.h"
#include "model/workspace.h"
#include "models/documentlistmodel.h"
#include "models/documentroles.h"
#include "views/documentview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenuBar>
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

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(new Core::Workspace(this))
    , m_documentModel(new DocumentListModel(&m_workspace->corpus(), this))
    , m_documentProxy(new QSortFilterProxyModel(this))
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
    m_documentList->sortByColumn(DocumentRoles::IdColumn, Qt::AscendingOrder);
    m_documentList->verticalHeader()->hide();
    m_documentList->horizontalHeader()->setStretchLastSection(true);
    m_documentList->setWordWrap(false);
    m_documentList->verticalHeader()->setDefaultSectionSize(m_documentList->fontMetrics().height() + 6);
    m_documentList->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_documentList->setColumnWidth(
        DocumentRoles::IdColumn, m_documentList->fontMetrics().horizontalAdvance(u"0000000"_s));
    auto *documentsLayout = new QVBoxLayout(documentsPane);
    documentsLayout->setContentsMargins(0, 0, 0, 0);
    documentsLayout->addWidget(m_filter);
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

    auto *noticeDock = new QDockWidget(tr("About this data"), this);
    noticeDock->setObjectName(u"noticeDock"_s);
    m_notice = new QPlainTextEdit(noticeDock);
    m_notice->setObjectName(u"noticeView"_s);
    m_notice->setReadOnly(true);
    MarkdownHighlighting::attach(m_notice);
    noticeDock->setWidget(m_notice);
    addDockWidget(Qt::BottomDockWidgetArea, noticeDock);

    connect(m_filter, &QLineEdit::textChanged, m_documentProxy, &QSortFilterProxyModel::setFilterFixedString);
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
    auto *openSample = fileMenu->addAction(tr("Open &Sample Project"));
    openSample->setObjectName(u"actionOpenSample"_s);
    connect(openSample, &QAction::triggered, this, &MainWindow::openSample);
    fileMenu->addSeparator();
    auto *quit = fileMenu->addAction(tr("&Quit"));
    quit->setObjectName(u"actionQuit"_s);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::openSample()
{
    if (m_loading) {
        return;
    }
    m_loading = true;
    statusBar()->showMessage(tr("Loading the sample project…"));
    auto *watcher = new QFutureWatcher<std::expected<Core::ImportedCorpus, Core::ParseError>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_loading = false;
        const auto result = watcher->result();
        if (!result) {
            statusBar()->showMessage(
                tr("The sample project could not be read: %1").arg(result.error().toString()));
            Q_EMIT loadFinished(result.error().toString());
            return;
        }
        m_workspace->adopt(*result);
        m_notice->setPlainText(Core::SampleProject::notice());
        setWindowTitle(tr("WNUT-17 sample — DiZiNER Workbench"));
        if (m_documentProxy->rowCount() > 0) {
            m_documentList->selectRow(0);
        }
        updateStatus();
        Q_EMIT loadFinished({});
    });
    watcher->setFuture(QtConcurrent::run([] { return Core::SampleProject::read(); }));
}

void MainWindow::showSelectedDocument()
{
    const QModelIndex current = m_documentList->selectionModel()->currentIndex();
    m_documentView->showDocument(
        current.isValid() ? current.data(DocumentRoles::DocumentIndexRole).toLongLong() : -1);
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
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"mainWindow/geometry"_s, saveGeometry());
    settings.setValue(u"mainWindow/state"_s, saveState());
    settings.setValue(u"mainWindow/splitter"_s, m_splitter->saveState());
    settings.setValue(u"mainWindow/documentColumns"_s, m_documentList->horizontalHeader()->saveState());
    event->accept();
}

} // namespace Workbench::Ui
