// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
// Built twice: against the KSyntaxHighlighting adapter and against the "off" adapter.
#include "highlighting/markdownhighlighting.h"

#include <QPlainTextEdit>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Ui;

class TestMarkdownHighlighting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void attach_formatsOnlyWhenAvailable()
    {
        QCOMPARE(MarkdownHighlighting::isAvailable(), bool(EXPECT_HIGHLIGHTING));
        QPlainTextEdit editor;
        editor.setPlainText(u"# Guideline\n\nTag **persons** only.\n"_s);
        MarkdownHighlighting::attach(&editor);
        MarkdownHighlighting::attach(nullptr); // harmless
        const QTextBlock heading = editor.document()->firstBlock();
        QCOMPARE(!heading.layout()->formats().isEmpty(), bool(EXPECT_HIGHLIGHTING));
        QCOMPARE(editor.toPlainText(), u"# Guideline\n\nTag **persons** only.\n"_s);
    }
};

QTEST_MAIN(TestMarkdownHighlighting)
#include "tst_markdownhighlighting.moc"
