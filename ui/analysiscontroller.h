// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "metrics/corpusanalysis.h"
#include "roundscope.h"

#include <QObject>
#include <QPointer>

namespace Workbench::Core {
class Workspace;
}

namespace Workbench::Ui {

/*! \brief Runs the corpus analysis the window shows (agreement, disagreement, reliability, per
 * document figures) over a scope's layers and documents, off the UI thread.
 *
 * A round is measured over its batch alone, as the pilot measured it; gold, when the workspace
 * has it, is scored over the same documents. Only the newest request's result is delivered: a
 * scope chosen while another is computed replaces it. Usage: \c{controller->analyse(scope);}
 */
class AnalysisController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalysisController)

public:
    explicit AnalysisController(Core::Workspace *workspace, QObject *parent = nullptr);
    ~AnalysisController() override;

    void analyse(const RoundScope &scope);

Q_SIGNALS:
    //! The analysis of the scope asked for last; its per-document figures are indexed by corpus.
    void analysed(const Workbench::Core::CorpusAnalysis::Result &result);

private:
    QPointer<Core::Workspace> m_workspace;
    quint64 m_request = 0; //!< the newest request: older results are dropped
};

} // namespace Workbench::Ui
