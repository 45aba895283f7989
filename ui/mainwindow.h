// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "metrics/aggregator.h"
#include "pilot/proposal.h"
#include "store/projectloader.h"

#include <QMainWindow>
#include <QPointer>

#include <expected>
#include <functional>

class QComboBox;
class QDockWidget;
class QHeaderView;
class QLabel;
class QLineEdit;
class QMenu;
class QNetworkAccessManager;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace Workbench::Core {
class SecretStore;
class Workspace;
} // namespace Workbench::Core

namespace Workbench::Ui {

class DocumentFilterProxy;
class DocumentListModel;
class AgreementScatter;
class CallLogPane;
class ConcordancePane;
class DocumentView;
class MatrixModel;
class CurationController;
class GuidelineHistoryPane;
class ProposalReviewPane;
class RoundsChart;
class RunsPane;

/*! \brief The workbench's main window: the documents of the open workspace and the selected one.
 *
 * Loading runs on a worker thread; the window stays responsive and reports the result through
 * loadFinished(). Usage: \c{MainWindow w; w.show(); w.openSample();}
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] Core::Workspace *workspace() const { return m_workspace; }
    /*! Builds the aggregate \a name of \a layers off the UI thread, saves it in the project (as an
     * aggregate layer, replacing one of that name) and shows it; aggregateBuilt() reports. The
     * bundled sample has no project file: there the layer lives until the window closes. */
    void aggregateLayers(
        const QStringList &layers, const Core::Aggregator::Options &options, const QString &name);

public Q_SLOTS:
    //! Loads the bundled WNUT-17 sample in the background.
    void openSample();
    //! Loads the project file at \a path (read-only) in the background.
    void openProject(const QString &path);

Q_SIGNALS:
    //! Emitted when a load ends; \a errorString is empty on success.
    void loadFinished(const QString &errorString);
    //! Emitted when the agreement matrix of the loaded layers is computed.
    void agreementReady();
    //! Emitted when decisions on a proposal were written to the project; \a errorString is empty on success.
    void decisionsSaved(const QString &errorString);
    //! Emitted when an old guideline version was restored as the newest; \a errorString as above.
    void guidelineRestored(const QString &errorString);
    //! Emitted when a pilot run started here stops (a PilotSession::Outcome), after the panes know.
    void pilotStopped(int outcome);
    //! Emitted when a curation edit was saved in the project; \a errorString is empty on success.
    void curationSaved(const QString &errorString);
    //! Emitted when an aggregate layer was built (and saved, with a project); \a errorString as above.
    void aggregateBuilt(const QString &errorString);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void chooseProject();
    void updateRecentMenu();
    void connectCuration();
    //! Runs \a read on a worker thread and adopts what it returns, or reports its error.
    void load(const QString &path, const QString &progress, const QString &title, const QString &notice,
        std::function<std::expected<Core::ProjectLoader::Loaded, QString>()> read);
    void showPilot(const std::optional<Core::PilotSnapshot> &pilot);
    void saveDecisions(const Core::Proposal &decided);
    void restoreGuideline(int version);
    void reloadPilot();
    void showSelectedDocument();
    //! Selects the next (or previous) document with disputed spans, in the pane's order.
    void showNextDisagreement(bool forward);
    //! The type filter offers \a types, the types the annotator layers dispute somewhere.
    void showDisputedTypes(QStringList types);
    //! The curated spans per document in the documents pane (none without a curated layer).
    void showCurationState();
    //! Opens \a document at the concordance hit [start, end).
    void showHit(qsizetype document, int start, int end);
    void restoreState();
    //! The headers of the panes' tables whose column state is kept between sessions, by object name.
    [[nodiscard]] QList<std::pair<QString, QHeaderView *>> tableHeaders() const;
    void updateStatus();
    void computeAgreement();
    void showDifferences(const QModelIndex &cell);

    Core::Workspace *m_workspace = nullptr;
    DocumentListModel *m_documentModel = nullptr;
    DocumentFilterProxy *m_documentProxy = nullptr;
    MatrixModel *m_matrixModel = nullptr;
    Core::SecretStore *m_secrets = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    QTableView *m_matrix = nullptr;
    QLabel *m_matrixNote = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_documentList = nullptr;
    ConcordancePane *m_concordance = nullptr;
    CallLogPane *m_callLog = nullptr;
    QComboBox *m_typeFilter = nullptr;
    QComboBox *m_hotspotFilter = nullptr;
    QComboBox *m_matrixType = nullptr;
    AgreementScatter *m_scatter = nullptr;
    DocumentView *m_documentView = nullptr;
    QPlainTextEdit *m_notice = nullptr;
    QSplitter *m_splitter = nullptr;
    QDockWidget *m_reviewDock = nullptr;
    ProposalReviewPane *m_review = nullptr;
    GuidelineHistoryPane *m_history = nullptr;
    RunsPane *m_runs = nullptr;
    RoundsChart *m_rounds = nullptr;
    QMenu *m_recentMenu = nullptr;
    QPointer<CurationController> m_curation; //!< while a project is open
    QString m_projectPath; //!< empty for the sample
    qint64 m_runId = 0; //!< the pilot run under review, 0 when none
    bool m_loading = false;
};

} // namespace Workbench::Ui
