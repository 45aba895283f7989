// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "dialogs/exportdialog.h"
#include "formats/conllreader.h"
#include "formats/corpusimporter.h"
#include "languagesettings.h"
#include "model/importedcorpus.h"
#include "model/workspace.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench;

class TestExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exports_andListsWhatTheFormatLost()
    {
        // "New York City": a city and, nested in it, a state: CoNLL keeps one of the two.
        const QString text = u"New York City is big"_s;
        Core::Document document(u"d1"_s, text,
            {Core::Sentence{0, int(text.size()), {{0, 3}, {4, 8}, {9, 13}, {14, 16}, {17, 20}}, {}, 1}});
        Core::ImportedCorpus corpus;
        corpus.documents = {document};
        corpus.layers = {Core::ImportedLayer{.name = u"curated"_s,
            .kind = Core::LayerKind::Human,
            .provenance = {},
            .spans = {{Core::Span{0, 13, u"LOC"_s}, Core::Span{0, 8, u"LOC"_s}}},
            .loss = {},
            .unalignedTokens = 0,
            .substitutedTokens = 0}};
        Core::Workspace workspace;
        workspace.adopt(corpus);
        QTemporaryDir dir;

        Ui::ExportDialog dialog(&workspace);
        QSignalSpy finished(&dialog, &Ui::ExportDialog::finished);
        auto *format = dialog.findChild<QComboBox *>(u"exportFormat"_s);
        // CoNLL, BIOES: one span kept, the nested one listed.
        format->setCurrentIndex(format->findText(u"conll"_s));
        auto *scheme = dialog.findChild<QComboBox *>(u"exportScheme"_s);
        scheme->setCurrentIndex(scheme->findText(u"BIOES"_s));
        dialog.exportTo(dir.filePath(u"out.conll"_s));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(2).toString(), QString());
        auto *loss = dialog.findChild<QTableWidget *>(u"exportLoss"_s);
        QCOMPARE(loss->rowCount(), 1);
        QCOMPARE(loss->item(0, 0)->text(), u"overlap-dropped"_s);
        QCOMPARE(loss->item(0, 1)->text(), u"d1"_s);
        QVERIFY(dialog.findChild<QLabel *>(u"exportResult"_s)->text().contains(u"listed below"_s));
        const auto read = Core::ConllReader::readFile(dir.filePath(u"out.conll"_s), {});
        QVERIFY(read.has_value());
        QCOMPARE(read->spans.first().size(), 1);
        QCOMPARE(read->scheme, Core::TagScheme::Bioes);

        // doccano keeps both, and says nothing was lost.
        finished.clear();
        format->setCurrentIndex(format->findText(u"doccano"_s));
        QVERIFY(!scheme->isEnabled());
        dialog.exportTo(dir.filePath(u"out.jsonl"_s));
        QVERIFY(finished.wait(20000));
        QCOMPARE(loss->rowCount(), 0);
        QVERIFY(dialog.findChild<QLabel *>(u"exportResult"_s)->text().contains(u"nothing was lost"_s));
        QFile jsonl(dir.filePath(u"out.jsonl"_s));
        QVERIFY(jsonl.open(QIODevice::ReadOnly));
        QCOMPARE(jsonl.readAll().count("LOC"), 2);

        // A place that cannot be written: the error, not a silent success.
        finished.clear();
        dialog.exportTo(dir.filePath(u"out.jsonl/inside"_s));
        QVERIFY(finished.wait(20000));
        QVERIFY(!finished.first().at(2).toString().isEmpty());
        QVERIFY(dialog.findChild<QLabel *>(u"exportResult"_s)->text().startsWith(u"Not written"_s));
    }

    void export_ofAPartialLayer_leavesOutWhatItLacks_andReimportsSo()
    {
        // Three documents; the layer's file lacked the second. Written out, it would come back
        // covering it, as a document without entities.
        const QStringList texts{u"Anna lives in Berlin now"_s, u"Pierre flew to Lyon today"_s,
            u"Maria works for Siemens there"_s};
        Core::ImportedCorpus corpus;
        Core::DocumentSpans spans;
        for (qsizetype d = 0; d < texts.size(); ++d) {
            const QString &text = texts.at(d);
            QList<Core::Token> tokens;
            qsizetype start = 0;
            for (const QString &word : text.split(u' ')) {
                tokens.append({int(start), int(start + word.size())});
                start += word.size() + 1;
            }
            corpus.documents.append(Core::Document(
                u"d%1"_s.arg(d + 1), text, {Core::Sentence{0, int(text.size()), tokens, {}, 1}}));
            spans.append({Core::Span{0, tokens.first().end, u"PER"_s}});
        }
        spans[1].clear();
        corpus.layers = {Core::ImportedLayer{.name = u"partial"_s,
            .kind = Core::LayerKind::System,
            .provenance = {},
            .spans = spans,
            .loss = {},
            .unalignedTokens = 0,
            .substitutedTokens = 0,
            .uncoveredDocuments = {1}}};
        Core::Workspace workspace;
        workspace.adopt(corpus);
        QTemporaryDir dir;

        QTranslator plurals;
        QVERIFY(plurals.load(Ui::LanguageSettings::englishPlurals()));
        QVERIFY(QCoreApplication::installTranslator(&plurals));
        Ui::ExportDialog dialog(&workspace);
        QSignalSpy finished(&dialog, &Ui::ExportDialog::finished);
        auto *format = dialog.findChild<QComboBox *>(u"exportFormat"_s);
        format->setCurrentIndex(format->findText(u"conll"_s));
        const QString path = dir.filePath(u"partial.conll"_s);
        dialog.exportTo(path);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(2).toString(), QString());
        // In English, counted properly: the window installs the English plural forms.
        QVERIFY2(dialog.findChild<QLabel *>(u"exportResult"_s)
                     ->text()
                     .contains(u"1 document the layer does not cover was left out"_s),
            qPrintable(dialog.findChild<QLabel *>(u"exportResult"_s)->text()));
        const auto read = Core::ConllReader::readFile(path, {});
        QVERIFY(read.has_value());
        QCOMPARE(read->documents.size(), 2);

        const auto again = Core::CorpusImporter::importOnto(corpus.documents, {path}, {});
        QVERIFY2(again.has_value(), again ? "" : qPrintable(again.error().toString()));
        QCOMPARE(again->uncoveredDocuments, QSet<qsizetype>{1});
        QCOMPARE(again->spans, spans);
        QCoreApplication::removeTranslator(&plurals);
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
