// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "llm/llmcallrecord.h"
#include "store/pilotsnapshot.h"

#include <QString>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTableView;

namespace Workbench::Ui {

class AnnotatorTotals;
class CallLogModel;
class FailedPieces;
class ProjectAccess;
class RoundReportsView;

/*! \brief A finished pilot round as the project keeps it, however it was run (from the command
 * line or the workbench, in this session or before): its annotators' calls, tokens, cost,
 * failed and snapped pieces; the pieces that failed with their raw replies; the round's calls
 * with their requests and responses; and the reports its analysis wrote.
 *
 * The summary comes from the pilot's snapshot; the calls and reports are read from the project
 * off the UI thread (ProjectAccess), then loaded() says the round is shown whole.
 * Usage: \c{record->setPilot(path, snapshot); record->showRound(0);}
 */
class RoundRecord final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoundRecord)

public:
    explicit RoundRecord(ProjectAccess *access, QWidget *parent = nullptr);
    ~RoundRecord() override;

    //! The rounds of \a pilot (kept in the project at \a projectPath), the last one shown.
    void setPilot(const QString &projectPath, const std::optional<Core::PilotSnapshot> &pilot);
    //! Shows round \a round (a number, not an index) when the pilot has it.
    void showRound(int round);
    //! The round shown; nothing when the pilot has no round.
    [[nodiscard]] std::optional<int> shownRound() const;

Q_SIGNALS:
    //! Round \a round's calls and reports were read from the project and are shown.
    void loaded(int round);

private:
    void arrange();
    //! Shows the round at \a index of the snapshot's rounds, then reads the rest from the project.
    void showIndex(int index);
    //! Lists \a calls, the one selected before still selected.
    void showCalls(const QList<Core::LlmCallRecord> &calls);
    //! \a calls: how many the project kept for the round; -1: not read yet.
    void showCaption(const Core::RoundSummary &round, qsizetype calls);

    ProjectAccess *m_access = nullptr;
    QString m_projectPath;
    std::optional<Core::PilotSnapshot> m_pilot;
    int m_generation = 0; //!< of the round shown: a read that comes back for another is dropped
    std::optional<int> m_loaded; //!< the round whose calls and reports are shown

    QComboBox *m_round = nullptr;
    QLabel *m_caption = nullptr;
    QTabWidget *m_tabs = nullptr;
    AnnotatorTotals *m_annotators = nullptr;
    FailedPieces *m_failures = nullptr;
    CallLogModel *m_callLog = nullptr;
    QTableView *m_calls = nullptr;
    QPlainTextEdit *m_detail = nullptr;
    RoundReportsView *m_reports = nullptr;
};

} // namespace Workbench::Ui
