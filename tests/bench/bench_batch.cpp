// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
// Corpus-scale labelling through the batch engines: 100,000 sentences (WNUT-17 training
// sentences, cycled) as annotator requests under a guideline. Prints the files per 100,000
// sentences and requests per file for OpenAI and Anthropic, the time to prepare them, the time to
// read and take in 100,000 results (parse the results file, record every call and cache entry in
// the project in one transaction), and the estimated cost interactive vs batch at example prices.
// Usage: bench_batch [SENTENCES]   (default 100000)
#include "benchsupport.h"
#include "formats/conllreader.h"
#include "llm/batchcodec.h"
#include "llm/pricetable.h"
#include "llm/scheduler.h"
#include "model/entityscheme.h"
#include "pilot/guideline.h"
#include "pilot/promptbuilder.h"
#include "store/batchrepository.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Core;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int sentences = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 100'000;
    const auto train =
        ConllReader::readFile(QStringLiteral(WORKBENCH_SHARED_DATA) + u"/wnut17/wnut17train.conll"_s, {});
    if (!train) {
        std::fprintf(stderr, "%s\n", qPrintable(train.error().toString()));
        return 1;
    }
    const auto scheme = EntityScheme::fromJson(QJsonDocument::fromJson(R"({"types": [
        {"code": "person", "definition": "Names of people."}, {"code": "location", "definition": "Places."},
        {"code": "corporation", "definition": "Companies."}, {"code": "product", "definition": "Products."},
        {"code": "creative-work", "definition": "Titles of works."}, {"code": "group", "definition": "Groups."}]})")
                                                   .object());
    Guideline guideline;
    guideline.goal = u"Tag emerging and rare entities in noisy user-generated text."_s;
    const PromptBuilder prompts;
    Endpoint openai;
    openai.id = u"openai"_s;
    openai.baseUrl = QUrl(u"https://api.openai.com/v1"_s);
    Endpoint anthropic;
    anthropic.id = u"anthropic"_s;
    anthropic.style = ApiStyle::Anthropic;
    anthropic.baseUrl = QUrl(u"https://api.anthropic.com"_s);

    QList<BatchCodec::Item> items;
    items.reserve(sentences);
    const double buildMs = Bench::millis([&] {
        for (int i = 0; i < sentences; ++i) {
            const Document &document = train->documents.at(i % train->documents.size());
            ChatRequest request;
            request.model = u"gpt-4o-mini"_s;
            request.jsonMode = true;
            request.messages = {
                {u"user"_s, prompts.annotatorPrompt(*scheme, guideline, u"a"_s, 1, document.text())}};
            items.append({Scheduler::requestHash(openai, request), request});
        }
    });
    std::printf("%d annotator requests (WNUT-17 training sentences, cycled), built and hashed in %.0f ms\n",
        sentences, buildMs);
    for (const Endpoint &endpoint : {openai, anthropic}) {
        std::expected<QList<BatchCodec::Part>, QString> parts;
        const double ms = Bench::millis(
            [&] { parts = BatchCodec::prepare(endpoint, items, BatchCodec::limits(endpoint.style)); });
        qint64 bytes = 0;
        int largest = 0;
        for (const BatchCodec::Part &part : *parts) {
            bytes += part.payload.size();
            largest = std::max(largest, int(part.customIds.size()));
        }
        std::printf("  %-9s %lld batch files per %d sentences, up to %d requests each, %.1f MB in all; "
                    "prepared in %.0f ms\n",
            endpoint.style == ApiStyle::Anthropic ? "anthropic" : "openai",
            static_cast<long long>(parts->size()), sentences, largest, bytes / 1e6, ms);
    }

    // Results as OpenAI's output file has them: one chat completion per request.
    QByteArray output;
    for (const BatchCodec::Item &item : std::as_const(items)) {
        output += R"({"id":"batch_req","custom_id":")" + item.customId.toLatin1()
            + R"(","response":{"status_code":200,"request_id":"r","body":{"id":"c","object":"chat.completion","model":"gpt-4o-mini","choices":[{"index":0,"message":{"role":"assistant","content":"{\"entities\": [{\"text\": \"Berlin\", \"type\": \"location\"}]}"},"finish_reason":"stop"}],"usage":{"prompt_tokens":412,"completion_tokens":19}}},"error":null})"
              "\n";
    }
    QTemporaryDir dir;
    auto store = ProjectStore::create(dir.filePath(u"bench.dzn"_s), false);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
        return 1;
    }
    PriceTable prices; // an example input: prices ship empty, the user enters them
    prices.set({u"gpt-4o-mini"_s, 0.15, 0.60, u"example"_s, u"bench input"_s, 0.5});
    std::expected<QList<BatchCodec::Result>, QString> results;
    const double parseMs =
        Bench::millis([&] { results = BatchCodec::parseResults(ApiStyle::OpenAi, output); });
    QList<LlmCallRecord> calls;
    BatchJobRecord job;
    double interactive = 0;
    double batch = 0;
    const double ingestMs = Bench::millis([&] {
        calls.reserve(results->size());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const BatchCodec::Result &result : std::as_const(*results)) {
            const auto reply = ProviderCodec::parseChat(ApiStyle::OpenAi, result.body);
            const double cost = prices.batchCost(reply->model, reply->usage).value_or(0);
            interactive += prices.cost(reply->model, reply->usage).value_or(0);
            batch += cost;
            LlmCallRecord call;
            call.created = now;
            call.endpoint = u"https://api.openai.com/v1"_s;
            call.model = reply->model;
            call.requestHash = result.customId;
            call.annotator = u"a"_s;
            call.status = u"ok"_s;
            call.promptTokens = reply->usage.promptTokens;
            call.completionTokens = reply->usage.completionTokens;
            call.cost = cost;
            call.request = "BATCH";
            call.response = result.body;
            calls.append(std::move(call));
        }
        job.created = job.updated = now;
        job.endpoint = u"openai"_s;
        job.api = u"openai"_s;
        job.purpose = u"bench"_s;
        job.remoteId = u"batch_bench"_s;
        job.state = u"completed"_s;
        job.requestCount = results->size();
        const auto id = BatchRepository(**store).add(job);
        job.id = *id;
        if (auto ingested = BatchRepository(**store).ingest(job, calls); !ingested) {
            std::fprintf(stderr, "%s\n", qPrintable(ingested.error().message));
            std::exit(1);
        }
    });
    std::printf(
        "taking in %lld results: read the results file (%.1f MB) %.0f ms; parse each reply, price it and "
        "record calls and cache in one transaction %.0f ms\n",
        static_cast<long long>(results->size()), output.size() / 1e6, parseMs, ingestMs);
    std::printf(
        "cost at example prices (0.15 / 0.60 USD per million tokens; 412 + 19 tokens a call): interactive "
        "%.2f USD, batch %.2f USD (%.0f%%)\n",
        interactive, batch, 100 * batch / interactive);
    return 0;
}
