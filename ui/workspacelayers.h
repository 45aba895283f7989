// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "metrics/annotatorlayer.h"

#include <QList>

#include <optional>

namespace Workbench::Core {
class SpanLayer;
class Workspace;
} // namespace Workbench::Core

namespace Workbench::Ui {

/*! \brief Which of a workspace's layers the window compares, as values a worker thread may take.
 *
 * The annotators are the layers compared with one another: never gold, an aggregate of them, or
 * the curated result. Usage: \c{auto layers = WorkspaceLayers::annotators(*workspace);}
 */
class WorkspaceLayers
{
public:
    WorkspaceLayers() = delete;

    [[nodiscard]] static bool isAnnotator(const Core::SpanLayer *layer);
    //! The annotator layers' spans, in the workspace's order, each with the documents it does not
    //! cover as missing.
    [[nodiscard]] static QList<Core::AnnotatorLayer> annotators(const Core::Workspace &workspace);
    //! The first gold layer's spans; nothing without gold.
    [[nodiscard]] static std::optional<Core::DocumentSpans> gold(const Core::Workspace &workspace);
    //! The documents that gold layer does not cover: missing to gold F1, not "no entities"
    //! (AgreementAnalysis::Options::goldMissing); empty without gold.
    [[nodiscard]] static QSet<qsizetype> goldMissing(const Core::Workspace &workspace);
};

} // namespace Workbench::Ui
