// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

class QPlainTextEdit;

namespace Workbench::Ui {

/*! \brief The one place that knows whether KSyntaxHighlighting is built in.
 *
 * Two implementations share this header: markdownhighlighting_ksh.cpp (a Qt 6 build of
 * KSyntaxHighlighting was found) and markdownhighlighting_off.cpp (plain text). Both are
 * compiled and tested in every build, so the "off" variant cannot rot.
 * Usage: \c{MarkdownHighlighting::attach(editor);}
 */
class MarkdownHighlighting
{
public:
    [[nodiscard]] static bool isAvailable();
    //! Highlights \a editor's document as Markdown in a theme matching the editor's palette;
    //! does nothing when highlighting is off.
    static void attach(QPlainTextEdit *editor);
};

} // namespace Workbench::Ui
