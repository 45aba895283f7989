// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "lossreport.h"

#include <algorithm>
#include <utility>

namespace Workbench::Core {

void LossReport::add(Entry entry)
{
    m_entries.append(std::move(entry));
}

void LossReport::append(const LossReport &other)
{
    m_entries.append(other.m_entries);
}

qsizetype LossReport::count(const QString &reason) const
{
    return std::ranges::count_if(m_entries, [&reason](const Entry &e) { return e.reason == reason; });
}

} // namespace Workbench::Core
