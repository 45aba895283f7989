// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "metrics/annotatorlayer.h"
#include "model/importedcorpus.h"
#include "verbparser.h"

#include <optional>

namespace Workbench::Cli {

/*! \brief The layer files of agreement, aggregate and report: options, reading, loss reports.
 *
 * addOptions() adds FILE... and \c --from, \c --tag-col (and \c --gold) to a verb; load() reads
 * the files (the first defines the tokens, the others are aligned to it), prints warnings and
 * loss reports to stderr, and splits the annotators from the gold. Returns nothing after
 * printing the error, with the exit code set.
 */
class LayerLoading
{
public:
    struct Layers
    {
        QList<Core::Document> documents;
        QList<Core::AnnotatorLayer> annotators;
        QList<qsizetype> unalignedTokens; //!< per annotator
        std::optional<Core::DocumentSpans> gold;
        QSet<qsizetype> goldMissing = {}; //!< the documents the gold file lacks
    };

    static void addOptions(VerbParser &verb, bool withGold);
    [[nodiscard]] static std::optional<Layers> load(const VerbParser &verb, bool withGold, int &exitCode);
};

} // namespace Workbench::Cli
