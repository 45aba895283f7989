// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "metrics/aggregator.h"
#include "metrics/corpusanalysis.h"
#include "projectopener.h"
#include "session/pilotsession.h"

#include <QMainWindow>

class QDockWidget;
class QMenu;
class QNetworkAccessManager;
class QPlainTextEdit;

namespace Workbench::Core {
class SecretStore;
class Workspace;
} // namespace Workbench::Core

namespace Workbench::Ui {

class AgreementPane;
class AggregateController;
class AnalysisController;
class CallLogPane;
class ConcordancePane;
class CorpusView;
class GuidelineHistoryPane;
class PilotController;
class ProjectAccess;
class ProposalReviewPane;
class RoundLayerRefresh;
class RoundLayerRepair;
class RoundSelector;
class RoundsChart;
class RunsPane;
struct RoundScope;

/*! \brief The workbench's main window: it arranges the corpus view and the panes around it and
 * passes what one of them finds to the others; the work is theirs and the core's.
 *
 * Loading runs on a worker thread; the window stays responsive and reports the result through
 * loadFinished(). Project files are opened only through its ProjectAccess, whose work the window
 * waits for before it closes. Usage: \c{MainWindow w; w.show(); w.openSample();}
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] Core::Workspace *workspace() const { return m_workspace; }
    //! The one way this window's panes open project files.
    [[nodiscard]] ProjectAccess *projectAccess() const { return m_access; }
    /*! Builds the aggregate \a name of \a layers off the UI thread, saves it in the project (as an
     * aggregate layer, replacing one of that name) and shows it; aggregateBuilt() reports. */
    void aggregateLayers(
        const QStringList &layers, const Core::Aggregator::Options &options, const QString &name);

public Q_SLOTS:
    //! Opens the project of the bundled WNUT-17 sample in the user's data directory (made the
    //! first time) in the background.
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
    void pilotStopped(Workbench::Core::PilotSession::Outcome outcome);
    //! Emitted when a curation edit was saved in the project; \a errorString is empty on success.
    void curationSaved(const QString &errorString);
    //! Emitted when an aggregate layer was built (and saved, with a project); \a errorString as above.
    void aggregateBuilt(const QString &errorString);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createPanes();
    void createDocks();
    void connectPanes();
    //! The round selector's choice to the views and the analysis, and evidence to the round.
    void connectRounds();
    void createFileMenu();
    void createGoMenu();
    void createLayersMenu();
    void createSettingsMenu();
    //! False, with a word why, while a load or a pilot run keeps another project from opening.
    [[nodiscard]] bool mayOpen();
    void adopt(const ProjectOpener::Opened &opened);
    //! Offers the rounds of the workspace and of the pilot's record in the selector.
    void offerRounds(const std::optional<Core::PilotSnapshot> &pilot);
    //! Rebuilds the round layers the project lacks, then opens it again.
    void rebuildRoundLayers();
    //! Shows \a scope and measures it off the UI thread; agreementReady() follows.
    void showScope(const RoundScope &scope);
    void showAnalysis(const Core::CorpusAnalysis::Result &result);
    void showMessage(const QString &text);
    void updateStatus();

    Core::Workspace *m_workspace = nullptr;
    Core::SecretStore *m_secrets = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    ProjectAccess *m_access = nullptr;
    ProjectOpener *m_opener = nullptr;
    AggregateController *m_aggregates = nullptr;
    AnalysisController *m_analysis = nullptr;
    RoundSelector *m_roundSelector = nullptr;
    RoundLayerRefresh *m_roundLayers = nullptr;
    RoundLayerRepair *m_repair = nullptr;
    QAction *m_rebuildAction = nullptr;
    CorpusView *m_corpus = nullptr;
    AgreementPane *m_agreement = nullptr;
    QPlainTextEdit *m_notice = nullptr;
    ProposalReviewPane *m_review = nullptr;
    GuidelineHistoryPane *m_history = nullptr;
    RunsPane *m_runs = nullptr;
    RoundsChart *m_rounds = nullptr;
    ConcordancePane *m_concordance = nullptr;
    CallLogPane *m_callLog = nullptr;
    PilotController *m_pilot = nullptr;
    QDockWidget *m_matrixDock = nullptr;
    QDockWidget *m_reviewDock = nullptr;
    QString m_projectPath; //!< empty until a project is open
    QString m_rebuildReport; //!< what the last rebuild did, for the notice once the project is open again
};

} // namespace Workbench::Ui
