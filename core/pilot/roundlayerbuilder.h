// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "model/importedlayer.h"
#include "pilot/roundsummary.h"

#include <QList>
#include <QString>

namespace Workbench::Core {

class PilotRun;

/*! \brief Each annotator's labels of one pilot round as a layer of kind llm, for the project.
 *
 * Made from what the run holds once the round is annotated, the same data the round's files
 * (PilotOutput::writeRound) are written from: its spans, its mention loss, its failed pieces. A
 * layer spans the whole pool but speaks only for its batch; a document with a failed piece holds
 * no spans and is named in the provenance's PilotOrigin::failed and in the loss report (reason
 * FailedItem::lossReason), so that it reads as missing, never as "no entities".
 * Usage: \c{const auto layers = RoundLayerBuilder::build(run, summary, runId);}
 */
class RoundLayerBuilder
{
public:
    RoundLayerBuilder() = delete;

    //! The layer of \a annotator's labels of round \a round: "round0/gemma-3-12b".
    [[nodiscard]] static QString layerName(int round, const QString &annotator);
    //! Whether \a name is of a round layer's form ("round<N>/..."): reserved for the pilot's
    //! layers, so that no other layer is ever taken for one, or replaced by one.
    [[nodiscard]] static bool isRoundLayerName(const QString &name);
    /*! One layer per annotator \a run annotated in the round of \a summary, in the configuration's
     * order. The failed pieces are \a summary's (what the round's analysis left out). */
    [[nodiscard]] static QList<ImportedLayer> build(
        const PilotRun &run, const RoundSummary &summary, qint64 runId);
};

} // namespace Workbench::Core
