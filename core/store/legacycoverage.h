// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "model/coverageorigin.h"
#include "model/provenance.h"

#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

#include <expected>

namespace Workbench::Core {

/*! \brief What can be known of the coverage of a layer written before projects kept it
 * (schema 7 and before), from what such a project did record.
 *
 * - A round's layer (Provenance::pilot): its batch without its failed documents.
 * - The pilot's final layer: every document but those its provenance names as not labelled
 *   ("pilot final labelling, guideline vN; not labelled (a piece failed): ID, ID").
 * - Anything else (an imported file, an aggregate, the curated layer): unknown. It is read as
 *   covering every document, as before, but marked CoverageOrigin::Assumed so that \c{project
 *   info} and the window say so instead of passing it off as known.
 * Usage: \c{auto coverage = LegacyCoverage::derive(layer.provenance, documentIds);}
 */
class LegacyCoverage
{
public:
    struct Coverage
    {
        QSet<qsizetype> uncovered; //!< corpus positions
        CoverageOrigin origin = CoverageOrigin::Assumed;
    };

    //! The coverage of a layer with \a provenance over a corpus whose documents have \a documentIds.
    [[nodiscard]] static Coverage derive(const Provenance &provenance, const QStringList &documentIds);
    /*! Derives and writes the coverage of every layer of \a database, a project migrated from
     * before schema 8 up to at least 10 (columns \c uncovered and \c coverage), in the caller's
     * transaction; the message says what failed. */
    [[nodiscard]] static std::expected<void, QString> apply(const QSqlDatabase &database);
    //! The external ids of \a database's documents in corpus order; empty when they cannot be read.
    [[nodiscard]] static QStringList documentIds(const QSqlDatabase &database);
};

} // namespace Workbench::Core
