// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
// The batch engines' formats on bytes: input files and bodies, splitting at the limits, status
// and result lines as OpenAI and Anthropic document them, partial failures included.
#include "llm/batchcodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Core;

namespace {

Endpoint endpoint(const ApiStyle style)
{
    Endpoint e;
    e.id = u"e"_s;
    e.style = style;
    e.baseUrl =
        QUrl(style == ApiStyle::Anthropic ? u"https://api.anthropic.com"_s : u"https://api.openai.com/v1"_s);
    return e;
}

QList<BatchCodec::Item> items(const int count)
{
    QList<BatchCodec::Item> list;
    for (int i = 0; i < count; ++i) {
        ChatRequest request;
        request.model = u"gpt-4o-mini"_s;
        request.messages = {
            {u"system"_s, u"Annotate."_s}, {u"user"_s, u"Sentence %1 with \"quotes\""_s.arg(i)}};
        request.jsonMode = true;
        list.append({u"req_%1"_s.arg(i), request});
    }
    return list;
}

} // namespace

class TestBatchCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openAiInput_isOneChatRequestPerLine_exactlyAsSentInteractively()
    {
        const Endpoint openai = endpoint(ApiStyle::OpenAi);
        const auto parts = BatchCodec::prepare(openai, items(3), BatchCodec::limits(ApiStyle::OpenAi));
        QVERIFY(parts.has_value());
        QCOMPARE(parts->size(), 1);
        const QList<QByteArray> lines = parts->first().payload.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const QJsonObject line = QJsonDocument::fromJson(lines.at(i)).object();
            QCOMPARE(line.value(u"custom_id"_s).toString(), u"req_%1"_s.arg(i));
            QCOMPARE(line.value(u"method"_s).toString(), u"POST"_s);
            QCOMPARE(line.value(u"url"_s).toString(), u"/v1/chat/completions"_s);
            const QByteArray interactive = ProviderCodec::buildChat(openai, items(3).at(i).request, {}).body;
            QCOMPARE(line.value(u"body"_s).toObject(), QJsonDocument::fromJson(interactive).object());
        }
        QCOMPARE(parts->first().customIds, (QStringList{u"req_0"_s, u"req_1"_s, u"req_2"_s}));
    }

    void anthropicInput_isOneBody_withParamsAsTheMessagesApiTakesThem()
    {
        const Endpoint anthropic = endpoint(ApiStyle::Anthropic);
        const auto parts = BatchCodec::prepare(anthropic, items(2), BatchCodec::limits(ApiStyle::Anthropic));
        QVERIFY(parts.has_value());
        QJsonParseError error{};
        const QJsonObject body = QJsonDocument::fromJson(parts->first().payload, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray requests = body.value(u"requests"_s).toArray();
        QCOMPARE(requests.size(), 2);
        const QJsonObject params = requests.at(1).toObject().value(u"params"_s).toObject();
        QCOMPARE(
            params.value(u"system"_s).toString(), u"Annotate."_s); // the system prompt moves out of messages
        QCOMPARE(params.value(u"messages"_s).toArray().size(), 1);
        QVERIFY(params.contains(u"max_tokens"_s));
    }

    void splitsAtTheRequestCount_andAtTheSize()
    {
        for (const ApiStyle style : {ApiStyle::OpenAi, ApiStyle::Anthropic}) {
            const Endpoint e = endpoint(style);
            const auto byCount = BatchCodec::prepare(e, items(11), {5, 1 << 20});
            QVERIFY(byCount.has_value());
            QCOMPARE(byCount->size(), 3);
            QCOMPARE(byCount->at(2).customIds.size(), 1);
            const qsizetype one = BatchCodec::prepare(e, items(1), {10, 1 << 20})->first().payload.size();
            const auto bySize = BatchCodec::prepare(e, items(6), {100, one * 2 + 10});
            QVERIFY(bySize.has_value());
            QCOMPARE(bySize->size(), 3);
            qsizetype total = 0;
            for (const BatchCodec::Part &part : *bySize) {
                QVERIFY(part.payload.size() <= one * 2 + 10);
                total += part.customIds.size();
                if (style == ApiStyle::Anthropic) { // each part a JSON body of its own
                    QVERIFY(QJsonDocument::fromJson(part.payload).isObject());
                }
            }
            QCOMPARE(total, 6);
            const auto tooBig = BatchCodec::prepare(e, items(1), {10, one - 1});
            QVERIFY(!tooBig.has_value());
            QVERIFY2(tooBig.error().contains(u"over the batch limit"_s), qPrintable(tooBig.error()));
        }
    }

    void customIds_theProvidersRefuse_areRefusedFirst()
    {
        QList<BatchCodec::Item> list = items(1);
        list.first().customId = u"has space"_s;
        QVERIFY(!BatchCodec::prepare(endpoint(ApiStyle::OpenAi), list, {10, 1 << 20}).has_value());
        list.first().customId = QString(65, u'a');
        QVERIFY(!BatchCodec::prepare(endpoint(ApiStyle::Anthropic), list, {10, 1 << 20}).has_value());
    }

    void upload_isMultipart_withPurposeBatch()
    {
        const auto part = BatchCodec::prepare(endpoint(ApiStyle::OpenAi), items(2), {10, 1 << 20})->first();
        const ProviderCodec::HttpCall call = BatchCodec::upload(endpoint(ApiStyle::OpenAi), part, u"sk-x"_s);
        QCOMPARE(call.request.url().toString(), u"https://api.openai.com/v1/files"_s);
        const QByteArray type = call.request.header(QNetworkRequest::ContentTypeHeader).toByteArray();
        QVERIFY(type.startsWith("multipart/form-data; boundary="));
        const QByteArray boundary = type.mid(type.indexOf('=') + 1);
        QVERIFY(!part.payload.contains(boundary));
        QVERIFY(call.body.contains("name=\"purpose\"\r\n\r\nbatch\r\n"));
        QVERIFY(call.body.contains(part.payload));
        QVERIFY(call.body.endsWith(QByteArray("--" + boundary + "--\r\n")));
        QCOMPARE(call.request.rawHeader("Authorization"), QByteArray("Bearer sk-x"));
    }

    void openAiStatus_andResults_withPartialFailures()
    {
        const QByteArray expired = R"({"id":"batch_1","object":"batch","status":"expired",
            "request_counts":{"total":3,"completed":1,"failed":2},"output_file_id":"file-out",
            "error_file_id":"file-err","errors":null})";
        const auto status = BatchCodec::parseStatus(ApiStyle::OpenAi, expired);
        QVERIFY(status.has_value());
        QCOMPARE(status->state, BatchCodec::State::Expired);
        QVERIFY(status->ended());
        QCOMPARE(status->succeeded, 1);
        QCOMPARE(status->failed, 2);
        QCOMPARE(BatchCodec::results(endpoint(ApiStyle::OpenAi), *status, true, {}).request.url().path(),
            u"/v1/files/file-err/content"_s);

        const QByteArray lines =
            R"({"id":"r1","custom_id":"a","response":{"status_code":200,"request_id":"q","body":{"id":"c","choices":[{"index":0,"message":{"role":"assistant","content":"{}"},"finish_reason":"stop"}],"usage":{"prompt_tokens":3,"completion_tokens":2}}},"error":null})"
            "\n"
            R"({"id":"r2","custom_id":"b","response":{"status_code":400,"request_id":"q","body":{"error":{"message":"bad model","type":"invalid_request_error","code":"model_not_found"}}},"error":null})"
            "\n"
            R"({"id":"r3","custom_id":"c","response":null,"error":{"code":"batch_expired","message":"This request could not be executed before the completion window expired."}})"
            "\n";
        const auto results = BatchCodec::parseResults(ApiStyle::OpenAi, lines);
        QVERIFY(results.has_value());
        QCOMPARE(results->size(), 3);
        QVERIFY(results->at(0).ok());
        QCOMPARE(ProviderCodec::parseChat(ApiStyle::OpenAi, results->at(0).body)->usage.completionTokens, 2);
        QVERIFY(results->at(1).error.contains(u"bad model"_s));
        QVERIFY(results->at(1).error.contains(u"400"_s));
        QVERIFY(results->at(2).error.contains(u"batch_expired"_s));

        const auto broken = BatchCodec::parseResults(ApiStyle::OpenAi, lines + "{\"custom_id\": 5}\n");
        QVERIFY(!broken.has_value());
        QVERIFY2(broken.error().startsWith(u"line 4:"_s), qPrintable(broken.error()));
        QVERIFY(!BatchCodec::parseStatus(ApiStyle::OpenAi, R"({"id":"b","status":"sleeping"})").has_value());
    }

    void anthropicStatus_andResults_eachOutcome()
    {
        const QByteArray ended = R"({"id":"msgbatch_1","type":"message_batch","processing_status":"ended",
            "request_counts":{"processing":0,"succeeded":1,"errored":1,"canceled":1,"expired":0},
            "cancel_initiated_at":null,"results_url":"https://api.anthropic.com/v1/messages/batches/msgbatch_1/results"})";
        const auto status = BatchCodec::parseStatus(ApiStyle::Anthropic, ended);
        QVERIFY(status.has_value());
        QCOMPARE(status->state, BatchCodec::State::Completed);
        QCOMPARE(status->total, 3);
        QCOMPARE(status->failed, 2);
        const Endpoint anthropic = endpoint(ApiStyle::Anthropic);
        QCOMPARE(BatchCodec::results(anthropic, *status, false, {}).request.url(), status->resultsUrl);
        // A results URL on another host is not followed with the key: the endpoint's own path is.
        BatchCodec::Status elsewhere = *status;
        elsewhere.resultsUrl = QUrl(u"https://collector.example/steal"_s);
        const ProviderCodec::HttpCall call = BatchCodec::results(anthropic, elsewhere, false, u"k"_s);
        QCOMPARE(call.request.url().host(), u"api.anthropic.com"_s);
        QCOMPARE(call.request.rawHeader("anthropic-version"), QByteArray("2023-06-01"));

        const QByteArray lines =
            R"({"custom_id":"a","result":{"type":"succeeded","message":{"id":"m","type":"message","role":"assistant","model":"claude","content":[{"type":"text","text":"{}"}],"stop_reason":"end_turn","usage":{"input_tokens":5,"output_tokens":1}}}})"
            "\n"
            R"({"custom_id":"b","result":{"type":"errored","error":{"type":"error","error":{"type":"invalid_request_error","message":"max_tokens: Field required"}}}})"
            "\n"
            R"({"custom_id":"c","result":{"type":"canceled"}})"
            "\n";
        const auto results = BatchCodec::parseResults(ApiStyle::Anthropic, lines);
        QVERIFY(results.has_value());
        QCOMPARE(ProviderCodec::parseChat(ApiStyle::Anthropic, results->at(0).body)->usage.promptTokens, 5);
        QVERIFY(results->at(1).error.contains(u"max_tokens: Field required"_s));
        QVERIFY(results->at(2).error.contains(u"canceled"_s));
        QVERIFY(
            !BatchCodec::parseResults(ApiStyle::Anthropic, R"({"custom_id":"d","result":{"type":"lost"}})")
                 .has_value());
    }
};

QTEST_GUILESS_MAIN(TestBatchCodec)
#include "tst_batchcodec.moc"
