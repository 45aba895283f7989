// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "workspacelayers.h"

#include "curationcontroller.h"
#include "model/layerset.h"
#include "model/spanlayer.h"
#include "model/workspace.h"

namespace Workbench::Ui {

bool WorkspaceLayers::isAnnotator(const Core::SpanLayer *layer)
{
    return layer->kind() != Core::LayerKind::Gold && layer->kind() != Core::LayerKind::Aggregate
        && layer->name() != QLatin1String(CurationController::layerName);
}

QList<Core::AnnotatorLayer> WorkspaceLayers::annotators(const Core::Workspace &workspace)
{
    QList<Core::AnnotatorLayer> layers;
    for (const Core::SpanLayer *layer : workspace.layers().layers()) {
        if (isAnnotator(layer)) {
            // A document the layer's file lacks is a missing value, as the CLI reads the file.
            layers.append({layer->name(), layer->allSpans(), layer->uncoveredDocuments()});
        }
    }
    return layers;
}

namespace {

const Core::SpanLayer *firstGold(const Core::Workspace &workspace)
{
    for (const Core::SpanLayer *layer : workspace.layers().layers()) {
        if (layer->kind() == Core::LayerKind::Gold) {
            return layer;
        }
    }
    return nullptr;
}

} // namespace

std::optional<Core::DocumentSpans> WorkspaceLayers::gold(const Core::Workspace &workspace)
{
    const Core::SpanLayer *gold = firstGold(workspace);
    return gold ? std::optional(gold->allSpans()) : std::nullopt;
}

QSet<qsizetype> WorkspaceLayers::goldMissing(const Core::Workspace &workspace)
{
    const Core::SpanLayer *gold = firstGold(workspace);
    return gold ? gold->uncoveredDocuments() : QSet<qsizetype>{};
}

} // namespace Workbench::Ui
