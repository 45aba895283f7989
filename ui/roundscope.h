// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "metrics/annotatorlayer.h"
#include "metrics/corpusanalysis.h"
#include "pilot/pilotconfig.h"
#include "store/pilotsnapshot.h"

#include <QList>
#include <QMetaType>
#include <QSet>
#include <QStringList>

#include <optional>

namespace Workbench::Core {
class Workspace;
}

namespace Workbench::Ui {

/*! \brief What the window shows and measures: one pilot round, every layer, or the final labelling.
 *
 * A round is its annotators' layers (\c{round<N>/<annotator>}) over its batch, as the pilot
 * measured it; every layer is the window as it was before rounds were kept; the final labelling is
 * the corpus labelled by models outside the rounds (LLM layers of no round) over every document. Layers
 * outside the scope are neither shown nor compared; gold, aggregates and the curated layer are always shown.
 * A value: safe across threads. Usage: \c{for (const RoundScope &scope : RoundScope::available(*workspace))
 * ...}
 */
struct RoundScope
{
    enum class Kind {
        Round, //!< one round of the pilot: its layers over its batch
        All, //!< every annotator layer over every document
        Final, //!< the LLM layers outside the rounds (the final labelling), over every document
    };

    Kind kind = Kind::All;
    int round = -1; //!< Kind::Round only
    QStringList annotators; //!< the annotator layers compared, in the workspace's order
    QSet<QString> outside; //!< annotator layers neither shown nor compared
    std::optional<QList<qsizetype>> documents; //!< the round's batch, in corpus order; nothing: all
    //! Kind::Round: the round's annotators whose layers the project lacks (a project written
    //! before round layers were kept, or a layer deleted); its figures leave them out.
    QStringList missing;
    //! Kind::Round: the knobs of the run that measured it (nothing: a run the project no longer
    //! describes, measured with the defaults).
    std::optional<Core::PilotConfig::Knobs> knobs = std::nullopt;

    //! Whether layers are named by their annotator (in a round, where each has one layer).
    [[nodiscard]] bool namesByAnnotator() const { return kind == Kind::Round; }
    //! The scope's annotator layers as the metrics take them (uncovered documents missing).
    [[nodiscard]] QList<Core::AnnotatorLayer> layers(const Core::Workspace &workspace) const;
    /*! What the scope is measured with: a round as its pilot measured it (the run's cutoff,
     * percentiles and seed, PilotConfig::Knobs::analysisOptions), anything else with the defaults
     * of \c{diziner-cli agreement}; reliability always. Gold's missing documents are the caller's. */
    [[nodiscard]] Core::CorpusAnalysis::Options analysisOptions() const;

    /*! The scopes \a workspace offers: each round of the newest pilot run, in order, then every
     * layer, then the final labelling when the corpus was labelled. A round is offered when it
     * has layers or is among the rounds \a pilot keeps (its summaries: batch and annotators); an
     * annotator of a recorded round without a layer is \c missing. The rounds of \a pilot's run
     * carry its knobs. Without rounds: every layer alone. */
    [[nodiscard]] static QList<RoundScope> available(
        const Core::Workspace &workspace, const std::optional<Core::PilotSnapshot> &pilot = std::nullopt);
    //! Per document of a corpus of \a documents: the rounds among \a scopes whose batch held it,
    //! ascending (empty: none).
    [[nodiscard]] static QList<QList<int>> batchRounds(const QList<RoundScope> &scopes, qsizetype documents);
};

} // namespace Workbench::Ui

Q_DECLARE_METATYPE(Workbench::Ui::RoundScope)
