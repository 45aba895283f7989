// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
// Model listing, embeddings and prices, against the local protocol server.
#include "llm/cost.h"
#include "llm/endpointclient.h"
#include "llm/pricetable.h"
#include "protocolserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Core;
using Workbench::Test::ProtocolServer;

class TestEndpointClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listModels_everyStyle_data()
    {
        QTest::addColumn<int>("style");
        QTest::addColumn<QString>("path");
        QTest::newRow("openai") << int(ApiStyle::OpenAi) << u"/v1"_s;
        QTest::newRow("anthropic") << int(ApiStyle::Anthropic) << QString();
        QTest::newRow("ollama") << int(ApiStyle::Ollama) << QString();
    }
    void listModels_everyStyle()
    {
        QFETCH(int, style);
        QFETCH(QString, path);
        ProtocolServer server;
        server.setModels({u"alpha"_s, u"beta"_s});
        QNetworkAccessManager nam;
        EndpointClient client(&nam);
        QSignalSpy listed(&client, &EndpointClient::modelsListed);
        Endpoint endpoint{.id = u"e"_s, .style = ApiStyle(style), .baseUrl = QUrl(server.url() + path)};
        const quint64 id = client.listModels(endpoint, u"k"_s);
        QVERIFY(listed.wait(5000));
        QCOMPARE(listed.first().at(0).toULongLong(), id);
        QCOMPARE(listed.first().at(1).toStringList(), (QStringList{u"alpha"_s, u"beta"_s}));
    }

    void embeddings_inOrder_andErrors()
    {
        ProtocolServer server;
        server.setKey(u"k"_s);
        QNetworkAccessManager nam;
        EndpointClient client(&nam);
        QSignalSpy embedded(&client, &EndpointClient::embedded);
        QSignalSpy failed(&client, &EndpointClient::failed);
        const QStringList texts{u"a"_s, u"bb"_s, u"ccc"_s};
        Endpoint openai{.id = u"o"_s, .style = ApiStyle::OpenAi, .baseUrl = QUrl(server.url() + u"/v1"_s)};
        client.embed(openai, u"text-embedding-3-small"_s, texts, u"k"_s);
        QVERIFY(embedded.wait(5000));
        const auto vectors = embedded.first().at(1).value<QList<QList<float>>>();
        QCOMPARE(vectors.size(), 3);
        QCOMPARE(vectors.at(0).size(), 8);
        QVERIFY(qAbs(vectors.at(0).at(0) - 0.097f) < 1e-6); // 'a' = 97: the server reversed the list
        QVERIFY(qAbs(vectors.at(2).at(2) - 0.099f) < 1e-6); // "ccc": third character at position 2
        Endpoint ollama{.id = u"l"_s, .style = ApiStyle::Ollama, .baseUrl = QUrl(server.url())};
        client.embed(ollama, u"nomic-embed-text"_s, texts, u"k"_s);
        QVERIFY(embedded.wait(5000));
        QCOMPARE(embedded.last().at(1).value<QList<QList<float>>>(), vectors);

        client.embed(openai, u"m"_s, texts, u"wrong"_s);
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.last().at(1).toString().startsWith(u"HTTP 401"_s));
        Endpoint anthropic{.id = u"a"_s, .style = ApiStyle::Anthropic, .baseUrl = QUrl(server.url())};
        client.embed(anthropic, u"m"_s, texts, u"k"_s);
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.last().at(1).toString().contains(u"no embeddings"_s));
        client.setLocalOnly(true);
        client.listModels(
            Endpoint{
                .id = u"r"_s, .style = ApiStyle::OpenAi, .baseUrl = QUrl(u"https://api.openai.com/v1"_s)},
            {});
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.last().at(1).toString().contains(u"local only"_s));
    }

    void prices_longestPrefixAndJson()
    {
        PriceTable table;
        QVERIFY(table.prices().isEmpty()); // ships empty: no unsourced prices
        table.set({u"gpt-4o"_s, 2.5, 10.0, u"2026-11-01"_s, u"entered by the user"_s});
        table.set({u"gpt-4o-mini"_s, 0.15, 0.6, u"2026-11-01"_s, u"entered by the user"_s});
        const TokenUsage usage{.promptTokens = 1'000'000, .completionTokens = 500'000, .reasoningTokens = 0};
        QCOMPARE(table.cost(u"gpt-4o-mini-2024-07-18"_s, usage).value(), 0.15 + 0.3);
        QCOMPARE(table.cost(u"gpt-4o-2024-08-06"_s, usage).value(), 2.5 + 5.0);
        QVERIFY(!table.cost(u"llama3.1:8b"_s, usage).has_value());
        const auto again = PriceTable::fromJson(table.toJson());
        QVERIFY(again.has_value());
        QCOMPARE(again->prices().size(), 2);
        QVERIFY(!PriceTable::fromJson(
            QJsonDocument::fromJson(R"({"prices":[{"model":"x","input":-1,"output":1}]})").object())
                     .has_value());
    }

    void prices_cachedInputKept_andTheUsersTableWins()
    {
        const auto read = PriceTable::fromJson(QJsonDocument::fromJson(
            R"({"prices":[{"model":"gpt-4o","input":2.5,"cached_input":1.25,"output":10},
                          {"model":"claude","input":3,"output":15}]})")
                                                   .object());
        QVERIFY(read.has_value());
        QCOMPARE(read->find(u"gpt-4o"_s)->cachedInput, std::optional(1.25));
        QCOMPARE(read->find(u"claude"_s)->cachedInput, std::nullopt); // absent: priced as input
        const auto again = PriceTable::fromJson(read->toJson());
        QCOMPARE(again->find(u"gpt-4o"_s)->cachedInput, std::optional(1.25));
        QVERIFY(!again->toJson().value(u"prices"_s).toArray().at(1).toObject().contains(u"cached_input"_s));
        QVERIFY(!PriceTable::fromJson(
            QJsonDocument::fromJson(R"({"prices":[{"model":"x","input":1,"output":1,"cached_input":"a"}]})")
                .object())
                     .has_value());

        PriceTable mine;
        mine.set({u"claude"_s, 1.0, 5.0, u"2026-12-01"_s, u"mine"_s});
        mine.set({u"llama"_s, 0.0, 0.0, u"2026-12-01"_s, u"local, free"_s});
        const PriceTable merged = read->mergedWith(mine);
        QCOMPARE(merged.prices().size(), 3);
        QCOMPARE(merged.find(u"claude-3"_s)->source, u"mine"_s);
        QCOMPARE(merged.find(u"gpt-4o"_s)->input, 2.5);
        // Free and unknown are not the same: a price of 0 is a cost of 0, no price is none.
        const TokenUsage usage{.promptTokens = 10, .completionTokens = 10, .reasoningTokens = 0};
        QCOMPARE(merged.cost(u"llama3"_s, usage), std::optional(0.0));
        QCOMPARE(merged.cost(u"mistral"_s, usage), std::nullopt);
        QCOMPARE(Cost::of(merged.cost(u"mistral"_s, usage)) + Cost::of(0.5), (Cost{0.5, 1}));
        QVERIFY((Cost{0.0, 2}).isUnknown());
        QVERIFY(!(Cost{0.5, 1}).isUnknown());
        QVERIFY(!(Cost{0.5, 1}).isKnown());
        QVERIFY(Cost{}.isKnown());
    }
};

QTEST_GUILESS_MAIN(TestEndpointClient)
#include "tst_endpointclient.moc"
