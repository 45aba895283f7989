// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "analysiscontroller.h"

#include "background.h"
#include "model/workspace.h"
#include "workspacelayers.h"

namespace Workbench::Ui {

AnalysisController::AnalysisController(Core::Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
}

AnalysisController::~AnalysisController() = default;

void AnalysisController::analyse(const RoundScope &scope)
{
    if (!m_workspace) {
        return;
    }
    const quint64 request = ++m_request;
    // Values only cross to the worker: the documents and the scope's layers (gold is scored, not compared).
    Background::run(
        this,
        [documents = m_workspace->corpus().documents(), layers = scope.layers(*m_workspace),
            gold = WorkspaceLayers::gold(*m_workspace),
            goldMissing = WorkspaceLayers::goldMissing(*m_workspace), part = scope.documents,
            options = scope.analysisOptions()]() mutable {
            // A round as its pilot measured it, else diziner-cli agreement's defaults: the same
            // figures, elite, hotspots and intervals; gold scores only what it covers.
            options.agreement.goldMissing = goldMissing;
            Core::CorpusAnalysis::Result result = part
                ? Core::CorpusAnalysis::runOnPart(documents, *part, layers, gold, options)
                : Core::CorpusAnalysis::run(Core::TokenGrid(documents), layers, gold, options);
            // The panes show its hotspot classes only: the per-token measures of a large corpus
            // are freed here, not on the UI thread.
            result.disagreement.reset();
            return result;
        },
        [this, request](const Core::CorpusAnalysis::Result &result) {
            if (request == m_request) {
                Q_EMIT analysed(result);
            }
        });
}

} // namespace Workbench::Ui
