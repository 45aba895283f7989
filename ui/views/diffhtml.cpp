// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "diffhtml.h"

#include "pilot/worddiff.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

QString DiffHtml::words(const QString &before, const QString &after)
{
    QStringList parts;
    for (const Core::WordDiff::Piece &piece : Core::WordDiff::compare(before, after)) {
        const QString text = piece.words.join(u' ').toHtmlEscaped();
        switch (piece.op) {
        case Core::WordDiff::Piece::Op::Same:
            parts.append(text);
            break;
        case Core::WordDiff::Piece::Op::Removed:
            parts.append(u"<s style=\"color:#a3301f\">%1</s>"_s.arg(text));
            break;
        case Core::WordDiff::Piece::Op::Added:
            parts.append(u"<u style=\"color:#1f5fa3\">%1</u>"_s.arg(text));
            break;
        }
    }
    return parts.join(u' ');
}

} // namespace Workbench::Ui
