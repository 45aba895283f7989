// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "formats/corpusimporter.h"
#include "store/calllogrepository.h"
#include "store/corpusrepository.h"
#include "store/layerrepository.h"
#include "store/pilotrepository.h"
#include "store/projectimporter.h"
#include "store/projectloader.h"
#include "store/projectstore.h"
#include "store/projectsummary.h"
#include "store/schema.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <optional>
#include <random>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Core;

namespace {

const QString wnutGold = QStringLiteral(WORKBENCH_SHARED_DATA) + u"/wnut17/emerging.test.annotated"_s;
const QString arcada = QStringLiteral(WORKBENCH_SHARED_DATA) + u"/wnut17/submissions/arcada"_s;

QByteArray digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

bool integrityOk(const QString &path)
{
    auto store = ProjectStore::open(path, ProjectStore::Access::ReadOnly);
    if (!store) {
        return false;
    }
    QSqlQuery query((*store)->database());
    return query.exec(u"PRAGMA integrity_check"_s) && query.next() && query.value(0).toString() == u"ok";
}

} // namespace

class TestProjectStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir.emplace(); // a fresh directory for every test function
        QVERIFY(m_dir->isValid());
    }

    void importAndReload_roundTripsCorpusAndLayers()
    {
        const QString path = m_dir->filePath(u"p.dzn"_s);
        auto store = ProjectStore::create(path, false);
        QVERIFY(store.has_value());
        QCOMPARE((*store)->schemaVersion(), Schema::currentVersion);
        const auto first = ProjectImporter::import(**store, {wnutGold, LayerKind::Gold, {}, u"gold"_s}, {});
        QVERIFY(first.has_value());
        QVERIFY(first->definedCorpus);
        const auto second =
            ProjectImporter::import(**store, {arcada, LayerKind::System, {}, u"arcada"_s}, {});
        QVERIFY(second.has_value());
        QVERIFY(!second->definedCorpus);
        const auto reference = CorpusImporter::import({{wnutGold, LayerKind::Gold}, {arcada}}, {});
        QVERIFY(reference.has_value());
        store->reset();

        auto reopened = ProjectStore::open(path, ProjectStore::Access::ReadOnly);
        QVERIFY(reopened.has_value());
        const auto documents = CorpusRepository(**reopened).load();
        QVERIFY(documents.has_value());
        QCOMPARE(documents->size(), reference->documents.size());
        QCOMPARE(*documents, reference->documents);
        LayerRepository layers(**reopened);
        const auto list = layers.list();
        QVERIFY(list.has_value());
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).name, u"gold"_s);
        QCOMPARE(list->at(0).kind, LayerKind::Gold);
        QCOMPARE(list->at(1).provenance.source, arcada);
        QCOMPARE(list->at(1).provenance.tagScheme, u"iob2"_s);
        QCOMPARE(*layers.spans(list->at(0).id, documents->size()), reference->layers.at(0).spans);
        QCOMPARE(*layers.spans(list->at(1).id, documents->size()), reference->layers.at(1).spans);
        const auto one = layers.documentSpans(0);
        QVERIFY(one.has_value());
        QCOMPARE(one->value(list->at(0).id), reference->layers.at(0).spans.at(0));
        const auto summary = ProjectSummary::read(**reopened);
        QVERIFY(summary.has_value());
        QCOMPARE(summary->tokens, 23394);
        QCOMPARE(summary->layers.at(1).spans, 787);
    }

    void importFailure_changesNothing()
    {
        const QString path = m_dir->filePath(u"p.dzn"_s);
        auto store = ProjectStore::create(path, false);
        QVERIFY(store.has_value());
        const QString bad = m_dir->filePath(u"bad.conll"_s);
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("a O\nb PERSON\n");
        file.close();
        const auto failed = ProjectImporter::import(**store, {bad}, {});
        QVERIFY(!failed.has_value());
        QVERIFY(std::holds_alternative<ParseError>(failed.error()));
        QVERIFY(CorpusRepository(**store).isEmpty());
        QVERIFY(LayerRepository(**store).list()->isEmpty());
        QVERIFY(ProjectImporter::import(**store, {wnutGold, LayerKind::Gold, {}, u"gold"_s}, {}).has_value());
        const auto duplicate =
            ProjectImporter::import(**store, {arcada, LayerKind::System, {}, u"gold"_s}, {});
        QVERIFY(!duplicate.has_value());
        QCOMPARE(LayerRepository(**store).list()->size(), 1);
    }

    void create_refusesExistingUnlessReplacing()
    {
        const QString path = m_dir->filePath(u"p.dzn"_s);
        QVERIFY(ProjectStore::create(path, false).has_value());
        const auto again = ProjectStore::create(path, false);
        QVERIFY(!again.has_value());
        QCOMPARE(again.error().code, StoreError::Code::Exists);
        QVERIFY(ProjectStore::create(path, true).has_value());
    }

    void secondWriter_isLocked_readersWelcome()
    {
        const QString path = m_dir->filePath(u"p.dzn"_s);
        auto writer = ProjectStore::create(path, false);
        QVERIFY(writer.has_value());
        const auto second = ProjectStore::open(path, ProjectStore::Access::ReadWrite);
        QVERIFY(!second.has_value());
        QCOMPARE(second.error().code, StoreError::Code::Locked);
        QVERIFY(second.error().message.contains(u"in use"_s));
        auto reader = ProjectStore::open(path, ProjectStore::Access::ReadOnly);
        QVERIFY(reader.has_value());
        const auto write = (*reader)->setMeta(u"x"_s, u"y"_s);
        QVERIFY(!write.has_value());
        QCOMPARE(write.error().code, StoreError::Code::ReadOnly);
        writer->reset(); // releases the lock
        QVERIFY(ProjectStore::open(path, ProjectStore::Access::ReadWrite).has_value());
    }

    void badFiles_refusedAndUntouched_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("code");
        QTest::newRow("text file") << u"text"_s << int(StoreError::Code::NotAProject);
        QTest::newRow("empty file") << u"empty"_s << int(StoreError::Code::NotAProject);
        QTest::newRow("other sqlite") << u"sqlite"_s << int(StoreError::Code::NotAProject);
        QTest::newRow("newer version") << u"newer"_s << int(StoreError::Code::NewerVersion);
        QTest::newRow("truncated") << u"truncated"_s << int(StoreError::Code::Corrupt);
        QTest::newRow("damaged page") << u"damaged"_s << int(StoreError::Code::Corrupt);
    }
    void badFiles_refusedAndUntouched()
    {
        QFETCH(QString, kind);
        QFETCH(int, code);
        const QString path = m_dir->filePath(u"bad.dzn"_s);
        if (kind == u"text" || kind == u"empty") {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(kind == u"text" ? "-DOCSTART- O\n" : "");
        } else if (kind == u"sqlite") {
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery(db).exec(u"CREATE TABLE t (x)"_s);
                db.close();
            }
            QSqlDatabase::removeDatabase(u"other"_s);
        } else {
            {
                auto store = ProjectStore::create(path, false);
                QVERIFY(store.has_value());
                QVERIFY(ProjectImporter::import(**store, {wnutGold, LayerKind::Gold, {}, u"gold"_s}, {})
                            .has_value());
                QVERIFY((*store)->compact().has_value()); // everything in the main file
                if (kind == u"newer") {
                    QSqlQuery((*store)->database()).exec(u"PRAGMA user_version = 99"_s);
                }
            }
            if (kind == u"truncated") {
                QFile file(path);
                QVERIFY(file.resize(file.size() / 2));
            } else if (kind == u"damaged") {
                // A page deep inside the spans, overwritten: the header pages still read.
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadWrite));
                QVERIFY(file.seek(file.size() * 3 / 4 / 4096 * 4096));
                QVERIFY(file.write(QByteArray(4096, '\xa5')) == 4096);
            }
        }
        const QByteArray before = digest(path);
        for (const auto access : {ProjectStore::Access::ReadWrite, ProjectStore::Access::ReadOnly}) {
            const auto opened = ProjectStore::open(path, access);
            QVERIFY(!opened.has_value());
            QCOMPARE(int(opened.error().code), code);
            QVERIFY(opened.error().message.startsWith(path));
        }
        // Without the integrity check the header is still read, and a writer is always checked.
        const auto writer =
            ProjectStore::open(path, ProjectStore::Access::ReadWrite, ProjectStore::Check::HeaderOnly);
        QVERIFY(!writer.has_value());
        QCOMPARE(int(writer.error().code), code);
        const auto reader =
            ProjectStore::open(path, ProjectStore::Access::ReadOnly, ProjectStore::Check::HeaderOnly);
        if (kind == u"damaged") {
            QVERIFY(reader.has_value()); // left to the reads that meet the page
        } else {
            QVERIFY(!reader.has_value());
            QCOMPARE(int(reader.error().code), code);
        }
        QCOMPARE(digest(path), before);
    }

    void unwritableLocation_isAnError()
    {
        const QString file = m_dir->filePath(u"plain.txt"_s);
        QFile plain(file);
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        // Tests run as root: permission bits prove nothing, a path under a file does.
        const auto store = ProjectStore::create(file + u"/p.dzn"_s, false);
        QVERIFY(!store.has_value());
        QCOMPARE(store.error().code, StoreError::Code::Io);
        QVERIFY(!ProjectStore::open(m_dir->filePath(u"missing.dzn"_s), ProjectStore::Access::ReadOnly)
                     .has_value());
    }

    void diskFull_writesNothingHalf()
    {
        const QString path = m_dir->filePath(u"p.dzn"_s);
        auto store = ProjectStore::create(path, false);
        QVERIFY(store.has_value());
        QVERIFY(ProjectImporter::import(**store, {wnutGold, LayerKind::Gold, {}, u"gold"_s}, {}).has_value());
        QSqlQuery pages((*store)->database());
        QVERIFY(pages.exec(u"PRAGMA page_count"_s) && pages.next());
        (*store)->setPageLimit(pages.value(0).toInt() + 2);
        const auto full = ProjectImporter::import(**store, {arcada, LayerKind::System, {}, u"arcada"_s}, {});
        QVERIFY(!full.has_value());
        QCOMPARE(std::get<StoreError>(full.error()).code, StoreError::Code::DiskFull);
        QVERIFY(std::get<StoreError>(full.error()).message.contains(u"disk is full"_s));
        QCOMPARE(LayerRepository(**store).list()->size(), 1);
        (*store)->setPageLimit(0);
        QVERIFY(
            ProjectImporter::import(**store, {arcada, LayerKind::System, {}, u"arcada"_s}, {}).has_value());
        store->reset();
        QVERIFY(integrityOk(path));
    }

    void migration_1to2_keepsData()
    {
        const QString path = m_dir->filePath(u"old.dzn"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(Schema::migrate(db, 0, 1).has_value());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"PRAGMA application_id = %1"_s.arg(Schema::applicationId)));
            QVERIFY(query.exec(
                u"INSERT INTO layers (name, kind, position, created) VALUES ('old', 'human', 0, 'x')"_s));
            QVERIFY(query.exec(u"PRAGMA user_version"_s) && query.next());
            QCOMPARE(query.value(0).toInt(), 1);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"v1"_s);
        {
            // Read-only, the file keeps its version: its calls read without the document they lack.
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(
                u"INSERT INTO llm_calls (created, endpoint, model, request_hash, status) "
                u"VALUES ('2026-11-26T00:00:00.000Z', 'http://127.0.0.1:1', 'm', 'h', 'ok')"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"v1"_s);
        {
            auto reader = ProjectStore::open(path, ProjectStore::Access::ReadOnly);
            QVERIFY(reader.has_value());
            const QList<LlmCallRecord> all = CallLogRepository(**reader).calls(QString(), 10);
            QCOMPARE(all.size(), 1);
            QCOMPARE(all.first().model, u"m"_s);
            QCOMPARE(all.first().document, QString());
            QVERIFY(CallLogRepository(**reader).calls(u"doc"_s, 10).isEmpty());
        }
        auto store = ProjectStore::open(path, ProjectStore::Access::ReadWrite);
        QVERIFY2(store.has_value(), store ? "" : qPrintable(store.error().message));
        QCOMPARE((*store)->schemaVersion(), Schema::currentVersion);
        QCOMPARE(LayerRepository(**store).list()->first().name, u"old"_s);
        QSqlQuery query((*store)->database());
        QVERIFY(query.exec(u"SELECT colour FROM layers"_s) && query.next()); // the column v2 added
        QVERIFY(
            query.exec(u"SELECT name FROM sqlite_master WHERE name = 'llm_calls_created'"_s) && query.next());
        QVERIFY(query.exec(u"SELECT count(*) FROM batch_jobs"_s) && query.next()); // the table v3 added
        QVERIFY(query.exec(u"SELECT document FROM llm_calls"_s)); // the column v5 added
    }

    void migration_7to10_coverageDerivedWhereRecorded_elseAssumedAndSaidSo()
    {
        // A project of version 7 kept no coverage. What it did record gives some: a round's layer
        // its batch, the pilot's final layer the documents it names as not labelled. An imported
        // file's layer gives none: it reads as covering all, marked assumed, never as known.
        const QString path = m_dir->filePath(u"v7.dzn"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v7"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(Schema::migrate(db, 0, 7).has_value());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"PRAGMA application_id = %1"_s.arg(Schema::applicationId)));
            for (int d = 0; d < 5; ++d) {
                QVERIFY(
                    query.exec(u"INSERT INTO documents (position, external_id, text) VALUES (%1, 'doc %2', "
                               u"'text')"_s.arg(d)
                                   .arg(d + 1)));
            }
            const auto layer = [&query](const QString &name, const QString &kind, const int position,
                                   const Provenance &provenance) {
                query.prepare(u"INSERT INTO layers (name, kind, position, provenance, created) "
                              u"VALUES (?, ?, ?, ?, 'x')"_s);
                query.addBindValue(name);
                query.addBindValue(kind);
                query.addBindValue(position);
                query.addBindValue(QString::fromUtf8(QJsonDocument(provenance.toJson()).toJson()));
                return query.exec();
            };
            QVERIFY(layer(u"old"_s, u"system"_s, 0, {.source = u"old.conll"_s, .tool = u"conll"_s}));
            QVERIFY(layer(u"final-a"_s, u"llm"_s, 1,
                {.source = u"a"_s,
                    .tool =
                        u"pilot final labelling, guideline v2; not labelled (a piece failed): doc 2, doc 5"_s}));
            QVERIFY(layer(u"final-b"_s, u"llm"_s, 2,
                {.source = u"b"_s, .tool = u"pilot final labelling, guideline v2"_s}));
            // Names no document of the corpus: not known after all.
            QVERIFY(layer(u"final-c"_s, u"llm"_s, 3,
                {.source = u"c"_s,
                    .tool = u"pilot final labelling, guideline v2; not labelled (a piece failed): doc 9"_s}));
            PilotOrigin origin{.round = 1, .annotator = u"a"_s, .batch = {1, 2, 3}, .failed = {3}};
            QVERIFY(
                layer(u"round1/a"_s, u"llm"_s, 4, {.source = u"a"_s, .tool = u"pilot"_s, .pilot = origin}));
            QVERIFY(!query.exec(u"SELECT uncovered FROM layers"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"v7"_s);
        const QHash<QString, std::pair<QSet<qsizetype>, CoverageOrigin>> expected{
            {u"old"_s, {{}, CoverageOrigin::Assumed}},
            {u"final-a"_s, {{1, 4}, CoverageOrigin::Derived}},
            {u"final-b"_s, {{}, CoverageOrigin::Derived}},
            {u"final-c"_s, {{}, CoverageOrigin::Assumed}},
            {u"round1/a"_s, {{0, 3, 4}, CoverageOrigin::Derived}},
        };
        const auto check = [&expected](const QList<LayerRepository::StoredLayer> &layers) {
            if (layers.size() < expected.size()) {
                return u"%1 layers"_s.arg(layers.size());
            }
            for (const LayerRepository::StoredLayer &layer : layers) {
                if (!expected.contains(layer.name)) {
                    continue;
                }
                const auto &[uncovered, origin] = expected.value(layer.name);
                if (layer.uncoveredDocuments != uncovered || layer.coverage != origin) {
                    return u"%1: %2 uncovered, %3"_s.arg(layer.name)
                        .arg(layer.uncoveredDocuments.size())
                        .arg(coverageOriginName(layer.coverage));
                }
            }
            return QString();
        };
        {
            // Read-only, it stays at 7 and reads as a migration would give it.
            auto reader = ProjectStore::open(path, ProjectStore::Access::ReadOnly);
            QVERIFY(reader.has_value());
            QCOMPARE((*reader)->schemaVersion(), 7);
            const auto layers = LayerRepository(**reader).list();
            QVERIFY2(layers.has_value(), layers ? "" : qPrintable(layers.error().message));
            QCOMPARE(check(*layers), QString());
            const auto summary = ProjectSummary::read(**reader);
            QVERIFY(summary.has_value());
            QCOMPARE(summary->layers.at(0).coverage, CoverageOrigin::Assumed);
            QCOMPARE(summary->layers.at(0).coveredDocuments, 5);
            QCOMPARE(summary->layers.at(1).coveredDocuments, 3);
        }
        auto store = ProjectStore::open(path, ProjectStore::Access::ReadWrite);
        QVERIFY2(store.has_value(), store ? "" : qPrintable(store.error().message));
        QCOMPARE((*store)->schemaVersion(), Schema::currentVersion);
        LayerRepository layers(**store);
        QCOMPARE(check(*layers.list()), QString());
        QSqlQuery query((*store)->database());
        QVERIFY(
            query.exec(u"SELECT uncovered, coverage FROM layers WHERE name = 'final-a'"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"[1,4]"_s);
        QCOMPARE(query.value(1).toString(), u"derived"_s);
        // Loaded for the window, the layer keeps how its coverage is known.
        const auto loaded = ProjectLoader::load(**store);
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->corpus.layers.at(0).coverage, CoverageOrigin::Assumed);
        QCOMPARE(loaded->corpus.layers.at(1).uncoveredDocuments, (QSet<qsizetype>{1, 4}));

        // A layer written now keeps what it lacks, in any order it came, as recorded.
        QVERIFY(layers.add(ImportedLayer{.name = u"partial"_s, .uncoveredDocuments = {3, 1}}).has_value());
        QCOMPARE(layers.find(u"partial"_s)->uncoveredDocuments, (QSet<qsizetype>{1, 3}));
        QCOMPARE(layers.find(u"partial"_s)->coverage, CoverageOrigin::Recorded);
        QVERIFY(
            query.exec(u"SELECT uncovered, coverage FROM layers WHERE name = 'partial'"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"[1,3]"_s);
        QCOMPARE(query.value(1).toString(), u"recorded"_s);
        store->reset();

        // Opened again, the migration has run once: nothing is derived a second time.
        auto again = ProjectStore::open(path, ProjectStore::Access::ReadWrite);
        QVERIFY(again.has_value());
        QCOMPARE(check(*LayerRepository(**again).list()), QString());
    }

    void migration_8to10_coverageStaysRecorded()
    {
        // A project of version 8 recorded its layers' coverage: nothing is assumed about them.
        const QString path = m_dir->filePath(u"v8-coverage.dzn"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v8c"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(Schema::migrate(db, 0, 8).has_value());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"PRAGMA application_id = %1"_s.arg(Schema::applicationId)));
            QVERIFY(query.exec(
                u"INSERT INTO layers (name, kind, position, created, uncovered) "
                u"VALUES ('full', 'system', 0, 'x', '[]'), ('partial', 'system', 1, 'x', '[2]')"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"v8c"_s);
        auto store = ProjectStore::open(path, ProjectStore::Access::ReadWrite);
        QVERIFY(store.has_value());
        const auto layers = LayerRepository(**store).list();
        QVERIFY(layers.has_value());
        QCOMPARE(layers->at(0).coverage, CoverageOrigin::Recorded);
        QCOMPARE(layers->at(1).coverage, CoverageOrigin::Recorded);
        QCOMPARE(layers->at(1).uncoveredDocuments, QSet<qsizetype>{2});
    }

    void migration_8to9_roundsReadWithoutReports()
    {
        // A round analysed at version 8 kept no reports: it reads with none, migrated or not.
        const QString path = m_dir->filePath(u"v8.dzn"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v8"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(Schema::migrate(db, 0, 8).has_value());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"PRAGMA application_id = %1"_s.arg(Schema::applicationId)));
            QVERIFY(query.exec(
                u"INSERT INTO runs (id, created, config, status) VALUES (1, 'x', '{}', 'running')"_s));
            QVERIFY(
                query.exec(u"INSERT INTO rounds (run_id, number, status, summary) VALUES (1, 0, 'analysed', "
                           u"'{\"round\": 0}')"_s));
            QVERIFY(!query.exec(u"SELECT reports FROM rounds"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"v8"_s);
        {
            auto reader = ProjectStore::open(path, ProjectStore::Access::ReadOnly);
            QVERIFY(reader.has_value());
            QCOMPARE((*reader)->schemaVersion(), 8);
            QCOMPARE(PilotRepository(**reader).rounds(1).size(), 1);
            QVERIFY(PilotRepository(**reader).roundReports(1, 0).hotspots.isEmpty());
        }
        auto store = ProjectStore::open(path, ProjectStore::Access::ReadWrite);
        QVERIFY(store.has_value());
        QCOMPARE((*store)->schemaVersion(), Schema::currentVersion);
        PilotRepository pilot(**store);
        QVERIFY(pilot.roundReports(1, 0).hotspots.isEmpty());
        QVERIFY(pilot.saveReports(1, 0, {u"# Hotspots"_s, {{u"a"_s, u"# a"_s}}}).has_value());
        QCOMPARE(pilot.roundReports(1, 0).hotspots, u"# Hotspots"_s);
        QCOMPARE(pilot.roundReports(1, 0).annotators.value(u"a"_s), u"# a"_s);
        QVERIFY(!pilot.saveReports(1, 1, {}).has_value()); // no round 1
    }

    void import_aFileLackingDocuments_keepsThemWithTheLayer()
    {
        const QString path = m_dir->filePath(u"p.dzn"_s);
        const auto write = [this](const QString &name, const QByteArray &bytes) {
            QFile file(m_dir->filePath(name));
            return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() ? file.fileName()
                                                                                        : QString();
        };
        const QString full = write(u"full.conll"_s,
            "-DOCSTART- O\n\na O\nb B-PER\n\n-DOCSTART- O\n\nc O\nd B-LOC\n\n-DOCSTART- O\n\ne B-PER\nf "
            "O\n\n");
        const QString lacking =
            write(u"lacking.conll"_s, "-DOCSTART- O\n\na O\nb B-PER\n\n-DOCSTART- O\n\ne B-PER\nf O\n\n");
        auto store = ProjectStore::create(path, false);
        QVERIFY(store.has_value());
        QVERIFY(ProjectImporter::import(**store, {full, LayerKind::System, {}, u"full"_s}, {}).has_value());
        const auto imported =
            ProjectImporter::import(**store, {lacking, LayerKind::System, {}, u"lacking"_s}, {});
        QVERIFY(imported.has_value());
        QCOMPARE(imported->layer.uncoveredDocuments, QSet<qsizetype>{1});
        store->reset();
        const auto loaded = ProjectLoader::load(path);
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->corpus.layers.size(), 2);
        QVERIFY(loaded->corpus.layers.at(0).uncoveredDocuments.isEmpty());
        QCOMPARE(loaded->corpus.layers.at(1).uncoveredDocuments, QSet<qsizetype>{1});
    }

    void readOnlyOpen_neverMigrates()
    {
        const QString path = m_dir->filePath(u"old.dzn"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1ro"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(Schema::migrate(db, 0, 1).has_value());
            QSqlQuery(db).exec(u"PRAGMA application_id = %1"_s.arg(Schema::applicationId));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"v1ro"_s);
        const QByteArray before = digest(path);
        auto store = ProjectStore::open(path, ProjectStore::Access::ReadOnly);
        QVERIFY(store.has_value());
        QCOMPARE((*store)->schemaVersion(), 1);
        store->reset();
        QCOMPARE(digest(path), before);
    }

    void curation_editsUndoRedo()
    {
        const QString path = m_dir->filePath(u"p.dzn"_s);
        auto store = ProjectStore::create(path, false);
        QVERIFY(store.has_value());
        QVERIFY(ProjectImporter::import(**store, {wnutGold, LayerKind::Gold, {}, u"gold"_s}, {}).has_value());
        LayerRepository layers(**store);
        const auto id = layers.add(ImportedLayer{.name = u"curated"_s,
            .kind = LayerKind::Human,
            .provenance = {},
            .spans = {},
            .loss = {},
            .unalignedTokens = 0,
            .substitutedTokens = 0});
        QVERIFY(id.has_value());
        const Span a{0, 1, u"person"_s};
        const Span b{2, 4, u"group"_s};
        QVERIFY(layers.insertSpan(*id, 3, a).has_value());
        QVERIFY(layers.insertSpan(*id, 3, b).has_value());
        QCOMPARE(layers.insertSpan(*id, 3, b).error().code, StoreError::Code::Invalid);
        QVERIFY(layers.removeSpan(*id, 3, a).has_value());
        QCOMPARE(layers.spans(*id, 1287)->at(3), QList<Span>{b});
        QCOMPARE(layers.undo(*id).value(), true); // the removal
        QCOMPARE(layers.spans(*id, 1287)->at(3), (QList<Span>{a, b}));
        QCOMPARE(layers.undo(*id).value(), true); // inserting b
        QCOMPARE(layers.undo(*id).value(), true); // inserting a
        QCOMPARE(layers.undo(*id).value(), false);
        QVERIFY(layers.spans(*id, 1287)->at(3).isEmpty());
        QCOMPARE(layers.redo(*id).value(), true);
        QCOMPARE(layers.spans(*id, 1287)->at(3), QList<Span>{a});
        // A new edit ends the redo chain; the history survives reopening.
        QVERIFY(layers.insertSpan(*id, 4, b).has_value());
        QCOMPARE(layers.redo(*id).value(), false);
        store->reset();
        auto reopened = ProjectStore::open(path, ProjectStore::Access::ReadWrite);
        QVERIFY(reopened.has_value());
        LayerRepository again(**reopened);
        QCOMPARE(again.undo(*id).value(), true);
        QVERIFY(again.spans(*id, 1287)->at(4).isEmpty());
    }

    void curation_nextStep_isWhatUndoAndRedoTake()
    {
        auto store = ProjectStore::create(m_dir->filePath(u"p.dzn"_s), false);
        QVERIFY(store.has_value());
        QVERIFY(ProjectImporter::import(**store, {wnutGold, LayerKind::Gold, {}, u"gold"_s}, {}).has_value());
        LayerRepository layers(**store);
        const auto id = layers.add(ImportedLayer{.name = u"curated"_s,
            .kind = LayerKind::Human,
            .provenance = {},
            .spans = {},
            .loss = {},
            .unalignedTokens = 0,
            .substitutedTokens = 0});
        QVERIFY(id.has_value());
        using Edit = LayerRepository::StepEdit;
        QVERIFY(layers.nextStep(*id, true)->isEmpty());
        const Span a{0, 1, u"person"_s};
        const Span b{2, 4, u"group"_s};
        QVERIFY(layers.insertSpan(*id, 3, a).has_value());
        // A type change: one action of two edits, named in the order it was made.
        const Span retyped{0, 1, u"location"_s};
        QVERIFY(layers.applyStep(*id, 3, {{a, false}, {retyped, true}}).has_value());
        QVERIFY(layers.insertSpan(*id, 5, b).has_value());
        QCOMPARE(layers.nextStep(*id, true).value(), (QList<Edit>{{5, b, true}}));
        QVERIFY(layers.nextStep(*id, false)->isEmpty());
        QVERIFY(layers.undo(*id).value());
        const QList<Edit> change{{3, a, false}, {3, retyped, true}};
        QCOMPARE(layers.nextStep(*id, true).value(), change);
        QCOMPARE(layers.nextStep(*id, false).value(), (QList<Edit>{{5, b, true}}));
        QVERIFY(layers.undo(*id).value());
        QCOMPARE(layers.nextStep(*id, false).value(), change); // redo takes the earliest undone
        QCOMPARE(layers.nextStep(*id, true).value(), (QList<Edit>{{3, a, true}}));
        QVERIFY(layers.redo(*id).value());
        QCOMPARE(layers.spans(*id, 1287)->at(3), QList<Span>{retyped});
    }

    void guidelines_keptAndRestored()
    {
        auto store = ProjectStore::create(m_dir->filePath(u"p.dzn"_s), false);
        QVERIFY(store.has_value());
        PilotRepository pilot(**store);
        Guideline v0;
        v0.goal = u"first goal"_s;
        Guideline v1 = v0;
        v1.version = 1;
        v1.common = {Instruction{u"S"_s, u"A rule."_s, {}, {}, {u"p"_s}}};
        QVERIFY(pilot.saveGuideline(v0, {}).has_value());
        QVERIFY(pilot.saveGuideline(v1, {}).has_value());
        QVERIFY(!pilot.saveGuideline(v1, {}).has_value()); // a version is written once
        const auto restored = pilot.restore(0);
        QVERIFY(restored.has_value());
        QCOMPARE(restored->version, 2);
        QCOMPARE(restored->goal, u"first goal"_s);
        QVERIFY(restored->common.isEmpty());
        QCOMPARE(pilot.latestGuideline()->version, 2);
        QCOMPARE(pilot.guidelines().size(), 3);
        QCOMPARE(pilot.guidelines().at(1).common.first().patterns, QStringList{u"p"_s});
        QCOMPARE(pilot.restore(9).error().code, StoreError::Code::Invalid);
    }

    void proposal_withRewriteAndRemoval_savesAndReadsBack()
    {
        // A supervisor that rewrites the goal and drops an instruction: neither change carries a
        // rationale or (for the removal) a new text, and the columns are NOT NULL.
        auto store = ProjectStore::create(m_dir->filePath(u"p.dzn"_s), false);
        QVERIFY(store.has_value());
        PilotRepository pilot(**store);
        const qint64 runId = *pilot.saveRun(QJsonObject{{u"goal"_s, u"Tag people."_s}});
        Guideline current;
        current.goal = u"Tag people."_s;
        current.common = {Instruction{u"S"_s, u"Titles are part of names."_s, {}, {}, {}}};
        QVERIFY(pilot.saveGuideline(current, {}).has_value());
        QVERIFY(pilot.saveRound(runId, RoundSummary{}).has_value());
        Guideline proposed;
        proposed.goal = u"Tag the people named in tweets, without their titles."_s;
        Proposal proposal = Proposal::between(current, proposed, 0, true);
        proposal.unmatched = {{u"Llama 4 Scout"_s, {Instruction{{}, u"Mind hashtags."_s, {}, {}, {}}}}};
        QCOMPARE(proposal.changes.size(), 2);
        QVERIFY(proposal.changes.at(0).rationale.isNull());
        QVERIFY(proposal.changes.at(1).text.isNull());
        const auto saved = pilot.saveProposal(runId, proposal);
        QVERIFY2(saved.has_value(), saved ? "" : qPrintable(saved.error().message));
        const auto pending = pilot.pendingProposal(runId);
        QVERIFY(pending.has_value());
        QCOMPARE(pending->changes.size(), 2);
        QCOMPARE(pending->changes.at(0).kind, ProposalChange::Kind::Rewrite);
        QCOMPARE(pending->changes.at(0).text, proposed.goal);
        QCOMPARE(pending->changes.at(1).kind, ProposalChange::Kind::Remove);
        QCOMPARE(pending->changes.at(1).instruction.text, u"Titles are part of names."_s);
        QCOMPARE(pending->unmatched, proposal.unmatched);
    }

    void callLog_cacheAndPurge()
    {
        const QString path = m_dir->filePath(u"p.dzn"_s);
        auto store = ProjectStore::create(path, false);
        QVERIFY(store.has_value());
        CallLogRepository calls(**store);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        LlmCallRecord call{.created = now.addDays(-40),
            .endpoint = u"http://127.0.0.1:9/v1"_s,
            .model = u"m"_s,
            .requestHash = u"old"_s,
            .annotator = u"a"_s,
            .roundId = 0,
            .failure = {},
            .promptTokens = 10,
            .completionTokens = 2,
            .reasoningTokens = 0,
            .cost = 0.5,
            .durationMs = 3,
            .request = "{}",
            .response = "old reply"};
        QVERIFY(calls.record(call).has_value());
        call.created = now;
        call.requestHash = u"new"_s;
        call.response = "new reply";
        QVERIFY(calls.record(call).has_value());
        call.requestHash = u"failed"_s;
        call.failure = u"HTTP 500"_s;
        QVERIFY(calls.record(call).has_value());
        QCOMPARE(calls.cachedResponse(u"new"_s).value(), "new reply"_ba);
        QVERIFY(!calls.cachedResponse(u"failed"_s).has_value()); // failures are never cached
        QCOMPARE(calls.totals().calls, 3);
        QCOMPARE(calls.totals().cost, 1.5);
        QCOMPARE(calls.purge(now.addDays(-30)).value(), 1);
        QVERIFY(!calls.cachedResponse(u"old"_s).has_value());
        QCOMPARE(calls.totals().calls, 2);
        QVERIFY((*store)->compact().has_value());

        // Read back per document, newest first, with every field and body as recorded.
        call.document = u"doc-7"_s;
        call.annotator = u"gamma"_s;
        call.requestHash = u"about doc-7"_s;
        call.failure.clear();
        call.roundId = 0;
        call.request = "POST /v1/chat/completions\nauthorization: [redacted]\n\n{}";
        QVERIFY(calls.record(call).has_value());
        call.requestHash = u"about doc-7 again"_s;
        call.response = "second reply";
        QVERIFY(calls.record(call).has_value());
        const QList<LlmCallRecord> aboutSeven = calls.calls(u"doc-7"_s, 10);
        QCOMPARE(aboutSeven.size(), 2);
        QCOMPARE(aboutSeven.first().requestHash, u"about doc-7 again"_s);
        QCOMPARE(aboutSeven.first().response, "second reply"_ba);
        QCOMPARE(aboutSeven.last().request, call.request);
        QCOMPARE(aboutSeven.last().annotator, u"gamma"_s);
        QCOMPARE(aboutSeven.last().created, now);
        QVERIFY(aboutSeven.first().id > aboutSeven.last().id);
        QCOMPARE(calls.calls(u"doc-8"_s, 10).size(), 0);
        QCOMPARE(calls.calls(QString(), 10).size(), 4); // every call
        QCOMPARE(calls.calls(QString(), 3).size(), 3);
        QCOMPARE(calls.calls(QString(), 10).last().document, QString()); // recorded without one
    }

    void killedWriter_reopensConsistentAndComplete()
    {
        const QString path = m_dir->filePath(u"crash.dzn"_s);
        std::mt19937 random(20261126); // seeded: the same kill points every run
        qint64 committed = -1;
        for (int round = 0; round < 12; ++round) {
            QProcess writer;
            writer.setProcessChannelMode(QProcess::SeparateChannels);
            writer.start(QStringLiteral(STORE_WRITER), {path, wnutGold});
            QVERIFY(writer.waitForStarted());
            const int wanted = 1 + int(random() % 25);
            int seen = 0;
            QByteArray pending;
            while (seen < wanted) {
                if (!writer.canReadLine()) {
                    QVERIFY2(writer.waitForReadyRead(60000), "the writer stopped talking");
                    continue;
                }
                const QByteArray line = writer.readLine().trimmed();
                if (line.startsWith("committed ")) {
                    committed = line.mid(10).toLongLong();
                    ++seen;
                }
            }
            writer.kill(); // SIGKILL: no cleanup, mid-transaction or not
            QVERIFY(writer.waitForFinished());
            // Lines printed after our last read are commits too.
            for (const QByteArray &line : writer.readAllStandardOutput().split('\n')) {
                if (line.startsWith("committed ")) {
                    committed = line.mid(10).toLongLong();
                }
            }
            QVERIFY2(integrityOk(path), "integrity check failed after a kill");
            auto store = ProjectStore::open(path, ProjectStore::Access::ReadOnly);
            QVERIFY(store.has_value());
            const auto layers = LayerRepository(**store).list();
            const qint64 calls = CallLogRepository(**store).totals().calls;
            // Actions 0..committed all landed; at most the one in flight did too.
            const qint64 actions = calls + qint64(layers->size());
            QVERIFY2(actions == committed + 1 || actions == committed + 2,
                qPrintable(u"actions %1, last commit %2"_s.arg(actions).arg(committed)));
            for (const LayerRepository::StoredLayer &layer : *layers) {
                QCOMPARE(layer.spanCount, 1079); // never half a layer
            }
        }
    }

private:
    std::optional<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestProjectStore)
#include "tst_projectstore.moc"
