// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "llm/endpoint.h"
#include "llm/modelcapabilities.h"
#include "llm/providercodec.h"
#include "llm/redaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Core;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(WORKBENCH_TEST_DATA) + u"/providers/"_s + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Endpoint endpoint(ApiStyle style, const QString &url)
{
    Endpoint e;
    e.id = u"test"_s;
    e.style = style;
    e.baseUrl = QUrl(url);
    return e;
}

ChatRequest request(const QString &model)
{
    ChatRequest r;
    r.model = model;
    r.messages = {{u"system"_s, u"You annotate."_s}, {u"user"_s, u"Text."_s}};
    r.maxOutputTokens = 500;
    return r;
}

} // namespace

class TestProviderCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_publishedReplies()
    {
        const auto openai =
            ProviderCodec::parseChat(ApiStyle::OpenAi, fixture(u"openai-chat-completion.json"_s));
        QVERIFY(openai.has_value());
        QVERIFY(openai->text.startsWith(u"The image shows"_s));
        QCOMPARE(openai->model, u"gpt-4o-2024-08-06"_s);
        QCOMPARE(openai->finishReason, u"stop"_s);
        QCOMPARE(openai->systemFingerprint, u"fp_fc9f1d7035"_s);
        QCOMPARE(openai->usage.promptTokens, 1117);
        QCOMPARE(openai->usage.completionTokens, 46);

        const auto reasoning =
            ProviderCodec::parseChat(ApiStyle::OpenAi, fixture(u"openai-reasoning-completion.json"_s));
        QCOMPARE(reasoning->usage.reasoningTokens, 512);

        const auto vllm =
            ProviderCodec::parseChat(ApiStyle::OpenAi, fixture(u"vllm-reasoning-content.json"_s));
        QCOMPARE(vllm->reasoning, u"The user wants entities."_s);
        QCOMPARE(vllm->text, u"{\"entities\": []}"_s);

        const auto anthropic =
            ProviderCodec::parseChat(ApiStyle::Anthropic, fixture(u"anthropic-message.json"_s));
        QVERIFY(anthropic.has_value());
        QCOMPARE(anthropic->text, u"Hi! My name is Claude."_s);
        QCOMPARE(anthropic->finishReason, u"stop"_s); // end_turn, normalised
        QCOMPARE(anthropic->usage.promptTokens, 2095);
        QCOMPARE(anthropic->usage.completionTokens, 503);

        const auto ollama = ProviderCodec::parseChat(ApiStyle::Ollama, fixture(u"ollama-chat.json"_s));
        QVERIFY(ollama.has_value());
        QCOMPARE(ollama->text, u"Hello! How are you today?"_s);
        QCOMPARE(ollama->usage.promptTokens, 26);
        QCOMPARE(ollama->usage.completionTokens, 298);
    }

    void parse_thinkBlockIsSplitOff()
    {
        const QByteArray body =
            "{\"choices\":[{\"message\":{\"content\":\"<think>\\nPER or ORG?\\n</think>\\n{\\\"entities\\\": []}\"},\"finish_reason\":\"stop\"}]}"_ba;
        const auto reply = ProviderCodec::parseChat(ApiStyle::OpenAi, body);
        QVERIFY(reply.has_value());
        QCOMPARE(reply->text, u"{\"entities\": []}"_s);
        QCOMPARE(reply->reasoning, u"PER or ORG?"_s);
    }

    void parse_badBodiesAreErrors()
    {
        QVERIFY(!ProviderCodec::parseChat(ApiStyle::OpenAi, "{\"choices\": [").has_value());
        QVERIFY(!ProviderCodec::parseChat(ApiStyle::OpenAi, "{\"choices\": []}").has_value());
        QVERIFY(!ProviderCodec::parseChat(ApiStyle::Anthropic, fixture(u"anthropic-error-overloaded.json"_s))
                     .has_value());
    }

    void errorMessage_isTheProvidersWithoutTheKey()
    {
        const QString key = u"sk-test-0123456789abcdef"_s;
        const QString message =
            ProviderCodec::errorMessage(401, fixture(u"openai-error-invalid-key.json"_s), key);
        QVERIFY(message.startsWith(u"HTTP 401: Incorrect API key provided: [redacted]"_s));
        QVERIFY(!message.contains(key));
        QCOMPARE(ProviderCodec::errorMessage(529, fixture(u"anthropic-error-overloaded.json"_s), {}),
            u"HTTP 529: Overloaded"_s);
        QCOMPARE(ProviderCodec::errorMessage(404, "{\"error\":\"model \\\"x\\\" not found\"}"_ba, {}),
            u"HTTP 404: model \"x\" not found"_s);
    }

    void build_openAi_standardAndReasoning()
    {
        ChatRequest standard = request(u"gpt-4o-mini"_s);
        standard.jsonSchema = JsonSchema::fromObject(QJsonObject{{u"type"_s, u"object"_s}});
        const auto call = ProviderCodec::buildChat(
            endpoint(ApiStyle::OpenAi, u"https://api.openai.com/v1"_s), standard, u"sk-1"_s);
        QCOMPARE(call.request.url().toString(), u"https://api.openai.com/v1/chat/completions"_s);
        QCOMPARE(call.request.rawHeader("Authorization"), "Bearer sk-1"_ba);
        const QJsonObject body = QJsonDocument::fromJson(call.body).object();
        QCOMPARE(body.value(u"temperature"_s).toDouble(), 0.0);
        QCOMPARE(body.value(u"max_tokens"_s).toInt(), 500);
        QCOMPARE(body.value(u"stream"_s).toBool(), false);
        QCOMPARE(body.value(u"response_format"_s).toObject().value(u"type"_s).toString(), u"json_schema"_s);

        ChatRequest reasoning = request(u"o3-mini"_s);
        reasoning.reasoningEffort = u"low"_s;
        const QJsonObject rbody = QJsonDocument::fromJson(
            ProviderCodec::buildChat(
                endpoint(ApiStyle::OpenAi, u"https://api.openai.com/v1/"_s), reasoning, {})
                .body)
                                      .object();
        QVERIFY(!rbody.contains(u"temperature"_s));
        QVERIFY(!rbody.contains(u"max_tokens"_s));
        QCOMPARE(rbody.value(u"max_completion_tokens"_s).toInt(), 500);
        QCOMPARE(rbody.value(u"reasoning_effort"_s).toString(), u"low"_s);
    }

    void build_azureAnthropicOllama()
    {
        Endpoint azure = endpoint(ApiStyle::Azure, u"https://res.openai.azure.com"_s);
        azure.deployment = u"gpt4o"_s;
        const auto a = ProviderCodec::buildChat(azure, request(u"gpt-4o"_s), u"az-key"_s);
        QCOMPARE(a.request.url().toString(),
            u"https://res.openai.azure.com/openai/deployments/gpt4o/chat/completions?api-version=2024-10-21"_s);
        QCOMPARE(a.request.rawHeader("api-key"), "az-key"_ba);
        QVERIFY(!a.request.hasRawHeader("Authorization"));

        const auto c = ProviderCodec::buildChat(endpoint(ApiStyle::Anthropic, u"https://api.anthropic.com"_s),
            request(u"claude-sonnet-4"_s), u"ant-key"_s);
        QCOMPARE(c.request.url().toString(), u"https://api.anthropic.com/v1/messages"_s);
        QCOMPARE(c.request.rawHeader("x-api-key"), "ant-key"_ba);
        QCOMPARE(c.request.rawHeader("anthropic-version"), "2023-06-01"_ba);
        const QJsonObject cbody = QJsonDocument::fromJson(c.body).object();
        QCOMPARE(cbody.value(u"max_tokens"_s).toInt(), 500);
        QCOMPARE(cbody.value(u"system"_s).toString(), u"You annotate."_s); // top level, not a message
        QCOMPARE(cbody.value(u"messages"_s).toArray().size(), 1);

        ChatRequest schema = request(u"llama3.1:8b"_s);
        schema.jsonSchema = JsonSchema::fromObject(QJsonObject{{u"type"_s, u"object"_s}});
        const auto o =
            ProviderCodec::buildChat(endpoint(ApiStyle::Ollama, u"http://127.0.0.1:11434"_s), schema, {});
        QCOMPARE(o.request.url().toString(), u"http://127.0.0.1:11434/api/chat"_s);
        const QJsonObject obody = QJsonDocument::fromJson(o.body).object();
        QCOMPARE(obody.value(u"format"_s).toObject().value(u"type"_s).toString(), u"object"_s);
        QCOMPARE(obody.value(u"options"_s).toObject().value(u"num_predict"_s).toInt(), 500);
        QCOMPARE(obody.value(u"stream"_s).toBool(), false);
    }

    void structuredOutput_eachProviderAsItOffersIt_inSchemaOrder()
    {
        // Keys in generation order: the text before its examples, "zeta" before "alpha".
        const JsonSchema schema =
            JsonSchema::object({{u"zeta"_s, JsonSchema::string()}, {u"text"_s, JsonSchema::string()},
                {u"examples"_s,
                    JsonSchema::array(JsonSchema::object({{u"why"_s, JsonSchema::string().nullable()}}))},
                {u"alpha"_s, JsonSchema::boolean()}});
        const QByteArray ordered = schema.toJson();
        QVERIFY(ordered.indexOf("\"zeta\"") < ordered.indexOf("\"text\""));
        QVERIFY(ordered.indexOf("\"text\"") < ordered.indexOf("\"examples\""));
        QVERIFY(ordered.indexOf("\"examples\"") < ordered.indexOf("\"alpha\""));
        QCOMPARE(schema.toObject().value(u"required"_s).toArray().size(), 4);
        QCOMPARE(schema.toObject().value(u"additionalProperties"_s).toBool(true), false);
        QCOMPARE(schema.shape(),
            u"{\"zeta\": string, \"text\": string, \"examples\": [{\"why\": string or null}, ...], "
            u"\"alpha\": true or false}"_s);

        ChatRequest asked = request(u"gpt-4o-mini"_s);
        asked.jsonSchema = schema;
        asked.schemaName = u"organisation"_s;
        asked.maxOutputTokens = 0; // the provider's maximum
        // OpenAI: a strict json_schema, the schema's text in its order, no max_tokens.
        const QByteArray openAi =
            ProviderCodec::buildChat(endpoint(ApiStyle::OpenAi, u"https://api.openai.com/v1"_s), asked, {})
                .body;
        QVERIFY2(openAi.contains(QByteArray("\"schema\":" + ordered)), openAi.constData());
        const QJsonObject format =
            QJsonDocument::fromJson(openAi).object().value(u"response_format"_s).toObject();
        QCOMPARE(format.value(u"json_schema"_s).toObject().value(u"strict"_s).toBool(), true);
        QCOMPARE(format.value(u"json_schema"_s).toObject().value(u"name"_s).toString(), u"organisation"_s);
        QVERIFY(!QJsonDocument::fromJson(openAi).object().contains(u"max_tokens"_s));

        // Anthropic: one tool whose input_schema is the schema, its use forced; max_tokens is the
        // model's own limit when the request leaves it open.
        asked.model = u"claude-sonnet-4-5"_s;
        const QByteArray anthropic =
            ProviderCodec::buildChat(endpoint(ApiStyle::Anthropic, u"https://api.anthropic.com"_s), asked, {})
                .body;
        QVERIFY2(anthropic.contains(QByteArray("\"input_schema\":" + ordered)), anthropic.constData());
        const QJsonObject abody = QJsonDocument::fromJson(anthropic).object();
        QCOMPARE(abody.value(u"tools"_s).toArray().size(), 1);
        QCOMPARE(abody.value(u"tools"_s).toArray().first().toObject().value(u"name"_s).toString(),
            u"organisation"_s);
        QCOMPARE(abody.value(u"tool_choice"_s).toObject(),
            (QJsonObject{{u"type"_s, u"tool"_s}, {u"name"_s, u"organisation"_s}}));
        QCOMPARE(abody.value(u"max_tokens"_s).toInt(), 64000);
        asked.model = u"claude-3-5-haiku-latest"_s;
        QCOMPARE(QJsonDocument::fromJson(
                     ProviderCodec::buildChat(
                         endpoint(ApiStyle::Anthropic, u"https://api.anthropic.com"_s), asked, {})
                         .body)
                     .object()
                     .value(u"max_tokens"_s)
                     .toInt(),
            8192);

        // Ollama: format carries the schema; no num_predict.
        asked.model = u"llama3.1:8b"_s;
        const QByteArray ollama =
            ProviderCodec::buildChat(endpoint(ApiStyle::Ollama, u"http://127.0.0.1:11434"_s), asked, {}).body;
        QVERIFY2(ollama.contains(QByteArray("\"format\":" + ordered)), ollama.constData());
        QVERIFY(!QJsonDocument::fromJson(ollama)
                     .object()
                     .value(u"options"_s)
                     .toObject()
                     .contains(u"num_predict"_s));

        // A prompt that quotes the marker's text cannot be mistaken for it.
        asked.messages = {{u"user"_s, u"say \"@@diziner-json-schema@@\""_s}};
        const QJsonObject quoted = QJsonDocument::fromJson(
            ProviderCodec::buildChat(endpoint(ApiStyle::Ollama, u"http://127.0.0.1:11434"_s), asked, {}).body)
                                       .object();
        QCOMPARE(quoted.value(u"messages"_s).toArray().first().toObject().value(u"content"_s).toString(),
            u"say \"@@diziner-json-schema@@\""_s);
    }

    void parse_anthropicToolUse_isTheAnswer()
    {
        const auto reply =
            ProviderCodec::parseChat(ApiStyle::Anthropic, fixture(u"anthropic-tool-use.json"_s));
        QVERIFY(reply.has_value());
        const QJsonObject answer = QJsonDocument::fromJson(reply->text.toUtf8()).object();
        QCOMPARE(answer.value(u"patterns"_s).toArray().first().toObject().value(u"name"_s).toString(),
            u"titles in names"_s);
        QCOMPARE(reply->finishReason, u"stop"_s);
    }

    void parseEmbeddings_inIndexOrder()
    {
        // OpenAI's documented reply, its items reversed: "index" decides the order.
        const auto openAi = ProviderCodec::parseEmbeddings(ApiStyle::OpenAi,
            R"({"object": "list", "data": [
                {"object": "embedding", "index": 1, "embedding": [0.5, -0.25]},
                {"object": "embedding", "index": 0, "embedding": [0.125, 1]}],
              "model": "text-embedding-3-small", "usage": {"prompt_tokens": 8, "total_tokens": 8}})"_ba);
        QVERIFY2(openAi.has_value(), openAi ? "" : qPrintable(openAi.error()));
        QCOMPARE(*openAi, (QList<QList<float>>{{0.125f, 1.0f}, {0.5f, -0.25f}}));
        const auto ollama = ProviderCodec::parseEmbeddings(ApiStyle::Ollama,
            R"({"model": "nomic-embed-text", "embeddings": [[0.125, 1], [0.5, -0.25]]})"_ba);
        QVERIFY(ollama.has_value());
        QCOMPARE(*ollama, *openAi);
    }

    void parseEmbeddings_refusesWhatCannotBeSampled_data()
    {
        QTest::addColumn<int>("style");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        const auto item = [](const char *index, const char *vector) -> QByteArray {
            return QByteArray(R"({"object": "embedding", )") + index + R"("embedding": )" + vector + "}";
        };
        const auto data = [](const QList<QByteArray> &items) -> QByteArray {
            return R"({"object": "list", "data": [)" + items.join(", ") + "]}";
        };
        const int openAi = int(ApiStyle::OpenAi);
        QTest::newRow("no index") << openAi
                                  << data({item("", "[1, 2]"), item("", "[3, 4]"), item("", "[5, 6]")})
                                  << u"embedding 0 of the reply has no index"_s;
        QTest::newRow("one index missing")
            << openAi << data({item(R"("index": 0, )", "[1, 2]"), item("", "[3, 4]")})
            << u"embedding 1 of the reply has no index"_s;
        QTest::newRow("index not a number") << openAi << data({item(R"("index": "0", )", "[1, 2]")})
                                            << u"embedding 0 of the reply has no index"_s;
        QTest::newRow("duplicated index")
            << openAi << data({item(R"("index": 1, )", "[1, 2]"), item(R"("index": 1, )", "[3, 4]")})
            << u"two embeddings have index 1"_s;
        QTest::newRow("index out of range")
            << openAi << data({item(R"("index": 0, )", "[1, 2]"), item(R"("index": 2, )", "[3, 4]")})
            << u"an embedding has index 2, expected 0 to 1"_s;
        QTest::newRow("empty vector")
            << openAi << data({item(R"("index": 0, )", "[1, 2]"), item(R"("index": 1, )", "[]")})
            << u"embedding 1 is empty"_s;
        QTest::newRow("differing lengths")
            << openAi << data({item(R"("index": 0, )", "[1, 2]"), item(R"("index": 1, )", "[3, 4, 5]")})
            << u"embedding 1 has 3 dimensions, embedding 0 has 2"_s;
        QTest::newRow("not numbers") << openAi << data({item(R"("index": 0, )", R"(["a", "b"])")})
                                     << u"embedding 0 holds a value that is not a number"_s;
        QTest::newRow("ollama, empty vector")
            << int(ApiStyle::Ollama) << R"({"embeddings": [[1, 2], []]})"_ba << u"embedding 1 is empty"_s;
        QTest::newRow("ollama, differing lengths")
            << int(ApiStyle::Ollama) << R"({"embeddings": [[1, 2], [3]]})"_ba
            << u"embedding 1 has 1 dimensions, embedding 0 has 2"_s;
        QTest::newRow("none") << openAi << R"({"object": "list", "data": []})"_ba
                              << u"the reply holds no embeddings"_s;
    }
    void parseEmbeddings_refusesWhatCannotBeSampled()
    {
        QFETCH(int, style);
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        const auto vectors = ProviderCodec::parseEmbeddings(ApiStyle(style), body);
        QVERIFY(!vectors.has_value());
        QCOMPARE(vectors.error(), message);
    }

    void capabilities_byModelName_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<bool>("reasoning");
        QTest::newRow("gpt-4o") << u"gpt-4o-mini"_s << false;
        QTest::newRow("o1") << u"o1"_s << true;
        QTest::newRow("o3-mini") << u"o3-mini"_s << true;
        QTest::newRow("o4-mini dated") << u"o4-mini-2025-04-16"_s << true;
        QTest::newRow("gpt-5-mini") << u"gpt-5-mini"_s << true;
        QTest::newRow("router prefix") << u"openai/gpt-5"_s << true;
        QTest::newRow("ollama model") << u"llama3.1:8b"_s << false;
        QTest::newRow("gpt-oss") << u"gpt-oss-20b"_s << false;
    }
    void capabilities_byModelName()
    {
        QFETCH(QString, model);
        QFETCH(bool, reasoning);
        QCOMPARE(ModelCapabilities::forModel(model).reasoning, reasoning);
    }

    void policy_httpOnlyToLoopbackUnlessAllowed()
    {
        QVERIFY(endpoint(ApiStyle::OpenAi, u"http://127.0.0.1:8000/v1"_s).checkPolicy(false).has_value());
        QVERIFY(endpoint(ApiStyle::OpenAi, u"http://localhost:8000/v1"_s).checkPolicy(true).has_value());
        QVERIFY(endpoint(ApiStyle::OpenAi, u"http://[::1]:8000/v1"_s).checkPolicy(true).has_value());
        Endpoint remote = endpoint(ApiStyle::OpenAi, u"http://gpu-box.lab:8000/v1"_s);
        QVERIFY(!remote.checkPolicy(false).has_value());
        remote.allowInsecureHttp = true;
        QVERIFY(remote.checkPolicy(false).has_value());
        QVERIFY(!remote.checkPolicy(true).has_value()); // local only wins
        QVERIFY(endpoint(ApiStyle::OpenAi, u"https://api.openai.com/v1"_s).checkPolicy(false).has_value());
        QVERIFY(!endpoint(ApiStyle::OpenAi, u"https://api.openai.com/v1"_s).checkPolicy(true).has_value());
        QVERIFY(!endpoint(ApiStyle::OpenAi, u"ftp://x/v1"_s).checkPolicy(false).has_value());
    }

    void redaction_headersAndEchoes()
    {
        QNetworkRequest r;
        r.setRawHeader("Authorization", "Bearer sk-secret");
        r.setRawHeader("api-key", "az");
        r.setRawHeader("x-api-key", "ant");
        r.setRawHeader("anthropic-version", "2023-06-01");
        const QList<QByteArray> lines = Redaction::headers(r);
        QVERIFY(lines.contains("Authorization: [redacted]"_ba));
        QVERIFY(lines.contains("api-key: [redacted]"_ba));
        QVERIFY(lines.contains("x-api-key: [redacted]"_ba));
        QVERIFY(lines.contains("anthropic-version: 2023-06-01"_ba));
        const QString key = u"sk-proj-abcdefgh12345678ZZZZ"_s;
        QCOMPARE(Redaction::removeSecret(u"key sk-proj-a…ZZZZ or sk-proj-abcdefgh12345678ZZZZ"_s, key),
            u"key [redacted]a…ZZZZ or [redacted]"_s);
    }
};

QTEST_APPLESS_MAIN(TestProviderCodec)
#include "tst_providercodec.moc"
