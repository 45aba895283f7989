// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QJsonObject>
#include <QString>

namespace Workbench::Core {

/*! \brief A piece of a document an annotator could not label: its call failed for good, or its
 * reply could not be read even when asked again. Kept with the raw reply, so a person can see
 * why, and with where the piece begins, so exactly that piece can be sent again. */
struct FailedItem
{
    //! How a round's loss report names a piece not labelled (LossReport::Entry::reason).
    static constexpr const char *lossReason = "piece-failed";

    QString annotator;
    QString document; //!< the document's id
    int chunkStart = 0; //!< where the piece begins in the document's text (0: the whole document)
    QString error;
    QString raw; //!< the reply as it came, or the error body

    //! Names one piece of one document for one annotator: equal keys, the same piece.
    [[nodiscard]] static QString key(const QString &annotator, const QString &document, int chunkStart);
    [[nodiscard]] QString key() const { return key(annotator, document, chunkStart); }
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static FailedItem fromJson(const QJsonObject &json);
};

} // namespace Workbench::Core
