// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QString>

namespace Workbench::Core {

//! A chunk decoded from a tag sequence: tokens [begin, end) of one sentence and a type.
struct TokenChunk
{
    int begin = 0;
    int end = 0;
    QString type;

    friend bool operator==(const TokenChunk &, const TokenChunk &) = default;
};

} // namespace Workbench::Core
