// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
// A new project made of files read beforehand (ProjectImporter::create): it appears whole at its
// path, or nothing does and what was there stays as it was.
#include "store/corpusrepository.h"
#include "store/layerrepository.h"
#include "store/projectimporter.h"
#include "store/projectstore.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Core;

namespace {

const QString wnut = QStringLiteral(WORKBENCH_SHARED_DATA) + u"/wnut17/"_s;

// The gold as the corpus and arcada aligned to it, as the dialog reads them.
QList<ProjectImporter::Outcome> goldAndArcada()
{
    auto gold =
        ProjectImporter::read({}, {wnut + u"emerging.test.annotated"_s, LayerKind::Gold, {}, u"gold"_s}, {});
    auto arcada = ProjectImporter::read(gold->documents, {wnut + u"submissions/arcada"_s}, {});
    return {*gold, *arcada};
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestProjectImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void create_writesEveryLayer_likeImportsOneByOne()
    {
        QTemporaryDir dir;
        const QList<ProjectImporter::Outcome> outcomes = goldAndArcada();
        QVERIFY(outcomes.at(0).definedCorpus && !outcomes.at(1).definedCorpus);
        QVERIFY(ProjectImporter::create(dir.filePath(u"new.dzn"_s), outcomes).has_value());
        // The same files imported one at a time, as diziner-cli project import does.
        {
            auto store = ProjectStore::create(dir.filePath(u"cli.dzn"_s), false);
            QVERIFY(ProjectImporter::import(
                **store, {wnut + u"emerging.test.annotated"_s, LayerKind::Gold, {}, u"gold"_s}, {}));
            QVERIFY(ProjectImporter::import(**store, {wnut + u"submissions/arcada"_s}, {}));
        }
        // Closed, each is one file alone: no WAL, no lock, no partial file left beside it.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), (QStringList{u"cli.dzn"_s, u"new.dzn"_s}));
        auto made = ProjectStore::open(dir.filePath(u"new.dzn"_s), ProjectStore::Access::ReadOnly);
        auto cli = ProjectStore::open(dir.filePath(u"cli.dzn"_s), ProjectStore::Access::ReadOnly);
        QVERIFY(made && cli);
        QCOMPARE(*CorpusRepository(**made).load(), *CorpusRepository(**cli).load());
        const auto madeLayers = *LayerRepository(**made).list();
        const auto cliLayers = *LayerRepository(**cli).list();
        QCOMPARE(madeLayers.size(), 2);
        for (qsizetype i = 0; i < 2; ++i) {
            QCOMPARE(madeLayers.at(i).name, cliLayers.at(i).name);
            QCOMPARE(madeLayers.at(i).kind, cliLayers.at(i).kind);
            QCOMPARE(madeLayers.at(i).spanCount, cliLayers.at(i).spanCount);
            QCOMPARE(*LayerRepository(**made).spans(madeLayers.at(i).id, 1287),
                *LayerRepository(**cli).spans(cliLayers.at(i).id, 1287));
        }
    }

    void create_failingOrStopped_leavesWhatWasThere()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"kept.dzn"_s);
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly) && existing.write("the user's file") > 0);
        existing.close();
        QList<ProjectImporter::Outcome> outcomes = goldAndArcada();

        // Two layers of one name: the second fails inside the transaction.
        outcomes[1].layer.name = u"gold"_s;
        auto failed = ProjectImporter::create(path, outcomes);
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, StoreError::Code::Invalid);
        QVERIFY2(failed.error().message.startsWith(path + u": "_s), qPrintable(failed.error().message));
        QCOMPARE(contents(path), QByteArray("the user's file"));

        // Stopped after the corpus was written, before arcada.
        outcomes[1].layer.name = u"arcada"_s;
        qsizetype asked = 0;
        auto stopped = ProjectImporter::create(path, outcomes, [&asked](qsizetype written, qsizetype total) {
            ++asked;
            return written < total - 1;
        });
        QVERIFY(!stopped);
        QCOMPARE(stopped.error().code, StoreError::Code::Cancelled);
        QCOMPARE(asked, 2);
        QCOMPARE(contents(path), QByteArray("the user's file"));

        // A layer alone defines no project.
        QCOMPARE(ProjectImporter::create(path, outcomes.mid(1)).error().code, StoreError::Code::Invalid);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), (QStringList{u"kept.dzn"_s}));

        // Let through, it replaces the file.
        QVERIFY(ProjectImporter::create(path, outcomes).has_value());
        auto store = ProjectStore::open(path, ProjectStore::Access::ReadOnly);
        QVERIFY(store.has_value());
        QCOMPARE(LayerRepository(**store).list()->size(), 2);
    }

    void create_overAProjectOpenForWriting_isRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"open.dzn"_s);
        auto writer = ProjectStore::create(path, false);
        QVERIFY(writer.has_value());
        auto refused = ProjectImporter::create(path, goldAndArcada());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, StoreError::Code::Locked);
        QVERIFY(CorpusRepository(**writer).isEmpty()); // the writer's project, untouched
    }
};

QTEST_GUILESS_MAIN(TestProjectImporter)
#include "tst_projectimporter.moc"
