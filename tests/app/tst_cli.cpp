// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
// End-to-end tests of diziner-cli: the real executable, run as a user would run it.
#include "clirun.h"
#include "store/projectloader.h"
#include "store/projectstore.h"
#include "store/schema.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

using Run = Workbench::Test::CliRun;

Run cli(const QStringList &arguments)
{
    return Workbench::Test::runCli(arguments);
}

const QString wnut = QStringLiteral(WORKBENCH_SHARED_DATA) + u"/wnut17/"_s;

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void score_json_isOneObjectWithUnroundedNumbers()
    {
        const Run run = cli({u"score"_s, wnut + u"emerging.test.annotated"_s,
            wnut + u"submissions/uh_ritual"_s, u"--format"_s, u"json"_s});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error{};
        const QJsonDocument json = QJsonDocument::fromJson(run.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(json.isObject());
        const QJsonObject overall = json.object().value(u"overall"_s).toObject();
        QCOMPARE(overall.value(u"tp"_s).toInt(), 355);
        QCOMPARE(overall.value(u"gold"_s).toInt(), 1079);
        QCOMPARE(overall.value(u"pred"_s).toInt(), 617);
        QCOMPARE(overall.value(u"f1"_s).toDouble(), 2.0 * 355 / (1079 + 617));
        QCOMPARE(overall.value(u"precision"_s).toDouble(), 355.0 / 617.0);
        const QJsonObject types = json.object().value(u"types"_s).toObject();
        QCOMPARE(types.keys(),
            (QStringList{
                u"corporation"_s, u"creative-work"_s, u"group"_s, u"location"_s, u"person"_s, u"product"_s}));
        for (const QString &key : {u"precision"_s, u"recall"_s, u"f1"_s, u"tp"_s, u"gold"_s, u"pred"_s}) {
            QVERIFY2(types.value(u"person"_s).toObject().contains(key), qPrintable(key));
        }
        QVERIFY(run.err.isEmpty());
    }

    void score_text_hasTable()
    {
        const Run run =
            cli({u"score"_s, wnut + u"emerging.test.annotated"_s, wnut + u"submissions/arcada"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("39.98"));
        QVERIFY(run.out.contains("creative-work"));
    }

    void score_differingTokenText_warnsButScores()
    {
        const Run run = cli({u"score"_s, wnut + u"emerging.test.annotated"_s,
            wnut + u"submissions/mic-cis.txt"_s, u"--format=json"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(
            run.err.contains(u"mic-cis.txt:2: warning: 1283 tokens differ in text"_s), qPrintable(run.err));
        const QJsonObject overall = QJsonDocument::fromJson(run.out).object().value(u"overall"_s).toObject();
        QCOMPARE(qRound(overall.value(u"f1"_s).toDouble() * 10000), 3706);
    }

    void score_sentenceCountMismatch_namesLine()
    {
        const QString gold = write(u"gold.conll"_s, "a O\nb B-X\n\nc O\n"_ba);
        const QString pred = write(u"pred.conll"_s, "a O\nb B-X\n"_ba);
        const Run run = cli({u"score"_s, gold, pred});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(pred + u":1: error: expected 2 sentences"_s), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void score_tokenCountMismatch_namesLine()
    {
        const QString gold = write(u"gold.conll"_s, "a O\nb B-X\n\nc O\n"_ba);
        const QString pred = write(u"pred.conll"_s, "a O\nb B-X\n\nc O\nd O\n"_ba);
        const Run run = cli({u"score"_s, gold, pred});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(
                     pred + u":4: error: expected 1 token in this sentence as at "_s + gold + u":4"_s),
            qPrintable(run.err));
    }

    void score_parseError_isFileLineError()
    {
        const QString gold = write(u"gold.conll"_s, "a O\nb B-X\n"_ba);
        const QString pred = write(u"pred.conll"_s, "a O\nb PERSON\n"_ba);
        const Run run = cli({u"score"_s, gold, pred});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(pred + u":2: error: expected a tag"_s), qPrintable(run.err));
    }

    void score_tagColumnOption()
    {
        const QString gold = write(u"gold.conll"_s, "a B-X O\nb I-X O\n"_ba);
        const QString pred = write(u"pred.conll"_s, "a B-X B-Y\nb I-X O\n"_ba);
        const Run detected = cli({u"score"_s, gold, pred, u"--format"_s, u"json"_s});
        QCOMPARE(
            QJsonDocument::fromJson(detected.out).object()[u"overall"_s].toObject()[u"gold"_s].toInt(), 0);
        const Run given = cli({u"score"_s, gold, pred, u"--tag-col"_s, u"2"_s, u"--format"_s, u"json"_s});
        QCOMPARE(given.exitCode, 0);
        QCOMPARE(
            QJsonDocument::fromJson(given.out).object()[u"overall"_s].toObject()[u"f1"_s].toDouble(), 1.0);
    }

    void usage_errorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no verb") << QStringList{};
        QTest::newRow("unknown verb") << QStringList{u"frobnicate"_s};
        QTest::newRow("score one file") << QStringList{u"score"_s, u"a"_s};
        QTest::newRow("bad format") << QStringList{u"score"_s, u"a"_s, u"b"_s, u"--format"_s, u"xml"_s};
        QTest::newRow("bad tag-col") << QStringList{u"score"_s, u"a"_s, u"b"_s, u"--tag-col"_s, u"0"_s};
        QTest::newRow("unknown option") << QStringList{u"score"_s, u"a"_s, u"b"_s, u"--nope"_s};
        QTest::newRow("bad scheme") << QStringList{u"convert"_s, u"a"_s, u"b"_s, u"--scheme"_s, u"iob9"_s};
    }
    void usage_errorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY(!run.err.isEmpty());
    }

    void helpAndVersion()
    {
        QCOMPARE(cli({u"--version"_s}).exitCode, 0);
        for (const QString &option : {u"--help"_s, u"--help-all"_s, u"help"_s}) {
            const Run overall = cli({option});
            QCOMPARE(overall.exitCode, 0);
            QVERIFY(overall.out.startsWith("usage: diziner-cli VERB"));
        }
        const Run help = cli({u"score"_s, u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--tag-col"));
    }

    void help_onEveryVerbAndSubVerb_printsItAndExitsZero_data()
    {
        QTest::addColumn<QStringList>("verb");
        QTest::addColumn<QString>("option");
        const QList<QStringList> verbs{{u"score"_s}, {u"convert"_s}, {u"aggregate"_s}, {u"agreement"_s},
            {u"ask"_s}, {u"pilot"_s}, {u"label"_s}, {u"decide"_s}, {u"report"_s}, {u"project"_s},
            {u"project"_s, u"create"_s}, {u"project"_s, u"import"_s}, {u"project"_s, u"export"_s},
            {u"project"_s, u"info"_s}, {u"project"_s, u"purge"_s}, {u"project"_s, u"rebuild-rounds"_s}};
        for (const QStringList &verb : verbs) {
            for (const QString &option : {u"--help"_s, u"--help-all"_s, u"-h"_s}) {
                QTest::addRow("%s %s", qPrintable(verb.join(u' ')), qPrintable(option)) << verb << option;
            }
        }
    }
    void help_onEveryVerbAndSubVerb_printsItAndExitsZero()
    {
        // Asking how to call a verb is never a usage error, nor does it need the verb's arguments.
        QFETCH(QStringList, verb);
        QFETCH(QString, option);
        const Run run = cli(verb + QStringList{option});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        const QString usage = u"Usage: diziner-cli %1 "_s.arg(verb.join(u' '));
        QVERIFY2(QString::fromUtf8(run.out).startsWith(usage), run.out.constData());
        QVERIFY(run.out.contains("--format"));
        // An option the verb does not know does not hide the help either.
        const Run withUnknown = cli(verb + QStringList{option, u"--nope"_s});
        QCOMPARE(withUnknown.exitCode, 0);
        QVERIFY(QString::fromUtf8(withUnknown.out).startsWith(usage));
    }

    void convert_toBioesWithDocstart()
    {
        const QString in = write(u"in.conll"_s, "New\tB-LOC\r\nYork\tI-LOC\r\nrocks\tO\r\n"_ba);
        const QString out = m_dir.filePath(u"out.conll"_s);
        const Run run = cli(
            {u"convert"_s, in, out, u"--scheme"_s, u"bioes"_s, u"--docstart"_s, u"--format"_s, u"json"_s});
        QCOMPARE(run.exitCode, 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), "-DOCSTART-\tO\n\nNew\tB-LOC\nYork\tE-LOC\nrocks\tO\n\n"_ba);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(u"scheme_in"_s).toString(), u"iob2"_s);
        QCOMPARE(json.value(u"scheme_out"_s).toString(), u"bioes"_s);
        QCOMPARE(json.value(u"spans"_s).toInt(), 1);
        QVERIFY(json.value(u"loss"_s).toArray().isEmpty());
    }

    void convert_badInput_writesNothing()
    {
        const QString in = write(u"in.conll"_s, "a O\nb\n"_ba);
        const QString out = m_dir.filePath(u"never.conll"_s);
        const Run run = cli({u"convert"_s, in, out});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(in + u":2: error:"_s), qPrintable(run.err));
        QVERIFY(!QFile::exists(out));
    }

    void agreement_json_hasTheDocumentedShape()
    {
        const QString sub = wnut + u"submissions/"_s;
        const Run run =
            cli({u"agreement"_s, sub + u"arcada"_s, sub + u"mic-cis.txt"_s, sub + u"uh_ritual"_s, u"--gold"_s,
                wnut + u"emerging.test.annotated"_s, u"--format"_s, u"json"_s, u"--bootstrap"_s, u"200"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(
            json.value(u"layers"_s).toArray(), (QJsonArray{u"arcada"_s, u"mic-cis.txt"_s, u"uh_ritual"_s}));
        for (const QString &key : {u"f1"_s, u"mean"_s, u"mean_ci"_s, u"pool"_s, u"kappa"_s, u"weights"_s,
                 u"elite"_s, u"gold_f1"_s, u"pearson"_s, u"unaligned_tokens"_s}) {
            QVERIFY2(json.contains(key), qPrintable(key));
        }
        QCOMPARE(json.value(u"f1"_s).toArray().at(1).toArray().at(1).toDouble(), 1.0);
        QCOMPARE(json.value(u"mean_ci"_s).toArray().at(0).toArray().size(), 2);
        QCOMPARE(qRound(json.value(u"gold_f1"_s).toArray().at(2).toDouble() * 10000), 4186);
        QVERIFY(json.value(u"pearson"_s).isDouble());
        QCOMPARE(json.value(u"unaligned_tokens"_s).toObject().value(u"mic-cis.txt"_s).toInt(), 0);
        QVERIFY2(run.err.contains(u"1283 tokens aligned to differently spelt tokens"_s), qPrintable(run.err));
        // Krippendorff's alpha and Fleiss' kappa of the three at once, over tokens.
        const QJsonObject alpha = json.value(u"alpha"_s).toObject();
        for (const QString &key : {u"bio"_s, u"type"_s, u"bio_ci"_s, u"type_ci"_s, u"by_type"_s}) {
            QVERIFY2(alpha.contains(key), qPrintable(key));
        }
        QCOMPARE(qRound(alpha.value(u"bio"_s).toDouble() * 10000), 5431);
        QCOMPARE(qRound(alpha.value(u"type"_s).toDouble() * 10000), 5520);
        const QJsonArray bioInterval = alpha.value(u"bio_ci"_s).toArray();
        QVERIFY(bioInterval.at(0).toDouble() < alpha.value(u"bio"_s).toDouble());
        QVERIFY(alpha.value(u"bio"_s).toDouble() < bioInterval.at(1).toDouble());
        QCOMPARE(alpha.value(u"by_type"_s).toObject().keys(),
            (QStringList{
                u"corporation"_s, u"creative-work"_s, u"group"_s, u"location"_s, u"person"_s, u"product"_s}));
        QVERIFY(alpha.value(u"by_type"_s)[u"person"_s][u"ci"_s].isArray());
        const QJsonObject fleiss = json.value(u"fleiss"_s).toObject();
        QVERIFY(fleiss.value(u"bio"_s).isDouble() && fleiss.value(u"type"_s).isDouble());
        // No layer misses a token: alpha is Fleiss' kappa with alpha's small-sample correction.
        const double ratings = 3.0 * fleiss.value(u"units"_s).toDouble();
        QVERIFY(qAbs(alpha.value(u"bio"_s).toDouble()
                    - (1.0 - (1.0 - fleiss.value(u"bio"_s).toDouble()) * (ratings - 1.0) / ratings))
            < 1e-12);

        const Run two = cli({u"agreement"_s, sub + u"arcada"_s, sub + u"uh_ritual"_s, u"--gold"_s,
            wnut + u"emerging.test.annotated"_s, u"--format=json"_s, u"--bootstrap=0"_s});
        QVERIFY(QJsonDocument::fromJson(two.out).object().value(u"pearson"_s).isNull());

        const Run text = cli({u"agreement"_s, sub + u"arcada"_s, sub + u"mic-cis.txt"_s, sub + u"uh_ritual"_s,
            u"--bootstrap"_s, u"0"_s});
        QCOMPARE(text.exitCode, 0);
        const QString printed = QString::fromUtf8(text.out);
        QVERIFY2(
            printed.contains(u"Krippendorff's alpha (nominal, over 23394 tokens"_s), qPrintable(printed));
        QVERIFY(printed.contains(u"Fleiss' kappa (over 23394 tokens every layer labelled)"_s));
        // Without a bootstrap there is no interval: none printed, not [0.5431, 0.5431].
        QVERIFY2(printed.contains(u"  BIO labels            0.5431\n"_s), qPrintable(printed));
        QVERIFY2(
            printed.contains(u"pool agreement 0.4640 (no interval: --bootstrap 0)\n"_s), qPrintable(printed));
        QVERIFY(!printed.contains(u"[0.5431, 0.5431]"_s));
        // Nor a column for intervals: no "95% interval" header over blanks.
        QVERIFY2(!printed.contains(u"interval"_s, Qt::CaseInsensitive) || printed.contains(u"no interval"_s),
            qPrintable(printed));
        QVERIFY2(!printed.contains(u"95%"_s), qPrintable(printed));
        QVERIFY2(printed.contains(u"\nlayer                     mean F1   kappa  weight\n"_s),
            qPrintable(printed));
        QVERIFY2(printed.contains(u"Pairwise strict span F1 (1287 documents, 23394 tokens)\n"_s),
            qPrintable(printed));

        // With intervals, the column and its header are there.
        const Run withIntervals =
            cli({u"agreement"_s, sub + u"arcada"_s, sub + u"mic-cis.txt"_s, u"--bootstrap"_s, u"20"_s});
        QCOMPARE(withIntervals.exitCode, 0);
        QVERIFY2(withIntervals.out.contains(
                     "\nlayer                     mean F1      95% interval   kappa  weight\n"),
            withIntervals.out.constData());
    }

    void agreement_bootstrapZero_givesNullIntervals_notZeroWidthOnes()
    {
        const QString sub = wnut + u"submissions/"_s;
        const auto intervals = [](const QJsonObject &json) {
            QJsonArray found{json.value(u"pool_ci"_s)};
            for (const QJsonValue &interval : json.value(u"mean_ci"_s).toArray()) {
                found.append(interval);
            }
            for (const QString &coefficient : {u"alpha"_s, u"fleiss"_s}) {
                const QJsonObject object = json.value(coefficient).toObject();
                found.append(object.value(u"bio_ci"_s));
                found.append(object.value(u"type_ci"_s));
                for (const QJsonValue &type : object.value(u"by_type"_s).toObject()) {
                    found.append(type.toObject().value(u"ci"_s));
                }
            }
            return found;
        };
        const QStringList files{sub + u"arcada"_s, sub + u"uh_ritual"_s};
        const Run none =
            cli(QStringList{u"agreement"_s} + files + QStringList{u"--format=json"_s, u"--bootstrap=0"_s});
        QCOMPARE(none.exitCode, 0);
        const QJsonArray withoutBootstrap = intervals(none.json());
        QCOMPARE(withoutBootstrap.size(), 1 + 2 + 2 * (2 + 6));
        for (const QJsonValue &interval : withoutBootstrap) {
            QVERIFY(interval.isNull());
        }
        QVERIFY(none.json().value(u"pool"_s).isDouble()); // the figure stays, its interval goes

        // With one, every interval is there (Fleiss' kappa has none: it is not bootstrapped).
        const Run drawn =
            cli(QStringList{u"agreement"_s} + files + QStringList{u"--format=json"_s, u"--bootstrap=20"_s});
        QCOMPARE(drawn.exitCode, 0);
        const QJsonObject json = drawn.json();
        QCOMPARE(json.value(u"pool_ci"_s).toArray().size(), 2);
        QVERIFY(json.value(u"pool_ci"_s)[0].toDouble() < json.value(u"pool_ci"_s)[1].toDouble());
        QCOMPARE(json.value(u"mean_ci"_s)[1].toArray().size(), 2);
        QCOMPARE(json[u"alpha"_s][u"by_type"_s][u"person"_s][u"ci"_s].toArray().size(), 2);
    }

    void agreement_help_namesTheVerb()
    {
        const Run agreement = cli({u"agreement"_s, u"--help"_s});
        QCOMPARE(agreement.exitCode, 0);
        QVERIFY2(agreement.out.startsWith("Usage: diziner-cli agreement [options] FILE...\n"),
            agreement.out.constData());
        // Every verb's usage line is what to type, a sub-verb's too; never the executable's path.
        const Run import = cli({u"project"_s, u"import"_s, u"--help"_s});
        QVERIFY2(import.out.startsWith("Usage: diziner-cli project import [options] FILE.dzn DATA\n"),
            import.out.constData());
        QVERIFY(!cli({u"score"_s, u"--help"_s})
                     .out.contains(QFileInfo(QStringLiteral(DIZINER_CLI)).path().toUtf8()));
    }

    void projectExportHelp_namesBothKindsOfFormat()
    {
        // export's --format names the file written and the output: its help says both, once.
        const Run help = cli({u"project"_s, u"export"_s, u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains("--format <conll|doccano|prodigy|brat|text|json>"), help.out.constData());
        QVERIFY2(
            !help.out.contains("<text|json>") && !help.out.contains("(default: text)"), help.out.constData());
        QVERIFY2(help.out.contains("Give --format twice"), help.out.constData());
        // Any other verb: the output format alone.
        QVERIFY(cli({u"project"_s, u"info"_s, u"--help"_s}).out.contains("--format <text|json>"));
    }

    void agreement_oneLayer_saysWhyThereIsNoCoefficient()
    {
        const QByteArray one = "a O\nb B-PER\n\nc B-LOC\nd O\n\n";
        const QString file = write(u"only.conll"_s, one);
        const Run text = cli({u"agreement"_s, file, u"--gold"_s, file, u"--bootstrap"_s, u"0"_s});
        QCOMPARE(text.exitCode, 0);
        const QString printed = QString::fromUtf8(text.out);
        QVERIFY2(
            printed.contains(u"\nKrippendorff's alpha and Fleiss' kappa: n/a (one annotator layer; agreement "
                             u"needs two or more, and a --gold file is not one of them)\n"_s),
            qPrintable(printed));
        QVERIFY2(printed.contains(u"pool agreement n/a (one annotator layer"_s), qPrintable(printed));
        QVERIFY(!printed.contains(u"BIO labels"_s)); // no table of n/a figures
        // Its mean F1 and kappa measured nothing: n/a, not 0, and it is no elite of one.
        QVERIFY2(printed.contains(u"\nonly.conll                    n/a     n/a  1.0000  1.0000\n"_s),
            qPrintable(printed));
        QVERIFY(!printed.contains(u"elite"_s));
        const Run json = cli({u"agreement"_s, file, u"--format=json"_s});
        QCOMPARE(json.exitCode, 0);
        QVERIFY(json.json()[u"pool"_s].isNull());
        QVERIFY(json.json()[u"mean"_s][0].isNull());
        QVERIFY(json.json()[u"alpha"_s][u"bio"_s].isNull());
        QVERIFY(json.json()[u"fleiss"_s][u"type"_s].isNull());
    }

    void aggregate_writesTokenTabTag()
    {
        const QString sub = wnut + u"submissions/"_s;
        const QString out = m_dir.filePath(u"agg.conll"_s);
        const Run run = cli({u"aggregate"_s, sub + u"arcada"_s, sub + u"flytxt"_s, sub + u"uh_ritual"_s,
            u"--method"_s, u"span-vote"_s, u"--min-votes"_s, u"2"_s, u"-o"_s, out});
        QCOMPARE(run.exitCode, 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("&\tO\ngt\tO\n"));
        QVERIFY(!bytes.contains('\r'));
        const Run scored =
            cli({u"score"_s, wnut + u"emerging.test.annotated"_s, out, u"--format"_s, u"json"_s});
        QCOMPARE(scored.exitCode, 0);
        QVERIFY(
            QJsonDocument::fromJson(scored.out).object()[u"overall"_s].toObject()[u"f1"_s].toDouble() > 0.4);
        QCOMPARE(
            cli({u"aggregate"_s, sub + u"arcada"_s, u"-o"_s, out, u"--min-votes"_s, u"2"_s}).exitCode, 2);
        QCOMPARE(cli({u"aggregate"_s, sub + u"arcada"_s}).exitCode, 2);
    }

    void aggregate_cascade_keepsWhatTheMostAgreeingAgreeOn()
    {
        const QString sub = wnut + u"submissions/"_s;
        const QStringList systems{sub + u"arcada"_s, sub + u"drexel_cci"_s, sub + u"flytxt"_s,
            sub + u"mic-cis.txt"_s, sub + u"sjtu_adapt.txt"_s, sub + u"spinningbytes.txt"_s,
            sub + u"uh_ritual"_s};
        const QString out = m_dir.filePath(u"cascade.conll"_s);
        const Run run = cli(QStringList{u"aggregate"_s} + systems
            + QStringList{u"--method"_s, u"cascade"_s, u"-o"_s, out, u"--format"_s, u"json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject json = run.json();
        QCOMPARE(json.value(u"method"_s).toString(), u"cascade"_s);
        QCOMPARE(json.value(u"first"_s).toInt(), 2);
        QCOMPARE(json.value(u"layers"_s).toInt(), 7);
        // Label-free: the order of mean pairwise agreement (README's table).
        QCOMPARE(json.value(u"order"_s).toArray(),
            (QJsonArray{u"uh_ritual"_s, u"sjtu_adapt.txt"_s, u"arcada"_s, u"flytxt"_s, u"spinningbytes.txt"_s,
                u"mic-cis.txt"_s, u"drexel_cci"_s}));
        QCOMPARE(json.value(u"documents"_s).toInt(), 1287);
        QCOMPARE(json.value(u"escalated"_s).toInt(), 368);
        QCOMPARE(json.value(u"escalated_documents"_s).toArray().size(), 368);
        QCOMPARE(json.value(u"escalated_share"_s).toDouble(), 368.0 / 1287.0);
        QVERIFY(std::abs(json.value(u"calls_per_document"_s).toDouble() - (2 + 368.0 / 1287.0 * 5)) < 1e-12);
        const Run scored =
            cli({u"score"_s, wnut + u"emerging.test.annotated"_s, out, u"--format"_s, u"json"_s});
        QCOMPARE(scored.exitCode, 0);
        QCOMPARE(qRound(scored.json()[u"overall"_s][u"f1"_s].toDouble() * 10000), 4524);

        const Run text = cli(QStringList{u"aggregate"_s} + systems
            + QStringList{u"--method=cascade"_s, u"--first"_s, u"3"_s, u"-o"_s, out});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("first 3: uh_ritual, sjtu_adapt.txt, arcada; 518 documents of 1287 "
                                   "escalated (40.2%), 4.61 calls per document"),
            text.out.constData());
    }

    void aggregate_cascade_badUsage_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("message");
        QTest::newRow("--first 1") << QStringList{u"--method=cascade"_s, u"--first=1"_s}
                                   << u"--first takes a whole number of at least 2, not '1'"_s;
        QTest::newRow("more first than files") << QStringList{u"--method=cascade"_s, u"--first=4"_s}
                                               << u"--first 4 needs at least 4 files, found 3"_s;
        QTest::newRow("--first without cascade")
            << QStringList{u"--first=2"_s} << u"--first goes with --method cascade"_s;
        QTest::newRow("--min-votes with cascade") << QStringList{u"--method=cascade"_s, u"--min-votes=2"_s}
                                                  << u"--min-votes goes with --method span-vote"_s;
        QTest::newRow("unknown method") << QStringList{u"--method=cascades"_s}
                                        << u"--method takes plurality, span-vote, weighted or cascade"_s;
    }

    void aggregate_cascade_badUsage()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, message);
        const QString sub = wnut + u"submissions/"_s;
        const QString out = m_dir.filePath(u"never.conll"_s);
        const Run run = cli(QStringList{u"aggregate"_s, sub + u"arcada"_s, sub + u"flytxt"_s,
                                sub + u"uh_ritual"_s, u"-o"_s, out}
            + options);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(!QFile::exists(out));
    }

    void report_writesHotspotsAndAnnotatorReports()
    {
        const QString sub = wnut + u"submissions/"_s;
        const QString dir = m_dir.filePath(u"reports"_s);
        const Run run = cli({u"report"_s, sub + u"arcada"_s, sub + u"drexel_cci"_s, sub + u"uh_ritual"_s,
            u"-o"_s, dir, u"--gold"_s, wnut + u"emerging.test.annotated"_s, u"--format"_s, u"json"_s});
        QCOMPARE(run.exitCode, 0);
        for (const QString &name : {u"hotspots.md"_s, u"annotator-arcada.md"_s, u"annotator-drexel_cci.md"_s,
                 u"annotator-uh_ritual.md"_s}) {
            QVERIFY2(QFile::exists(dir + u'/' + name), qPrintable(name));
        }
        QFile report(dir + u"/annotator-uh_ritual.md"_s);
        QVERIFY(report.open(QIODevice::ReadOnly));
        QVERIFY(report.readAll().contains("Against the reference: gold"));
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QVERIFY(json.value(u"blocks"_s).toInt() > 0);
    }

    void aggregate_layerLackingADocument_doesNotVoteThere_data()
    {
        QTest::addColumn<QString>("method");
        QTest::newRow("plurality") << u"plurality"_s;
        QTest::newRow("weighted") << u"weighted"_s;
        QTest::newRow("span-vote") << u"span-vote"_s;
        // The first two agree wherever both have a document; the one lacking document 5 escalates it.
        QTest::newRow("cascade") << u"cascade"_s;
    }

    void aggregate_layerLackingADocument_doesNotVoteThere()
    {
        QFETCH(QString, method);
        // Three copies of one system; two lack document 5 ("... Rajesh Kalia ..."): it is a's alone.
        const QStringList copies = lackingDocumentFive();
        const QString out = m_dir.filePath(u"agg-%1.conll"_s.arg(method));
        const Run run = cli(QStringList{u"aggregate"_s} + copies
            + QStringList{u"--method"_s, method, u"-o"_s, out, u"--format=json"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(u"1 document of "_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u" is not in this file"_s), qPrintable(run.err));
        QFile written(out);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray bytes = written.readAll();
        const qsizetype five = bytes.indexOf("Rajesh\t");
        QVERIFY(five >= 0);
        QVERIFY2(bytes.mid(five).startsWith("Rajesh\tB-person\nKalia\tI-person\n"),
            bytes.mid(five, 40).constData());
        // Every span of a, none lost: the copies agree everywhere else.
        QCOMPARE(run.json().value(u"spans"_s).toInt(), m_sjtuSpans);
    }

    void report_layerLackingADocument_isNoDisputeThere()
    {
        const QStringList copies = lackingDocumentFive();
        const QString dir = m_dir.filePath(u"lacking-report"_s);
        const Run run =
            cli(QStringList{u"report"_s} + copies + QStringList{u"-o"_s, dir, u"--format"_s, u"json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = run.json();
        // The copies agree wherever they overlap: no disputed token, no block, no error.
        QCOMPARE(json.value(u"hot_tokens"_s).toInt(), 0);
        QCOMPARE(json.value(u"blocks"_s).toInt(), 0);
        const QJsonObject errors = json.value(u"errors"_s).toObject();
        QCOMPARE(errors.size(), 3);
        for (const QJsonValue &counts : errors) {
            for (const QJsonValue &count : counts.toObject()) {
                QCOMPARE(count.toInt(), 0);
            }
        }
        QFile hotspots(dir + u"/hotspots.md"_s);
        QVERIFY(hotspots.open(QIODevice::ReadOnly));
        QVERIFY(!hotspots.readAll().contains("Rajesh"));
    }

    void gold_lackingADocument_scoresOnlyWhatItCovers()
    {
        // The gold is a copy of the system without document 5: the system is right everywhere else.
        const QStringList copies = lackingDocumentFive();
        const Run agreement = cli({u"agreement"_s, copies.at(0), u"--gold"_s, copies.at(1),
            u"--format=json"_s, u"--bootstrap=0"_s});
        QCOMPARE(agreement.exitCode, 0);
        QCOMPARE(agreement.json()[u"gold_f1"_s][0].toDouble(), 1.0);
        const QString dir = m_dir.filePath(u"gold-report"_s);
        const Run report = cli({u"report"_s, copies.at(0), copies.at(0), u"--gold"_s, copies.at(1), u"-o"_s,
            dir, u"--format=json"_s});
        QCOMPARE(report.exitCode, 0);
        for (const QJsonValue &count : report.json()[u"errors"_s][u"a.conll"_s].toObject()) {
            QCOMPARE(count.toInt(), 0);
        }
    }

    void agreement_pairSharingNoDocument_isNotApplicable()
    {
        const QString all = write(u"all.conll"_s, "a O\nb B-PER\n\nc B-LOC\nd O\n\n");
        const QString first = write(u"first.conll"_s, "a O\nb B-PER\n\n");
        const QString second = write(u"second.conll"_s, "c B-LOC\nd O\n\n");
        const Run json = cli({u"agreement"_s, all, first, second, u"--format=json"_s, u"--bootstrap=0"_s});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(json.json()[u"f1"_s][0][1].toDouble(), 1.0);
        QVERIFY(json.json()[u"f1"_s][1][2].isNull());
        QVERIFY(json.json()[u"kappa"_s][2][1].isNull());
        QCOMPARE(json.json()[u"pool"_s].toDouble(), 1.0);
        const Run text = cli({u"agreement"_s, all, first, second, u"--bootstrap=0"_s});
        QCOMPARE(text.exitCode, 0);
        const QString printed = QString::fromUtf8(text.out);
        QVERIFY2(printed.contains(u"[2] first.conll       1.0000  1.0000     n/a\n"_s), qPrintable(printed));
    }

    void convert_acrossFormats_keepsEverySpan()
    {
        const QString uner = QStringLiteral(WORKBENCH_SHARED_DATA) + u"/uner-en-ewt/en_ewt-ud-dev.iob2"_s;
        const QString doccano = m_dir.filePath(u"u.jsonl"_s);
        const QString brat = m_dir.filePath(u"brat"_s);
        const QString prodigy = m_dir.filePath(u"p.jsonl"_s);
        const QString back = m_dir.filePath(u"back.conll"_s);
        QCOMPARE(cli({u"convert"_s, uner, doccano}).exitCode, 2); // .jsonl needs --to
        QCOMPARE(cli({u"convert"_s, uner, doccano, u"--to"_s, u"doccano"_s}).exitCode, 0);
        QCOMPARE(cli({u"convert"_s, doccano, brat + u'/', u"--from"_s, u"doccano"_s}).exitCode, 0);
        QCOMPARE(cli({u"convert"_s, brat, prodigy, u"--to"_s, u"prodigy"_s}).exitCode, 0);
        const Run last =
            cli({u"convert"_s, prodigy, back, u"--from"_s, u"prodigy"_s, u"--format"_s, u"json"_s});
        QCOMPARE(last.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(last.out).object().value(u"spans"_s).toInt(), 966);
        // Four conversions later, the spans are the original's, token for token.
        const Run agreement =
            cli({u"agreement"_s, uner, back, u"--format"_s, u"json"_s, u"--bootstrap"_s, u"0"_s});
        QCOMPARE(agreement.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(agreement.out).object()[u"pool"_s].toDouble(), 1.0);
    }

    void project_lifecycle()
    {
        const QString project = m_dir.filePath(u"p.dzn"_s);
        QCOMPARE(cli({u"project"_s, u"create"_s, project}).exitCode, 0);
        QCOMPARE(cli({u"project"_s, u"create"_s, project}).exitCode, 1); // exists
        QCOMPARE(cli({u"project"_s, u"create"_s, project, u"--force"_s}).exitCode, 0);
        const Run first = cli({u"project"_s, u"import"_s, project, wnut + u"emerging.test.annotated"_s,
            u"--gold"_s, u"--format"_s, u"json"_s});
        QCOMPARE(first.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(first.out).object().value(u"defined_corpus"_s).toBool());
        // Later imports must be named.
        QCOMPARE(cli({u"project"_s, u"import"_s, project, wnut + u"submissions/flytxt"_s}).exitCode, 2);
        // A pilot round's layer name is the pilot's: an import under it is refused, saying so.
        const Run reserved = cli({u"project"_s, u"import"_s, project, wnut + u"submissions/flytxt"_s,
            u"--layer"_s, u"round1/alpha"_s});
        QCOMPARE(reserved.exitCode, 2);
        QVERIFY2(reserved.err.contains(u"'round1/alpha' is a pilot round's layer name"_s),
            qPrintable(reserved.err));
        QCOMPARE(cli({u"project"_s, u"import"_s, project, wnut + u"submissions/mic-cis.txt"_s, u"--layer"_s,
                         u"mic"_s})
                     .exitCode,
            0);
        const Run info = cli({u"project"_s, u"info"_s, project, u"--format"_s, u"json"_s});
        QCOMPARE(info.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(info.out).object();
        QCOMPARE(json.value(u"documents"_s).toInt(), 1287);
        QCOMPARE(json.value(u"tokens"_s).toInt(), 23394);
        QCOMPARE(json.value(u"layers"_s).toArray().size(), 2);
        QCOMPARE(json.value(u"layers"_s).toArray().at(1).toObject().value(u"spans"_s).toInt(), 891);
        for (const QString &key : {u"sentences"_s, u"guideline_versions"_s, u"rounds"_s, u"cost"_s}) {
            QVERIFY2(json.contains(key), qPrintable(key));
        }
        // Without --layer the export takes the gold (no curated layer yet); --format names both.
        const QString out = m_dir.filePath(u"gold.conll"_s);
        QCOMPARE(cli({u"project"_s, u"export"_s, project, out, u"--format"_s, u"conll"_s, u"--format"_s,
                         u"json"_s})
                     .exitCode,
            0);
        const Run scored =
            cli({u"score"_s, wnut + u"emerging.test.annotated"_s, out, u"--format"_s, u"json"_s});
        QCOMPARE(
            QJsonDocument::fromJson(scored.out).object()[u"overall"_s].toObject()[u"f1"_s].toDouble(), 1.0);
        QCOMPARE(cli({u"project"_s, u"export"_s, project, out, u"--layer"_s, u"nope"_s}).exitCode, 1);
        QCOMPARE(cli({u"project"_s, u"purge"_s, project, u"--calls-older-than"_s, u"30"_s, u"--vacuum"_s})
                     .exitCode,
            0);
        QCOMPARE(cli({u"project"_s, u"frobnicate"_s, project}).exitCode, 2);
    }

    void project_lockedOrNewer_exitFour()
    {
        const QString project = m_dir.filePath(u"locked.dzn"_s);
        {
            auto holder = Workbench::Core::ProjectStore::create(project, false);
            QVERIFY(holder.has_value());
            const Run locked = cli({u"project"_s, u"import"_s, project, wnut + u"emerging.test.annotated"_s});
            QCOMPARE(locked.exitCode, 4);
            QVERIFY2(locked.err.startsWith(project + u":1: error: the project is in use"_s),
                qPrintable(locked.err));
            QCOMPARE(cli({u"project"_s, u"info"_s, project}).exitCode, 0); // reading is fine
            QSqlQuery((*holder)->database()).exec(u"PRAGMA user_version = 99"_s);
        }
        const Run newer = cli({u"project"_s, u"info"_s, project});
        QCOMPARE(newer.exitCode, 4);
        QVERIFY(newer.err.contains(u"newer DiZiNER Workbench"_s));
        QCOMPARE(
            cli({u"project"_s, u"info"_s, wnut + u"emerging.test.annotated"_s}).exitCode, 1); // not a project
    }

    void agreement_aDocumentALayerLacks_isMissing_notNoEntities()
    {
        // D2 lacks the second document, where the others tag "d" as a location; on the rest all
        // three agree. Read as missing, agreement is perfect; read as "no entities", it is not.
        const QByteArray full = "-DOCSTART- O\n\na O\nb B-PER\n\n-DOCSTART- O\n\nc O\nd B-LOC\n\n"
                                "-DOCSTART- O\n\ne B-PER\nf O\n\n";
        const QByteArray lacking = "-DOCSTART- O\n\na O\nb B-PER\n\n-DOCSTART- O\n\ne B-PER\nf O\n\n";
        const Run run = cli({u"agreement"_s, write(u"D1.conll"_s, full), write(u"D2.conll"_s, lacking),
            write(u"D3.conll"_s, full), u"--format"_s, u"json"_s, u"--bootstrap"_s, u"0"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(u"D2.conll:1: warning: 1 document of "_s), qPrintable(run.err));
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(u"pool"_s).toDouble(), 1.0);
        QCOMPARE(json[u"alpha"_s][u"bio"_s].toDouble(), 1.0);
        QCOMPARE(json[u"fleiss"_s][u"bio"_s].toDouble(), 1.0);

        // Imported into a project, the layer keeps the document it lacks.
        const QString project = m_dir.filePath(u"lacking.dzn"_s);
        QCOMPARE(cli({u"project"_s, u"create"_s, project}).exitCode, 0);
        QCOMPARE(cli({u"project"_s, u"import"_s, project, m_dir.filePath(u"D1.conll"_s)}).exitCode, 0);
        const Run imported = cli({u"project"_s, u"import"_s, project, m_dir.filePath(u"D2.conll"_s),
            u"--layer"_s, u"D2"_s, u"--format"_s, u"json"_s});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QCOMPARE(imported.json().value(u"uncovered_documents"_s).toInt(), 1);
        QVERIFY2(imported.err.contains(
                     u"D2.conll:1: warning: 1 document of the project's corpus is not in this file"_s),
            qPrintable(imported.err));
        const auto loaded = Workbench::Core::ProjectLoader::load(project);
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->corpus.layers.at(0).uncoveredDocuments, QSet<qsizetype>());
        QCOMPARE(loaded->corpus.layers.at(1).uncoveredDocuments, QSet<qsizetype>{1});

        // project info says how many documents each layer covers.
        const Run info = cli({u"project"_s, u"info"_s, project, u"--format"_s, u"json"_s});
        QCOMPARE(info.exitCode, 0);
        const QJsonArray layers = info.json().value(u"layers"_s).toArray();
        QCOMPARE(layers.size(), 2);
        QCOMPARE(layers.at(0)[u"covered_documents"_s].toInt(), 3);
        QCOMPARE(layers.at(1)[u"covered_documents"_s].toInt(), 2);
        QCOMPARE(layers.at(1)[u"coverage"_s].toString(), u"recorded"_s);
        const Run text = cli({u"project"_s, u"info"_s, project});
        QVERIFY2(text.out.contains("\n  layer D1.conll (system): 3 spans, covers 3 of 3 documents\n"),
            text.out.constData());
        QVERIFY2(text.out.contains("\n  layer D2 (system): 2 spans, covers 2 of 3 documents\n"),
            text.out.constData());
        QVERIFY2(text.out.contains(": 3 documents, 3 sentences, 6 tokens\n"), text.out.constData());
    }

    void projectInfo_ofAProjectBeforeCoverage_saysItIsAssumed()
    {
        // Version 7 kept no coverage. An imported layer's is unknown: read as full, and said so;
        // the pilot's final layer named what it could not label: that is derived, and said so.
        const QString project = m_dir.filePath(u"v7.dzn"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v7"_s);
            db.setDatabaseName(project);
            QVERIFY(db.open());
            QVERIFY(Workbench::Core::Schema::migrate(db, 0, 7).has_value());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"PRAGMA application_id = %1"_s.arg(Workbench::Core::Schema::applicationId)));
            QVERIFY(
                query.exec(u"INSERT INTO documents (position, external_id, text) VALUES (0, 'd1', 'a b'), "
                           u"(1, 'd2', 'c d')"_s));
            QVERIFY(
                query.exec(u"INSERT INTO layers (name, kind, position, provenance, created) VALUES "
                           u"('old', 'system', 0, '{\"tool\": \"conll\"}', 'x'), "
                           u"('final-a', 'llm', 1, '{\"tool\": \"pilot final labelling, guideline v1; not "
                           u"labelled (a piece failed): d2\"}', 'x')"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"v7"_s);
        const Run text = cli({u"project"_s, u"info"_s, project});
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY2(text.out.contains(
                     "\n  layer old (system): 0 spans, covers 2 of 2 documents (assumed: the project "
                     "was written before coverage was kept; if the layer's file lacked documents, "
                     "import it again)\n"),
            text.out.constData());
        QVERIFY2(
            text.out.contains("\n  layer final-a (llm): 0 spans, covers 1 of 2 documents (derived from the "
                              "project's pilot records"),
            text.out.constData());
        const Run json = cli({u"project"_s, u"info"_s, project, u"--format"_s, u"json"_s});
        const QJsonArray layers = json.json().value(u"layers"_s).toArray();
        QCOMPARE(layers.at(0)[u"coverage"_s].toString(), u"assumed"_s);
        QCOMPARE(layers.at(0)[u"covered_documents"_s].toInt(), 2);
        QCOMPARE(layers.at(1)[u"coverage"_s].toString(), u"derived"_s);
        QCOMPARE(layers.at(1)[u"covered_documents"_s].toInt(), 1);
        QCOMPARE(json.json().value(u"schema_version"_s).toInt(), 7); // info only reads
    }

    void project_exportOfAPartialLayer_leavesOutWhatItLacks_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("name");
        QTest::newRow("conll") << u"conll"_s << u"b.conll"_s;
        QTest::newRow("doccano") << u"doccano"_s << u"b.jsonl"_s;
        QTest::newRow("prodigy") << u"prodigy"_s << u"b.prodigy.jsonl"_s;
        QTest::newRow("brat") << u"brat"_s << u"b-brat"_s;
    }
    void project_exportOfAPartialLayer_leavesOutWhatItLacks()
    {
        // b lacks document 5. Exported and imported again, it must lack it again: written as a
        // document without entities, it would come back covering it, and vote O there.
        QFETCH(QString, format);
        QFETCH(QString, name);
        const QStringList copies = lackingDocumentFive();
        const QString project = m_dir.filePath(u"partial-%1.dzn"_s.arg(format));
        QCOMPARE(cli({u"project"_s, u"create"_s, project, u"--force"_s}).exitCode, 0);
        QCOMPARE(cli({u"project"_s, u"import"_s, project, copies.at(0)}).exitCode, 0);
        QCOMPARE(cli({u"project"_s, u"import"_s, project, copies.at(1), u"--layer"_s, u"b"_s}).exitCode, 0);
        const QString out = m_dir.filePath(name);
        const Run exported = cli({u"project"_s, u"export"_s, project, out, u"--layer"_s, u"b"_s,
            u"--format"_s, format, u"--format"_s, u"json"_s});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QCOMPARE(exported.json().value(u"uncovered_documents"_s).toInt(), 1);
        QCOMPARE(exported.json().value(u"documents"_s).toInt(), 1286);
        const Run text =
            cli({u"project"_s, u"export"_s, project, out, u"--layer"_s, u"b"_s, u"--format"_s, format});
        QVERIFY2(text.out.contains(": layer 'b', 1286 documents, 0 lost (1 document the layer does not "
                                   "cover left out)\n"),
            text.out.constData());

        const Run again = cli({u"project"_s, u"import"_s, project, out, u"--layer"_s, u"b-again"_s,
            u"--from"_s, format, u"--format"_s, u"json"_s});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(again.json().value(u"uncovered_documents"_s).toInt(), 1);
        const auto loaded = Workbench::Core::ProjectLoader::load(project);
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->corpus.layers.at(1).name, u"b"_s);
        QCOMPARE(loaded->corpus.layers.at(1).uncoveredDocuments, QSet<qsizetype>{5});
        QCOMPARE(
            loaded->corpus.layers.at(2).uncoveredDocuments, loaded->corpus.layers.at(1).uncoveredDocuments);
        QCOMPARE(loaded->corpus.layers.at(2).spans, loaded->corpus.layers.at(1).spans);
    }

private:
    // a.conll, b.conll, c.conll: copies of a WNUT-17 system; b and c lack document 5.
    QStringList lackingDocumentFive()
    {
        QFile source(wnut + u"submissions/sjtu_adapt.txt"_s);
        if (!source.open(QIODevice::ReadOnly)) {
            qFatal("cannot read the WNUT-17 system");
        }
        QByteArray text = source.readAll();
        text.replace("\r\n", "\n");
        m_sjtuSpans = int(text.count("\tB-"));
        QList<QByteArray> parts;
        qsizetype from = 0;
        for (qsizetype at = text.indexOf("\n\n"); at >= 0; at = text.indexOf("\n\n", from)) {
            parts.append(text.mid(from, at + 2 - from));
            from = at + 2;
        }
        parts.append(text.mid(from));
        if (!parts.at(5).contains("Rajesh\tB-person")) {
            qFatal("document 5 is not the one this test expects");
        }
        QByteArray lacking;
        for (qsizetype p = 0; p < parts.size(); ++p) {
            lacking += p == 5 ? QByteArray() : parts.at(p);
        }
        return {write(u"a.conll"_s, text), write(u"b.conll"_s, lacking), write(u"c.conll"_s, lacking)};
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
            qFatal("cannot write test file");
        }
        return path;
    }

    QTemporaryDir m_dir;
    int m_sjtuSpans = 0;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
