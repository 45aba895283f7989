// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>

namespace Workbench::Core {

/*! \brief What an import or export could not carry over, item by item.
 *
 * Usage: a reader or writer appends one entry per lost or altered annotation; the caller shows
 * the report to the user and keeps it with the layer. An empty report means nothing was lost.
 */
class LossReport
{
public:
    struct Entry
    {
        QString reason; //!< a short stable key, e.g. "overlap-dropped"
        QString documentId; //!< the document concerned, empty when not tied to one
        int line = 0; //!< 1-based line in the file concerned, 0 when not tied to one
        QString detail; //!< human-readable detail (span text, types)

        friend bool operator==(const Entry &, const Entry &) = default;
    };

    void add(Entry entry);
    void append(const LossReport &other);

    [[nodiscard]] bool isEmpty() const { return m_entries.isEmpty(); }
    [[nodiscard]] qsizetype size() const { return m_entries.size(); }
    [[nodiscard]] const QList<Entry> &entries() const { return m_entries; }
    //! How many entries have \a reason.
    [[nodiscard]] qsizetype count(const QString &reason) const;

    [[nodiscard]] QJsonArray toJson() const;
    [[nodiscard]] static LossReport fromJson(const QJsonArray &array);

    friend bool operator==(const LossReport &, const LossReport &) = default;

private:
    QList<Entry> m_entries;
};

} // namespace Workbench::Core
