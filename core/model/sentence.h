// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "model/token.h"

#include <QList>
#include <QString>

namespace Workbench::Core {

/*! \brief A sentence: its range in the document text and its tokens.
 *
 * Offsets are UTF-16 code units into the document text, half-open. \c sourceLine is the
 * 1-based line of the sentence's first token in the file it was read from, 0 when unknown.
 */
struct Sentence
{
    int start = 0;
    int end = 0;
    QList<Token> tokens;
    QString id;
    int sourceLine = 0;

    friend bool operator==(const Sentence &, const Sentence &) = default;
};

} // namespace Workbench::Core
