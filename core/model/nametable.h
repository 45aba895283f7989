// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QString>

#include <array>
#include <optional>
#include <utility>

namespace Workbench::Core {

/*! \brief The stable names of an enum's values, for files, JSON and the command line.
 *
 * Usage: \c{constexpr NameTable<Kind, 2> names{{{{Kind::A, "a"}, {Kind::B, "b"}}}}; names.name(Kind::A);}
 */
template<typename Enum, std::size_t Count>
struct NameTable
{
    std::array<std::pair<Enum, const char *>, Count> entries;

    //! The name of \a value; empty for a value the table lacks.
    [[nodiscard]] QString name(const Enum value) const
    {
        for (const auto &[entry, text] : entries) {
            if (entry == value) {
                return QString::fromLatin1(text);
            }
        }
        return {};
    }

    //! The value named \a name, or nothing.
    [[nodiscard]] std::optional<Enum> value(
        const QString &name, const Qt::CaseSensitivity cs = Qt::CaseInsensitive) const
    {
        for (const auto &[entry, text] : entries) {
            if (name.compare(QLatin1String(text), cs) == 0) {
                return entry;
            }
        }
        return std::nullopt;
    }
};

} // namespace Workbench::Core
