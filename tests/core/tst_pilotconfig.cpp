// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "pilot/missingkeys.h"
#include "pilot/pilotconfig.h"
#include "pilot/proposal.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Core;

namespace {

QByteArray config()
{
    QFile file(QStringLiteral(WORKBENCH_TEST_DATA) + u"/pilot/config.json"_s);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray with(const QString &from, const QString &to)
{
    return QString::fromUtf8(config()).replace(from, to).toUtf8();
}

Guideline current()
{
    Guideline g;
    g.version = 2;
    g.goal = u"Tag people and places."_s;
    g.common = {Instruction{u"Boundaries"_s, u"Leave titles out."_s, {}, {}},
        Instruction{u"Types"_s, u"Fictional characters are PER."_s, {}, {}}};
    g.perAnnotator.insert(u"beta"_s, {Instruction{{}, u"Do not tag hashtags."_s, {}, {}}});
    return g;
}

} // namespace

class TestPilotConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void missingKeys_namedVariableOrHostedApi_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QStringList>("keyed"); // endpoints with a key
        QTest::addColumn<QStringList>("missing");
        const QString local =
            u"{\"id\": \"local\", \"api\": \"openai\", \"base_url\": \"http://127.0.0.1:8000/v1\""_s;
        QTest::newRow("key_env named, no key")
            << local + u", \"key_env\": \"PILOT_KEY\"}"_s << QStringList{} << QStringList{u"local"_s};
        QTest::newRow("key_env named, key given")
            << local + u", \"key_env\": \"PILOT_KEY\"}"_s << QStringList{u"local"_s} << QStringList{};
        QTest::newRow("a local server needs none") << local + u"}"_s << QStringList{} << QStringList{};
        QTest::newRow("an OpenAI-style server elsewhere may run without one")
            << u"{\"id\": \"local\", \"api\": \"openai\", \"base_url\": \"https://gpu.lab.example/v1\"}"_s
            << QStringList{} << QStringList{};
        QTest::newRow("Anthropic elsewhere always needs one")
            << u"{\"id\": \"local\", \"api\": \"anthropic\", \"base_url\": \"https://api.anthropic.com\"}"_s
            << QStringList{} << QStringList{u"local"_s};
        QTest::newRow("Azure elsewhere too")
            << u"{\"id\": \"local\", \"api\": \"azure\", \"base_url\": \"https://r.openai.azure.com\", "
               u"\"deployment\": \"d\"}"_s
            << QStringList{} << QStringList{u"local"_s};
        QTest::newRow("Anthropic's protocol on this machine (a test server)")
            << u"{\"id\": \"local\", \"api\": \"anthropic\", \"base_url\": \"http://127.0.0.1:9\"}"_s
            << QStringList{} << QStringList{};
    }
    void missingKeys_namedVariableOrHostedApi()
    {
        QFETCH(QString, endpoint);
        QFETCH(QStringList, keyed);
        QFETCH(QStringList, missing);
        const QString original =
            u"{\"id\": \"local\", \"api\": \"openai\", \"base_url\": \"http://127.0.0.1:8000/v1\", \"key_env\": \"PILOT_KEY\"}"_s;
        QVERIFY(config().contains(original.toUtf8()));
        const auto parsed = PilotConfig::fromJson(with(original, endpoint));
        QVERIFY2(parsed.has_value(), parsed ? "" : qPrintable(parsed.error()));
        QHash<QString, QString> keys;
        for (const QString &id : keyed) {
            keys.insert(id, u"k"_s);
        }
        QStringList found;
        for (const PilotConfig::EndpointEntry &entry : MissingKeys::of(*parsed, keys)) {
            found.append(entry.endpoint.id);
        }
        QCOMPARE(found, missing);
    }

    void missingKeys_onlyOfTheEndpointsTheRunCalls()
    {
        // A second endpoint that names a variable but serves nobody asks for no key.
        const auto parsed = PilotConfig::fromJson(with(u"\"key_env\": \"PILOT_KEY\"}"_s,
            u"\"key_env\": \"PILOT_KEY\"}, {\"id\": \"spare\", \"api\": \"openai\", \"base_url\": "
            u"\"https://api.openai.com/v1\", \"key_env\": \"SPARE_KEY\"}"_s));
        QVERIFY2(parsed.has_value(), parsed ? "" : qPrintable(parsed.error()));
        QCOMPARE(parsed->endpoints.size(), 2);
        QVERIFY(MissingKeys::needsKey(parsed->endpoints.at(1)));
        QVERIFY(MissingKeys::of(*parsed, {{u"local"_s, u"k"_s}}).isEmpty());
    }

    void readsAndDefaults()
    {
        const auto parsed = PilotConfig::fromJson(config());
        QVERIFY2(parsed.has_value(), parsed ? "" : qPrintable(parsed.error()));
        QCOMPARE(parsed->scheme.codes(), (QStringList{u"PER"_s, u"LOC"_s}));
        QCOMPARE(parsed->annotators.size(), 3);
        QVERIFY(!parsed->annotators.at(2).temperature.has_value());
        QCOMPARE(parsed->supervisor.model, u"gpt-5-mini"_s);
        QCOMPARE(parsed->knobs.batchSize, 4);
        QCOMPARE(parsed->knobs.seed, 7u);
        QCOMPARE(parsed->knobs.hotspotPercentile, 80.0); // method.md section 9 defaults
        QCOMPARE(parsed->knobs.changeCap, 0.10);
        QCOMPARE(parsed->knobs.maxOutputTokens, 8000);
        QCOMPARE(parsed->knobs.reference, PilotConfig::ErrorReference::Majority);
        const auto gold =
            PilotConfig::fromJson(with(u"\"seed\": 7"_s, u"\"seed\": 7, \"reference\": \"gold\""_s));
        QVERIFY2(gold.has_value(), gold ? "" : qPrintable(gold.error()));
        QCOMPARE(gold->knobs.reference, PilotConfig::ErrorReference::Gold);
        QCOMPARE(gold->toJson().value(u"knobs"_s).toObject().value(u"reference"_s).toString(), u"gold"_s);
        QCOMPARE(parsed->endpoint(u"local"_s)->keyEnv, u"PILOT_KEY"_s);
        QCOMPARE(parsed->budgetUsd.value(), 2.5);
        QCOMPARE(parsed->network.timeoutSeconds, 120.0);
        QCOMPARE(parsed->network.maxRetries, 3);
        const auto again = PilotConfig::fromJson(QJsonDocument(parsed->toJson()).toJson());
        QVERIFY(again.has_value());
        QCOMPARE(again->toJson(), parsed->toJson());

        // A pool: the replicas serve the same model; they survive the round trip.
        const auto pooled = PilotConfig::fromJson(with(u"\"key_env\": \"PILOT_KEY\""_s,
            u"\"key_env\": \"PILOT_KEY\", \"replicas\": [\"http://127.0.0.1:8001/v1\", \"http://localhost:8002/v1\"]"_s));
        QVERIFY2(pooled.has_value(), pooled ? "" : qPrintable(pooled.error()));
        QCOMPARE(pooled->endpoint(u"local"_s)->endpoint.pool().size(), 3);
        QVERIFY(!parsed->embeddings.has_value()); // the local TF-IDF vectors
        const auto embedded = PilotConfig::fromJson(with(u"\"budget_usd\""_s,
            u"\"embeddings\": {\"endpoint\": \"local\", \"model\": \"text-embedding-3-small\"}, \"budget_usd\""_s));
        QVERIFY2(embedded.has_value(), embedded ? "" : qPrintable(embedded.error()));
        QCOMPARE(embedded->embeddings->model, u"text-embedding-3-small"_s);
        QCOMPARE(PilotConfig::fromJson(embedded->toJson())->toJson(), embedded->toJson());
        QCOMPARE(PilotConfig::fromJson(QJsonDocument(pooled->toJson()).toJson())
                     ->endpoint(u"local"_s)
                     ->endpoint.replicas,
            pooled->endpoint(u"local"_s)->endpoint.replicas);
    }

    void shippedSchemesAndExample_parse_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("types");
        QTest::newRow("wnut17") << u":/schemes/wnut17.json"_s << 6;
        QTest::newRow("universal ner") << u":/schemes/universal-ner.json"_s << 3;
        QTest::newRow("conll2003") << u":/schemes/conll2003.json"_s << 4;
    }
    void shippedSchemesAndExample_parse()
    {
        QFETCH(QString, path);
        QFETCH(int, types);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY(json.value(u"source"_s).toString().contains(u"guidelines"_s)); // cited
        const auto scheme = EntityScheme::fromJson(json);
        QVERIFY2(scheme.has_value(), scheme ? "" : qPrintable(scheme.error()));
        QCOMPARE(scheme->types().size(), types);
        for (const EntityType &type : scheme->types()) {
            QVERIFY(!type.definition.isEmpty());
            QVERIFY(!type.positiveExamples.isEmpty());
        }
        QFile example(u":/examples/wnut17-pilot.json"_s);
        QVERIFY(example.open(QIODevice::ReadOnly));
        const auto config = PilotConfig::fromJson(example.readAll());
        QVERIFY2(config.has_value(), config ? "" : qPrintable(config.error()));
        QCOMPARE(config->scheme.codes().size(), 6);
        QCOMPARE(config->annotators.size(), 6);
        QVERIFY(!config->supervisor.temperature.has_value());
    }

    void errorsNameTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("syntax") << "{\n\"goal\": \n}"_ba << u"expected JSON"_s;
        QTest::newRow("unknown endpoint")
            << with(u"\"endpoint\": \"local\", \"model\": \"model-b\""_s,
                   u"\"endpoint\": \"nope\", \"model\": \"model-b\""_s)
            << u"annotators[1].endpoint: expected the id of an endpoint, found 'nope'"_s;
        QTest::newRow("key in file") << with(u"\"key_env\": \"PILOT_KEY\""_s, u"\"api_key\": \"sk-123\""_s)
                                     << u"keys never go in the configuration"_s;
        QTest::newRow("bad knob") << with(u"\"batch_size\": 4"_s, u"\"batch_size\": 0"_s)
                                  << u"knobs.batch_size"_s;
        QTest::newRow("bad reference") << with(u"\"seed\": 7"_s, u"\"seed\": 7, \"reference\": \"Gold\""_s)
                                       << u"knobs.reference: expected \"majority\" or \"gold\""_s;
        QTest::newRow("unknown knob")
            << with(u"\"seed\": 7"_s, u"\"seed\": 7, \"sed\": 1"_s) << u"knobs.sed: unknown setting"_s;
        QTest::newRow("bad network setting")
            << with(u"\"knobs\": {"_s, u"\"network\": {\"timeout_seconds\": 0}, \"knobs\": {"_s)
            << u"network.timeout_seconds: expected a number from 0.05 to 3600"_s;
        QTest::newRow("unknown network setting")
            << with(u"\"knobs\": {"_s, u"\"network\": {\"retries\": 2}, \"knobs\": {"_s)
            << u"network.retries: unknown setting"_s;
        QTest::newRow("local only, remote endpoint")
            << with(u"\"knobs\": {"_s, u"\"network\": {\"local_only\": true}, \"knobs\": {"_s)
                   .replace("http://127.0.0.1:8000", "https://api.example.com")
            << u"local only"_s;
        QTest::newRow("network not an object")
            << with(u"\"knobs\": {"_s, u"\"network\": 5, \"knobs\": {"_s) << u"network: expected an object"_s;
        QTest::newRow("insecure remote") << with(u"127.0.0.1:8000"_s, u"gpu.lab:8000"_s) << u"plain http"_s;
        QTest::newRow("insecure replica") << with(u"\"key_env\": \"PILOT_KEY\""_s,
            u"\"key_env\": \"PILOT_KEY\", \"replicas\": [\"http://127.0.0.1:8001/v1\", \"http://gpu7.lab:8000/v1\"]"_s)
                                          << u"plain http to gpu7.lab"_s;
        QTest::newRow("replica not a URL")
            << with(u"\"key_env\": \"PILOT_KEY\""_s, u"\"key_env\": \"PILOT_KEY\", \"replicas\": [5]"_s)
            << u"endpoints[0].replicas[0]: expected a base URL"_s;
        QTest::newRow("embeddings, unknown endpoint")
            << with(u"\"budget_usd\""_s,
                   u"\"embeddings\": {\"endpoint\": \"nope\", \"model\": \"e\"}, \"budget_usd\""_s)
            << u"embeddings.endpoint: expected the id of an endpoint, found 'nope'"_s;
        QTest::newRow("embeddings, no model")
            << with(u"\"budget_usd\""_s, u"\"embeddings\": {\"endpoint\": \"local\"}, \"budget_usd\""_s)
            << u"embeddings.model"_s;
        QTest::newRow("embeddings from Anthropic")
            << with(u"\"api\": \"openai\""_s, u"\"api\": \"anthropic\""_s)
                   .replace("\"budget_usd\"",
                       "\"embeddings\": {\"endpoint\": \"local\", \"model\": \"e\"}, \"budget_usd\"")
            << u"Anthropic offers no embeddings"_s;
        QTest::newRow("unknown section") << with(u"\"budget_usd\""_s,
            u"\"embedings\": {\"endpoint\": \"local\", \"model\": \"e\"}, \"budget_usd\""_s)
                                         << u"embedings: unknown setting; expected one of scheme, goal,"_s;
        QTest::newRow("unknown embeddings setting") << with(u"\"budget_usd\""_s,
            u"\"embeddings\": {\"endpoint\": \"local\", \"model\": \"e\", \"dims\": 256}, \"budget_usd\""_s)
                                                    << u"embeddings.dims: unknown setting"_s;
        QTest::newRow("annotator named supervisor")
            << with(u"\"name\": \"beta\""_s, u"\"name\": \"Supervisor\""_s)
            << u"annotators[1].name: 'Supervisor' is reserved (the supervisor's calls and figures"_s;
        QTest::newRow("annotator named embeddings")
            << with(u"\"name\": \"beta\""_s, u"\"name\": \"embeddings\""_s)
            << u"annotators[1].name: 'embeddings' is reserved (the embeddings calls are logged"_s;
        QTest::newRow("annotator named after a model called supervisor")
            << with(u"\"name\": \"beta\", \"endpoint\": \"local\", \"model\": \"model-b\""_s,
                   u"\"endpoint\": \"local\", \"model\": \"supervisor\""_s)
            << u"annotators[1].name: 'supervisor' is reserved"_s;
        QTest::newRow("one annotator")
            << with(u"{\"name\": \"beta\", \"endpoint\": \"local\", \"model\": \"model-b\"},"_s, {})
                   .replace("{\"name\": \"gamma\", \"endpoint\": \"local\", \"model\": \"o3-mini\", "
                            "\"temperature\": null, \"reasoning_effort\": \"low\"}",
                       "")
                   .replace("\"model-a\"},", "\"model-a\"}")
            << u"at least two annotators"_s;
    }
    void errorsNameTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, fragment);
        int line = 0;
        const auto parsed = PilotConfig::fromJson(json, &line);
        QVERIFY(!parsed.has_value());
        QVERIFY2(parsed.error().contains(fragment), qPrintable(parsed.error()));
        if (fragment == u"expected JSON") {
            QCOMPARE(line, 3);
        }
    }

    void errors_pointAtTheLineOfTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("syntax") << with(u"\"rounds\": 3"_s, u"\"rounds\": 3,"_s) << 16 << u"expected JSON"_s;
        QTest::newRow("unknown section")
            << with(u"\"budget_usd\""_s, u"\"embedings\": {\"endpoint\": \"local\"},\n  \"budget_usd\""_s)
            << 17 << u"embedings: unknown setting"_s;
        // Far down the file, as in a long configuration with the scheme written out.
        QTest::newRow("bad knob after many lines") << with(
            u"\"knobs\": {\"batch_size\": 4,"_s, QString(120, u'\n') + u"\"knobs\": {\n\"batch_size\": 0,"_s)
                                                   << 137 << u"knobs.batch_size"_s;
        QTest::newRow("in an array") << with(u"\"endpoint\": \"local\", \"model\": \"model-b\""_s,
            u"\"endpoint\": \"nope\", \"model\": \"model-b\""_s)
                                     << 12 << u"annotators[1].endpoint"_s;
        QTest::newRow("nested in the scheme")
            << with(u"\"code\": \"LOC\""_s, u"\"code\": \"L O C\""_s) << 4 << u"scheme.types[1].code"_s;
        QTest::newRow("key absent: its element")
            << with(u"{\"name\": \"beta\", \"endpoint\": \"local\", \"model\": \"model-b\"}"_s,
                   u"{\"endpoint\": \"local\", \"model\":\n \"supervisor\"}"_s)
            << 12 << u"annotators[1].name: 'supervisor' is reserved"_s;
        // The same words inside a string are text, not keys.
        QTest::newRow("words in a string")
            << with(u"for a gazetteer."_s, u"for a gazetteer, not \\\"knobs\\\": {\\\"batch_size\\\": 0}."_s)
                   .replace("\"batch_size\": 4", "\"batch_size\": 0")
            << 16 << u"knobs.batch_size"_s;
        QTest::newRow("section missing") << with(
            u"  \"goal\": \"Tag people and places in short news sentences for a gazetteer.\",\n"_s, {})
                                         << 1 << u"goal: expected the task goal"_s;
    }
    void errors_pointAtTheLineOfTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, line);
        QFETCH(QString, fragment);
        int reported = 0;
        const auto parsed = PilotConfig::fromJson(json, &reported);
        QVERIFY(!parsed.has_value());
        QVERIFY2(parsed.error().contains(fragment), qPrintable(parsed.error()));
        QCOMPARE(reported, line);
    }

    void proposal_changesMeasuredAndApplied()
    {
        Guideline proposed = current();
        proposed.goal = u"Tag people and places in news."_s;
        proposed.common[1].text = u"Fictional characters and avatars are PER."_s; // a change, same section
        proposed.common.append(Instruction{
            u"Hashtags"_s, u"Tag a hashtag only when it names an entity."_s, u"split votes"_s, {}});
        proposed.perAnnotator.remove(u"beta"_s); // removal
        const Proposal proposal = Proposal::between(current(), proposed, 2, true);
        QCOMPARE(proposal.changes.size(), 4);
        QCOMPARE(proposal.changes.at(0).kind, ProposalChange::Kind::Rewrite);
        QCOMPARE(proposal.changes.at(1).kind, ProposalChange::Kind::Change);
        QCOMPARE(proposal.changes.at(1).index, 1);
        QCOMPARE(proposal.changes.at(2).kind, ProposalChange::Kind::Add);
        QCOMPARE(proposal.changes.at(3).kind, ProposalChange::Kind::Remove);
        QCOMPARE(proposal.changes.at(3).target, u"beta"_s);
        // Whose text each edits, read from the target: the goal, everyone's, beta's.
        QCOMPARE(proposal.changes.at(0).scope(), ProposalChange::Scope::Goal);
        QCOMPARE(proposal.changes.at(1).scope(), ProposalChange::Scope::Common);
        QCOMPARE(proposal.changes.at(3).scope(), ProposalChange::Scope::Annotator);
        for (const ProposalChange &change : proposal.changes) {
            QVERIFY(change.changeFraction > 0.0 && change.changeFraction < 0.5);
        }
        QCOMPARE(proposal.undecided(), (QList<int>{1, 2, 3, 4}));
        // The change cap counts edits and removals of the 3 + 4 + 4 existing words: "and avatars"
        // added (2) and beta's instruction removed (4); the addition and the goal are free.
        const Proposal::CapUse cap = proposal.capUse(current());
        QCOMPARE(cap.existingWords, 11);
        QCOMPARE(cap.changedWords, 6);
        QCOMPARE(cap.share(), 6.0 / 11.0);
        QCOMPARE(Proposal::between(Guideline{}, proposed, 0, true).capUse(Guideline{}).existingWords, 0);
        // Accept all: the proposed guideline, one version on.
        Proposal all = proposal;
        for (ProposalChange &change : all.changes) {
            change.decision = ProposalChange::Decision::Accepted;
        }
        Guideline expected = proposed;
        expected.version = 3;
        QCOMPARE(all.apply(current()), expected);
        // Reject the goal, edit the addition: only those reach the next version.
        Proposal mixed = proposal;
        mixed.changes[0].decision = ProposalChange::Decision::Rejected;
        mixed.changes[1].decision = ProposalChange::Decision::Rejected;
        mixed.changes[2].decision = ProposalChange::Decision::Edited;
        mixed.changes[2].editedText = u"Tag hashtags that name entities, without the #."_s;
        mixed.changes[3].decision = ProposalChange::Decision::Accepted;
        const Guideline next = mixed.apply(current());
        QCOMPARE(next.goal, current().goal);
        QCOMPARE(next.common.size(), 3);
        QCOMPARE(next.common.at(1).text, u"Fictional characters are PER."_s);
        QCOMPARE(next.common.at(2).text, u"Tag hashtags that name entities, without the #."_s);
        QVERIFY(next.perAnnotator.isEmpty());
        const QJsonObject json = proposal.toJson();
        QCOMPARE(json.value(u"round"_s).toInt(), 2);
        QCOMPARE(
            json.value(u"changes"_s).toArray().at(3).toObject().value(u"kind"_s).toString(), u"remove"_s);
        QCOMPARE(json.value(u"changes"_s).toArray().at(3).toObject().value(u"text"_s).toString(),
            u"Do not tag hashtags."_s);
    }

    void proposal_pairsRewordedInstructionsByWordOverlap()
    {
        Guideline current;
        current.common = {
            Instruction{u"Boundaries"_s, u"Leave titles such as Dr. outside person names."_s, {}, {}, {}},
            Instruction{u"Types"_s, u"Cities are LOC."_s, {}, {}, {}}};
        Guideline proposed;
        proposed.goal = current.goal;
        // Reworded and moved to another section: one change of instruction 0, not a removal and an
        // addition. A new rule in the section of a dropped one, with no words in common: an addition
        // and a removal, not a "change" of one into the other.
        proposed.common = {
            Instruction{u"Names"_s, u"Leave titles such as Dr. or Prof. outside person names."_s, {}, {}, {}},
            Instruction{u"Types"_s, u"Hashtags are never entities."_s, {}, {}, {}}};
        const Proposal proposal = Proposal::between(current, proposed, 1, true);
        QCOMPARE(proposal.changes.size(), 3);
        QCOMPARE(proposal.changes.at(0).kind, ProposalChange::Kind::Change);
        QCOMPARE(proposal.changes.at(0).index, 0);
        QCOMPARE(proposal.changes.at(1).kind, ProposalChange::Kind::Add);
        QCOMPARE(proposal.changes.at(2).kind, ProposalChange::Kind::Remove);
        QCOMPARE(proposal.changes.at(2).index, 1);
        Proposal all = proposal;
        for (ProposalChange &change : all.changes) {
            change.decision = ProposalChange::Decision::Accepted;
        }
        const Guideline next = all.apply(current);
        QCOMPARE(next.common.size(), 2);
        QCOMPARE(next.common.at(0).text, proposed.common.at(0).text);
        QCOMPARE(next.common.at(1).text, proposed.common.at(1).text);
    }

    void changeFraction_wordLevel()
    {
        QCOMPARE(Proposal::changeFraction(u"a b c d"_s, u"a b c d"_s), 0.0);
        QCOMPARE(Proposal::changeFraction(u"a b c d"_s, u"a b x d"_s), 2.0 / 8.0);
        QCOMPARE(Proposal::changeFraction(u"a b"_s, u"c d"_s), 1.0);
        QCOMPARE(Proposal::changeFraction(QString(), QString()), 0.0);
    }
};

QTEST_APPLESS_MAIN(TestPilotConfig)
#include "tst_pilotconfig.moc"
