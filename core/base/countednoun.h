// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QString>

namespace Workbench::Core {

/*! \brief A count with its English noun in the right number: "1 document", "2 documents".
 *
 * For the text nobody translates: the CLI's output and the Markdown reports. (Translated text
 * counts with tr("%n document(s)", nullptr, n) and the catalogues' plural forms.)
 * Usage: \c{CountedNoun::of(documents, u"document"_s)}
 */
class CountedNoun
{
public:
    CountedNoun() = delete;

    //! \a count and \a singular, or \a plural (\a singular with an "s" when empty) unless it is one.
    [[nodiscard]] static QString of(qint64 count, const QString &singular, const QString &plural = {});
};

} // namespace Workbench::Core
