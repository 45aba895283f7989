// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "base/lossreport.h"
#include "model/coverageorigin.h"
#include "model/layerkind.h"
#include "model/provenance.h"
#include "model/span.h"

#include <QSet>
#include <QString>

namespace Workbench::Core {

//! A span layer as a reader produced it, before it joins a workspace (a value: safe across threads).
struct ImportedLayer
{
    QString name;
    LayerKind kind = LayerKind::System;
    Provenance provenance;
    DocumentSpans spans;
    LossReport loss;
    qsizetype unalignedTokens = 0; //!< tokens of the file without a partner in the corpus
    qsizetype substitutedTokens = 0; //!< tokens aligned to a corpus token spelt differently
    //! Corpus documents the file does not cover (no token of it aligned there).
    QSet<qsizetype> uncoveredDocuments = {};
    //! How \c uncoveredDocuments is known: recorded, except for layers of projects older than that.
    CoverageOrigin coverage = CoverageOrigin::Recorded;
};

} // namespace Workbench::Core
