// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "layerlabels.h"

#include "model/spanlayer.h"

namespace Workbench::Ui {

QString LayerLabels::name(const Core::SpanLayer &layer, const bool byAnnotator)
{
    const auto &origin = layer.provenance().pilot;
    return byAnnotator && origin && !origin->annotator.isEmpty() ? origin->annotator : layer.name();
}

QString LayerLabels::toolTip(const Core::SpanLayer &layer)
{
    const auto &origin = layer.provenance().pilot;
    if (!origin) {
        return layer.name();
    }
    QString tip = tr("%1: %2's labels of round %3, model %4 (endpoint %5), guideline version %6")
                      .arg(layer.name(), origin->annotator)
                      .arg(origin->round)
                      .arg(origin->model, origin->endpoint)
                      .arg(origin->guidelineVersion);
    if (!origin->failed.isEmpty()) {
        tip += u'\n'
            + tr("%n document(s) of the batch not labelled (a piece failed): missing, not \"no entities\"",
                nullptr, int(origin->failed.size()));
    }
    return tip;
}

} // namespace Workbench::Ui
