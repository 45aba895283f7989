// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "markdownhighlighting.h"

#include <QPalette>
#include <QPlainTextEdit>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

namespace {

// One repository for the whole application (style.md rule 20): loading it parses every definition.
KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository instance;
    return instance;
}

} // namespace

bool MarkdownHighlighting::isAvailable()
{
    return true;
}

void MarkdownHighlighting::attach(QPlainTextEdit *editor)
{
    if (editor == nullptr) {
        return;
    }
    const bool dark = editor->palette().color(QPalette::Base).lightness() < 128;
    const auto theme = repository().defaultTheme(
        dark ? KSyntaxHighlighting::Repository::DarkTheme : KSyntaxHighlighting::Repository::LightTheme);
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(editor->document());
    highlighter->setTheme(theme);
    highlighter->setDefinition(repository().definitionForFileName(u"guideline.md"_s));
    highlighter->rehighlight();
}

} // namespace Workbench::Ui
