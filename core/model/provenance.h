// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "model/pilotorigin.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Workbench::Core {

/*! \brief Where a span layer came from: the file or model that made it and when.
 *
 * Empty fields mean "not known". Never holds credentials. A layer a pilot round made also says
 * which round, annotator and run (pilot); layers written before it was kept have none.
 */
struct Provenance
{
    QString source; //!< file path, or endpoint and model for an LLM layer
    QString tool; //!< the format reader or program that produced the layer
    QString tagScheme; //!< the tag encoding the source used (iob1, iob2, bioes), if any
    QDateTime created;
    std::optional<PilotOrigin> pilot = {}; //!< only for an annotator's labels of a pilot round

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Provenance fromJson(const QJsonObject &object);

    friend bool operator==(const Provenance &, const Provenance &) = default;
};

} // namespace Workbench::Core
