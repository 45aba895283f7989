// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "metrics/annotatorlayer.h"

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

    //! Whether layers are named by their annotator (in a round, where each has one layer).
    [[nodiscard]] bool namesByAnnotator() const { return kind == Kind::Round; }
    //! The scope's annotator layers as the metrics take them (uncovered documents missing).
    [[nodiscard]] QList<Core::AnnotatorLayer> layers(const Core::Workspace &workspace) const;

    /*! The scopes \a workspace offers: each round of the newest pilot run that has layers, in
     * order, then every layer, then the final labelling when the corpus was labelled. Without
     * round layers: every layer alone. */
    [[nodiscard]] static QList<RoundScope> available(const Core::Workspace &workspace);
    //! Per document of the corpus: the rounds whose batch held it, ascending (empty: none).
    [[nodiscard]] static QList<QList<int>> batchRounds(const Core::Workspace &workspace);
};

} // namespace Workbench::Ui

Q_DECLARE_METATYPE(Workbench::Ui::RoundScope)
