// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
// A linguist's own files into the workbench, as the dialogs take them: a new project from a
// corpus and annotation files, a layer into an open project, and the sample as a project that
// keeps what is curated in it. Every file is real WNUT-17 data, some of it cut or broken here.
#include "dialogs/importlayerdialog.h"
#include "dialogs/layerfilelist.h"
#include "dialogs/newprojectfromfilesdialog.h"
#include "languagesettings.h"
#include "mainwindow.h"
#include "model/layerset.h"
#include "model/spanlayer.h"
#include "model/workspace.h"
#include "projectaccess.h"
#include "projectopener.h"
#include "store/corpusrepository.h"
#include "store/layerrepository.h"
#include "store/projectimporter.h"
#include "store/projectstore.h"
#include "windowfixture.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextEdit>
#include <QThreadPool>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench;

namespace {

const QString wnut = QStringLiteral(WORKBENCH_SHARED_DATA) + u"/wnut17/"_s;

// \a source with its 1-based line \a number replaced by \a replacement (removed when null).
bool writeEdited(
    const QString &source, const QString &target, const int number, const QByteArray &replacement)
{
    QFile in(source);
    QFile out(target);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly)) {
        return false;
    }
    QList<QByteArray> lines = in.readAll().split('\n');
    if (number < 1 || number > lines.size()) {
        return false;
    }
    if (replacement.isNull()) {
        lines.removeAt(number - 1);
    } else {
        lines[number - 1] = replacement;
    }
    return out.write(lines.join('\n')) > 0;
}

// arcada's output without line 138, "Rescue I-group" inside "Avalanche Rescue Teams": the
// file's group spans two tokens that are not neighbours in the corpus.
bool writeArcadaCut(const QString &target)
{
    return writeEdited(wnut + u"submissions/arcada"_s, target, 138, QByteArray());
}

// Adds \a path to \a list and waits until it is read; its error, or empty.
QString addAndRead(Ui::LayerFileList *list, const QString &path)
{
    QSignalSpy read(list, &Ui::LayerFileList::fileRead);
    list->addFile(path);
    if (!read.wait(60000)) {
        return u"not read in time"_s;
    }
    return read.first().at(1).toString();
}

QStringList layerNames(const QString &project)
{
    auto store = Core::ProjectStore::open(project, Core::ProjectStore::Access::ReadOnly);
    if (!store) {
        return {u"not opened: "_s + store.error().message};
    }
    const auto layers = Core::LayerRepository(**store).list();
    QStringList names;
    for (const auto &layer : *layers) {
        names.append(layer.name);
    }
    return names;
}

void removeSample()
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u".lock"_s}) {
        QFile::remove(Ui::ProjectOpener::samplePath() + suffix);
    }
}

} // namespace

class TestProjectFromFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        removeSample();
        // As the window runs in English (LanguageSettings::install): "786 spans", not "span(s)".
        QVERIFY(m_plurals.load(Ui::LanguageSettings::englishPlurals()));
        QVERIFY(QCoreApplication::installTranslator(&m_plurals));
    }

    void cleanupTestCase() { removeSample(); }

    void newProject_aFileThatFailsToParse_leavesNoProjectFile()
    {
        QTemporaryDir dir;
        // The gold with one tag no scheme has, on line 100.
        const QString broken = dir.filePath(u"broken.conll"_s);
        QVERIFY(writeEdited(wnut + u"emerging.test.annotated"_s, broken, 100, "Sonmarg\tLOCATION\r"));
        const QString project = dir.filePath(u"new.dzn"_s);
        Ui::ProjectAccess access;
        Ui::NewProjectFromFilesDialog dialog(&access);
        dialog.show();
        auto *create = dialog.findChild<QPushButton *>(u"createProjectButton"_s);
        auto *problem = dialog.findChild<QLabel *>(u"newProjectProblem"_s);
        dialog.findChild<QLineEdit *>(u"newProjectPath"_s)->setText(project);

        QCOMPARE(addAndRead(dialog.files(), wnut + u"emerging.test.annotated"_s), QString());
        const QString error = addAndRead(dialog.files(), broken);
        QVERIFY2(error.startsWith(broken + u":100: error: "_s), qPrintable(error));
        // The error in its row and in the report below; Create refused, saying why.
        auto *files = dialog.findChild<QTableWidget *>(u"layerFiles"_s);
        QCOMPARE(files->item(1, 3)->text(), error);
        QVERIFY(dialog.findChild<QLabel *>(u"lossSummary"_s)->text().contains(error));
        QVERIFY(!create->isEnabled());
        QVERIFY2(
            problem->text().startsWith(u"broken.conll could not be read"_s), qPrintable(problem->text()));
        QSignalSpy finished(&dialog, &Ui::NewProjectFromFilesDialog::finished);
        QTest::mouseClick(create, Qt::LeftButton);
        dialog.create(); // asked directly too: refused all the same, nothing started
        QVERIFY(!access.isBusy());
        QCoreApplication::processEvents();
        QCOMPARE(finished.count(), 0);
        QVERIFY(!QFile::exists(project));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), (QStringList{u"broken.conll"_s}));

        // Without the broken file the project is written, with the corpus's layer alone.
        files->selectRow(1);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"removeLayerFile"_s), Qt::LeftButton);
        QVERIFY(create->isEnabled());
        QTest::mouseClick(create, Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(1).toString(), QString());
        QCOMPARE(layerNames(project), (QStringList{u"emerging.test.annotated"_s}));
    }

    void newProject_showsWhatALayerLoses_beforeWriting()
    {
        QTemporaryDir dir;
        const QString cut = dir.filePath(u"arcada"_s);
        QVERIFY(writeArcadaCut(cut));
        Ui::ProjectAccess access;
        Ui::NewProjectFromFilesDialog dialog(&access);
        QSignalSpy created(&dialog, &Ui::NewProjectFromFilesDialog::created);
        dialog.show();
        QCOMPARE(addAndRead(dialog.files(), wnut + u"emerging.test.annotated"_s), QString());
        QCOMPARE(addAndRead(dialog.files(), cut), QString());

        // What the core says the file loses, aligned to the gold's tokens ...
        const auto gold = Core::ProjectImporter::read({}, {wnut + u"emerging.test.annotated"_s}, {});
        QVERIFY(gold.has_value());
        const auto expected = Core::ProjectImporter::read(gold->documents, {cut}, {});
        QVERIFY(expected.has_value());
        const Core::LossReport &loss = expected->layer.loss;
        QVERIFY(!loss.isEmpty());
        QVERIFY(loss.entries().first().detail.contains(u"Avalanche"_s));

        // ... listed entry by entry when its row is chosen, before anything is written.
        auto *files = dialog.findChild<QTableWidget *>(u"layerFiles"_s);
        files->selectRow(1);
        const QString summary = dialog.findChild<QLabel *>(u"lossSummary"_s)->text();
        QVERIFY2(
            summary.contains(u"%1 spans aligned to the corpus"_s.arg(Core::spanCount(expected->layer.spans))),
            qPrintable(summary));
        QVERIFY2(summary.contains(u"could not be aligned"_s), qPrintable(summary));
        auto *entries = dialog.findChild<QTableWidget *>(u"lossEntries"_s);
        QCOMPARE(entries->rowCount(), int(loss.size()));
        for (int row = 0; row < entries->rowCount(); ++row) {
            const Core::LossReport::Entry &entry = loss.entries().at(row);
            QCOMPARE(entries->item(row, 0)->toolTip(), entry.reason);
            QCOMPARE(entries->item(row, 1)->text(), entry.documentId);
            QCOMPARE(entries->item(row, 3)->text(), entry.detail);
        }
        QVERIFY(files->item(1, 3)->text().contains(u"not"_s));
        QVERIFY(!QFile::exists(dir.filePath(u"wnut.dzn"_s)));

        // Named and kinded as chosen, the project holds both layers, the loss kept with arcada's.
        files->item(0, 0)->setText(u"gold"_s);
        qobject_cast<QComboBox *>(files->cellWidget(0, 1))->setCurrentIndex(2);
        dialog.findChild<QLineEdit *>(u"newProjectPath"_s)->setText(dir.filePath(u"wnut.dzn"_s));
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"createProjectButton"_s), Qt::LeftButton);
        QVERIFY(created.wait(60000));
        auto store =
            Core::ProjectStore::open(dir.filePath(u"wnut.dzn"_s), Core::ProjectStore::Access::ReadOnly);
        QVERIFY(store.has_value());
        QCOMPARE(Core::CorpusRepository(**store).counts().documents, 1287);
        const auto layers = Core::LayerRepository(**store).list();
        QCOMPARE(layers->size(), 2);
        QCOMPARE(layers->at(0).name, u"gold"_s);
        QCOMPARE(layers->at(0).kind, Core::LayerKind::Gold);
        QCOMPARE(layers->at(1).name, u"arcada"_s);
        QCOMPARE(layers->at(1).kind, Core::LayerKind::System);
        QCOMPARE(layers->at(1).loss, loss);
        QCOMPARE(layers->at(1).spanCount, Core::spanCount(expected->layer.spans));
    }

    void newProject_stopReading_dropsTheFilesNotReadYet()
    {
        QTemporaryDir dir;
        const QString cut = dir.filePath(u"arcada"_s);
        QVERIFY(writeArcadaCut(cut));
        Ui::ProjectAccess access;
        Ui::NewProjectFromFilesDialog dialog(&access);
        dialog.show();
        Ui::LayerFileList *list = dialog.files();
        QSignalSpy read(list, &Ui::LayerFileList::fileRead);
        list->addFile(wnut + u"emerging.test.annotated"_s);
        list->addFile(cut);
        // The corpus is being read, arcada waits: both shown, with the progress and its stop.
        auto *stop = dialog.findChild<QPushButton *>(u"stopReading"_s);
        QVERIFY(stop->isVisible());
        QVERIFY(dialog.findChild<QLabel *>(u"readProgressText"_s)->text().contains(u"(1 of 2)"_s));
        QTest::mouseClick(stop, Qt::LeftButton);
        QCOMPARE(list->fileCount(), 0);
        QVERIFY(!stop->isVisible());
        // The read under way ends on its worker; what it gives is dropped.
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
        QCOMPARE(read.count(), 0);
        QCOMPARE(list->fileCount(), 0);
        QVERIFY(!dialog.findChild<QPushButton *>(u"createProjectButton"_s)->isEnabled());
        // Added again, it is read as if nothing had been.
        QCOMPARE(addAndRead(list, wnut + u"emerging.test.annotated"_s), QString());
        QCOMPARE(list->outcomes().size(), 1);
    }

    void newProject_anExistingFile_isReplacedOnlyWhenChosen()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(u"taken.dzn"_s);
        QFile existing(project);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("not a project, and the user's");
        existing.close();
        Ui::ProjectAccess access;
        Ui::NewProjectFromFilesDialog dialog(&access);
        QCOMPARE(addAndRead(dialog.files(), wnut + u"emerging.test.annotated"_s), QString());
        dialog.findChild<QLineEdit *>(u"newProjectPath"_s)->setText(project);
        QVERIFY(!dialog.findChild<QPushButton *>(u"createProjectButton"_s)->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(u"newProjectProblem"_s)->text().contains(u"exists"_s));
        dialog.create();
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QCOMPARE(existing.readAll(), QByteArray("not a project, and the user's"));
    }

    void importLayer_addsTheLayer_toTheOpenProject()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(u"wnut.dzn"_s);
        {
            auto store = Core::ProjectStore::create(project, false);
            QVERIFY(store.has_value());
            QVERIFY(Core::ProjectImporter::import(**store,
                {wnut + u"emerging.test.annotated"_s, Core::LayerKind::Gold, std::nullopt, u"gold"_s}, {})
                        .has_value());
        }
        const QString cut = dir.filePath(u"arcada"_s);
        QVERIFY(writeArcadaCut(cut));
        Ui::MainWindow window;
        QVERIFY(Test::showProject(window, project));
        window.findChild<QAction *>(u"actionImportLayer"_s)->trigger();
        auto *dialog = window.findChild<Ui::ImportLayerDialog *>(u"importLayerDialog"_s);
        QVERIFY(dialog != nullptr);
        auto *import = dialog->findChild<QPushButton *>(u"importLayersButton"_s);
        QVERIFY(!import->isEnabled());
        QCOMPARE(addAndRead(dialog->files(), cut), QString());
        QVERIFY(import->isEnabled());
        // The report of the layer aligned to the project's corpus, as the new-project dialog gives it.
        auto *entries = dialog->findChild<QTableWidget *>(u"lossEntries"_s);
        QVERIFY(entries->rowCount() > 0);
        QCOMPARE(entries->item(0, 0)->toolTip(), u"tokenisation-differs"_s);
        // A name the project has is refused.
        auto *files = dialog->findChild<QTableWidget *>(u"layerFiles"_s);
        files->item(0, 0)->setText(u"gold"_s);
        QVERIFY(!import->isEnabled());
        QVERIFY(dialog->findChild<QLabel *>(u"importLayerProblem"_s)->text().contains(u"gold"_s));
        files->item(0, 0)->setText(u"arcada-cut"_s);
        QVERIFY(import->isEnabled());

        QSignalSpy loaded(&window, &Ui::MainWindow::loadFinished);
        QTest::mouseClick(import, Qt::LeftButton);
        QVERIFY(loaded.wait(60000)); // the window opens the project again, with the new layer
        QCOMPARE(loaded.first().at(0).toString(), QString());
        QCOMPARE(layerNames(project), (QStringList{u"gold"_s, u"arcada-cut"_s}));
        const Core::SpanLayer *imported = window.workspace()->layers().layer(u"arcada-cut"_s);
        QVERIFY(imported != nullptr);
        const auto gold = Core::ProjectImporter::read({}, {wnut + u"emerging.test.annotated"_s}, {});
        QCOMPARE(imported->spanCount(),
            Core::spanCount(Core::ProjectImporter::read(gold->documents, {cut}, {})->layer.spans));
    }

    void sampleProject_acceptsCuration_keptAfterReopening()
    {
        removeSample();
        int curatedAt = -1;
        {
            Ui::MainWindow window;
            QVERIFY(Test::showSample(window, &Ui::MainWindow::loadFinished));
            QVERIFY(QFile::exists(Ui::ProjectOpener::samplePath()));
            QCOMPARE(window.windowTitle(), u"WNUT-17 sample — DiZiNER Workbench"_s);
            QCOMPARE(window.workspace()->layers().size(), 8);
            auto *text = window.findChild<QTextEdit *>(u"documentText"_s);
            QTRY_VERIFY(text->toPlainText().contains(u"Sonmarg"_s));
            curatedAt = int(text->toPlainText().indexOf(u"Sonmarg"_s));
            text->setFocus();
            QTextCursor cursor(text->document());
            cursor.setPosition(curatedAt);
            cursor.setPosition(curatedAt + 7, QTextCursor::KeepAnchor);
            text->setTextCursor(cursor);
            QSignalSpy saved(&window, &Ui::MainWindow::curationSaved);
            QTest::keyClick(text, Qt::Key_1);
            QVERIFY(saved.wait(30000));
            QCOMPARE(saved.first().at(0).toString(), QString());
        }
        // Opened again, in a new window: the sample as the user left it.
        Ui::MainWindow window;
        QVERIFY(Test::showSample(window, &Ui::MainWindow::loadFinished));
        const Core::SpanLayer *curated = window.workspace()->layers().layer(u"curated"_s);
        QVERIFY(curated != nullptr);
        const QString firstType = window.workspace()->scheme().codes().first();
        QCOMPARE(curated->spans(0), (QList<Core::Span>{{curatedAt, curatedAt + 7, firstType}}));
        QCOMPARE(window.workspace()->layers().size(), 9);
    }

private:
    QTranslator m_plurals;
};

QTEST_MAIN(TestProjectFromFiles)
#include "tst_projectfromfiles.moc"
