// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "layerlabels.h"

#include "model/spanlayer.h"
#include "pilot/mentionaligner.h"

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
    // What the model named that the text could not take as it was (the runs pane lists them).
    const Core::LossReport &loss = layer.lossReport();
    if (const qsizetype notFound = loss.count(QString::fromLatin1(Core::MentionAligner::notFoundReason))) {
        tip += u'\n' + tr("%n mention(s) not in the text: left out", nullptr, int(notFound));
    }
    if (const qsizetype guessed = loss.count(QString::fromLatin1(Core::MentionAligner::ambiguousReason))) {
        tip += u'\n' + tr("%n mention(s) fitting several places: one taken, a guess", nullptr, int(guessed));
    }
    if (const qsizetype widened = loss.count(QString::fromLatin1(Core::MentionAligner::snappedReason))) {
        tip += u'\n' + tr("%n mention(s) widened to whole tokens", nullptr, int(widened));
    }
    return tip;
}

} // namespace Workbench::Ui
