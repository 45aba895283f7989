// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "askcommand.h"

#include "llm/auditlog.h"
#include "llm/scheduler.h"
#include "secrets/secretstore.h"
#include "verbparser.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Core;

namespace Workbench::Cli {

int runAsk(const QStringList &arguments)
{
    VerbParser verb(
        u"ask"_s, u"Send one prompt to a model and print its answer (retries as the pilot does)."_s);
    verb.addPositional(u"PROMPT"_s, u"The user message."_s);
    verb.parser().addOptions({
        {u"endpoint"_s,
            u"Base URL: OpenAI style with /v1; Anthropic and Ollama the host root; Azure the resource."_s,
            u"URL"_s},
        {u"api"_s, u"openai, azure, anthropic or ollama."_s, u"STYLE"_s},
        {u"model"_s, u"The model (for Azure: the deployment, unless --deployment is given)."_s, u"M"_s},
        {u"key-env"_s, u"Read the API key from this environment variable."_s, u"VAR"_s},
        {u"json-schema"_s, u"Ask for JSON following the schema in FILE (structured output where offered)."_s,
            u"FILE"_s},
        {u"system"_s, u"A system message."_s, u"TEXT"_s},
        {u"deployment"_s, u"Azure: the deployment name."_s, u"NAME"_s},
        {u"api-version"_s, u"Azure: the api-version (default 2024-10-21)."_s, u"VERSION"_s, u"2024-10-21"_s},
        {u"allow-insecure-http"_s, u"Allow plain http to a host that is not this machine."_s},
        {u"max-tokens"_s, u"Most output tokens (default 8000)."_s, u"N"_s},
        {u"timeout"_s, u"Seconds without data before a call is abandoned (default 120)."_s, u"S"_s},
        {u"retries"_s, u"Retries on 429, 5xx and transport failures (default 3)."_s, u"N"_s},
        {u"audit-log"_s, u"Append every request and response (keys redacted) to this JSON Lines file."_s,
            u"FILE"_s},
    });
    if (auto exit = verb.parse(arguments, 1, 1)) {
        return *exit;
    }
    const QCommandLineParser &p = verb.parser();
    for (const QString &required : {u"endpoint"_s, u"api"_s, u"model"_s}) {
        if (!p.isSet(required)) {
            return CliOutput::usageError(verb.verb(), u"--%1 is required"_s.arg(required));
        }
    }
    const auto style = apiStyleFromName(p.value(u"api"_s));
    if (!style) {
        return CliOutput::usageError(verb.verb(), u"--api takes openai, azure, anthropic or ollama"_s);
    }
    const auto maxTokens = verb.number(u"max-tokens"_s, 8000, 1);
    const auto timeout = verb.number(u"timeout"_s, 120, 1);
    const auto retries = verb.number(u"retries"_s, 3, 0);
    if (!maxTokens || !timeout || !retries) {
        return ExitUsage;
    }

    ChatJob job;
    job.endpoint.id = u"cli"_s;
    job.endpoint.style = *style;
    job.endpoint.baseUrl = QUrl::fromUserInput(p.value(u"endpoint"_s));
    job.endpoint.deployment = p.isSet(u"deployment"_s) ? p.value(u"deployment"_s) : p.value(u"model"_s);
    job.endpoint.apiVersion = p.value(u"api-version"_s);
    job.endpoint.allowInsecureHttp = p.isSet(u"allow-insecure-http"_s);
    job.request.model = p.value(u"model"_s);
    job.request.maxOutputTokens = int(*maxTokens);
    job.priority = ChatJob::Priority::Interactive;
    if (p.isSet(u"system"_s)) {
        job.request.messages.append({u"system"_s, p.value(u"system"_s)});
    }
    job.request.messages.append({u"user"_s, verb.positional().first()});
    if (p.isSet(u"key-env"_s)) {
        job.key = SecretStore::fromEnvironment(p.value(u"key-env"_s));
        if (job.key.isEmpty()) {
            return CliOutput::usageError(
                verb.verb(), u"the environment variable %1 is empty or unset"_s.arg(p.value(u"key-env"_s)));
        }
    }
    if (p.isSet(u"json-schema"_s)) {
        const QString path = p.value(u"json-schema"_s);
        QFile file(path);
        QJsonParseError error{};
        const QJsonDocument schema = file.open(QIODevice::ReadOnly)
            ? QJsonDocument::fromJson(file.readAll(), &error)
            : QJsonDocument();
        if (!schema.isObject()) {
            CliOutput::diagnostic(u"%1:1: error: expected a JSON schema object (%2)"_s.arg(
                path, file.isOpen() ? error.errorString() : file.errorString()));
            return ExitFailure;
        }
        job.request.jsonSchema = JsonSchema::fromObject(schema.object());
    }
    if (auto allowed = job.endpoint.checkPolicy(false); !allowed) {
        CliOutput::diagnostic(u"%1:1: error: %2"_s.arg(p.value(u"endpoint"_s), allowed.error()));
        return ExitFailure;
    }

    QNetworkAccessManager manager;
    Scheduler scheduler(&manager);
    scheduler.setRetryPolicy({.maxRetries = int(*retries),
        .retryBudget = int(*retries),
        .baseDelayMs = 1000,
        .maxDelayMs = 60'000,
        .jitter = 0.25});
    scheduler.setExchangeLimits({.inactivityTimeoutMs = int(*timeout) * 1000,
        .overallTimeoutMs = int(*timeout) * 1000 * 5,
        .maxResponseBytes = 16 * 1024 * 1024});
    const std::optional<AuditLog> audit =
        p.isSet(u"audit-log"_s) ? std::optional(AuditLog(p.value(u"audit-log"_s))) : std::nullopt;
    QObject::connect(&scheduler, &Scheduler::callRecorded, &scheduler, [&audit](const LlmCallRecord &record) {
        if (audit) {
            if (auto written = audit->append(record); !written) {
                CliOutput::diagnostic(written.error());
            }
        }
    });
    QObject::connect(&scheduler, &Scheduler::retryScheduled, &scheduler,
        [&p](quint64, int attempt, int delayMs, const QString &reason) {
            CliOutput::diagnostic(
                u"%1:1: warning: %2; attempt %3 in %4 s"_s.arg(p.value(u"endpoint"_s), reason)
                    .arg(attempt)
                    .arg(delayMs / 1000.0));
        });
    Scheduler::JobResult result;
    QEventLoop loop; // the CLI's only event loop: it runs until the one job ends
    QObject::connect(&scheduler, &Scheduler::jobFinished, &loop, [&](quint64, const Scheduler::JobResult &r) {
        result = r;
        loop.quit();
    });
    scheduler.submit(job);
    loop.exec();

    if (!result.call.isOk()) {
        CliOutput::diagnostic(u"%1:1: error: %2"_s.arg(p.value(u"endpoint"_s), result.call.errorString));
        return ExitFailure;
    }
    const ChatReply &reply = result.call.reply;
    if (verb.format() == OutputFormat::Json) {
        CliOutput::json(QJsonObject{{u"text"_s, reply.text}, {u"model"_s, reply.model},
            {u"finish_reason"_s, reply.finishReason},
            {u"usage"_s,
                QJsonObject{{u"prompt_tokens"_s, reply.usage.promptTokens},
                    {u"completion_tokens"_s, reply.usage.completionTokens},
                    {u"reasoning_tokens"_s, reply.usage.reasoningTokens}}}});
    } else {
        CliOutput::text(reply.text + u'\n');
    }
    return ExitSuccess;
}

} // namespace Workbench::Cli
