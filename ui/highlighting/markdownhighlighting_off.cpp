// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "markdownhighlighting.h"

namespace Workbench::Ui {

bool MarkdownHighlighting::isAvailable()
{
    return false;
}

void MarkdownHighlighting::attach(QPlainTextEdit * /*editor*/) { }

} // namespace Workbench::Ui
