// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "pilot/pilotconfig.h"

#include "llm/scheduler.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QStringView>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

const NameTable<PilotConfig::ErrorReference, 2> PilotConfig::ErrorReferenceNames{
    {{{ErrorReference::Majority, "majority"}, {ErrorReference::Gold, "gold"}}}};

namespace {

// Reads optional knob fields, checking types and ranges; the first problem wins.
class KnobReader
{
public:
    KnobReader(const QJsonObject &object, QString where)
        : m_object(object)
        , m_where(std::move(where))
    {
    }

    void number(const QString &key, double &value, double minimum, double maximum)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || !m_error.isEmpty()) {
            return;
        }
        if (!v.isDouble() || v.toDouble() < minimum || v.toDouble() > maximum) {
            m_error = u"%1.%2: expected a number from %3 to %4"_s.arg(m_where, key).arg(minimum).arg(maximum);
            return;
        }
        value = v.toDouble();
    }
    template<typename Int>
    void integer(const QString &key, Int &value, qint64 minimum, qint64 maximum)
    {
        double d = double(value);
        number(key, d, double(minimum), double(maximum));
        if (m_error.isEmpty() && d != std::floor(d)) {
            m_error = u"%1.%2: expected a whole number"_s.arg(m_where, key);
        }
        value = Int(d);
    }
    void boolean(const QString &key, bool &value)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || !m_error.isEmpty()) {
            return;
        }
        if (!v.isBool()) {
            m_error = u"%1.%2: expected true or false"_s.arg(m_where, key);
            return;
        }
        value = v.toBool();
    }
    //! Flags the first key that is not in \a known.
    void rejectUnknown(const QSet<QString> &known)
    {
        for (const QString &key : m_object.keys()) {
            if (m_error.isEmpty() && !known.contains(key)) {
                m_error = u"%1.%2: unknown setting"_s.arg(m_where, key);
            }
        }
    }
    [[nodiscard]] const QString &error() const { return m_error; }

private:
    const QJsonObject &m_object;
    QString m_where;
    QString m_error;
};

//! The sections of a configuration, in the order README documents them.
const QStringList &topLevelKeys()
{
    static const QStringList keys{u"scheme"_s, u"goal"_s, u"endpoints"_s, u"annotators"_s, u"supervisor"_s,
        u"embeddings"_s, u"knobs"_s, u"network"_s, u"budget_usd"_s, u"prices"_s, u"prompt_template"_s};
    return keys;
}

//! Names the log and the round figures give to calls that are no annotator's (lower case), and why.
const QHash<QString, QString> &reservedNames()
{
    static const QHash<QString, QString> names{
        {u"supervisor"_s, u"the supervisor's calls and figures go by that name"_s},
        {u"embeddings"_s, u"the embeddings calls are logged under that name"_s}};
    return names;
}

/*! Finds the field a message names ("annotators[2].name: ...") in the raw JSON text it was read
 * from, following the path's keys and indices as far as the text has them. The JSON is known to
 * parse; keys are matched whole, the longest first, so a key holding a dot is still found.
 */
class FieldLocator
{
public:
    explicit FieldLocator(const QByteArray &bytes)
        : m_bytes(bytes)
    {
    }

    //! The 1-based line of the deepest part of \a message's path found; 1 when none is.
    [[nodiscard]] int lineOf(const QString &message)
    {
        QStringView rest(message);
        m_pos = m_bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
        qsizetype found = -1;
        while (!rest.isEmpty()) {
            skipSpace();
            if (peek() == '{') {
                const auto [key, keyAt, valueAt] = longestKey(rest);
                if (keyAt < 0) {
                    break;
                }
                found = keyAt;
                rest = rest.mid(key.size());
                m_pos = valueAt;
            } else if (peek() == '[' && rest.startsWith(u'[')) {
                const qsizetype close = rest.indexOf(u']');
                bool isNumber = false;
                const qsizetype index = close < 0 ? -1 : rest.mid(1, close - 1).toLongLong(&isNumber);
                if (!isNumber || !element(index)) {
                    break;
                }
                found = m_pos;
                rest = rest.mid(close + 1);
            } else {
                break;
            }
            if (rest.startsWith(u'.')) {
                rest = rest.mid(1);
            } else if (!rest.startsWith(u'[')) {
                break; // the path ends here (": ...")
            }
        }
        return found < 0 ? 1 : int(m_bytes.left(found).count('\n')) + 1;
    }

private:
    struct Key
    {
        QString name;
        qsizetype keyAt = -1;
        qsizetype valueAt = -1;
    };

    [[nodiscard]] char peek() const { return m_pos < m_bytes.size() ? m_bytes.at(m_pos) : '\0'; }
    void skipSpace()
    {
        while (m_pos < m_bytes.size() && QChar::isSpace(uchar(m_bytes.at(m_pos)))) {
            ++m_pos;
        }
    }
    //! The string at m_pos (its opening quote), decoded; m_pos moves past it.
    QString string()
    {
        const qsizetype start = m_pos++;
        bool escaped = false;
        while (m_pos < m_bytes.size() && m_bytes.at(m_pos) != '"') {
            escaped = escaped || m_bytes.at(m_pos) == '\\';
            m_pos += m_bytes.at(m_pos) == '\\' ? 2 : 1;
        }
        const QByteArray raw = m_bytes.mid(start, ++m_pos - start);
        return escaped ? QJsonDocument::fromJson('[' + raw + ']').array().first().toString()
                       : QString::fromUtf8(raw.mid(1, raw.size() - 2));
    }
    void skipValue()
    {
        skipSpace();
        if (peek() == '"') {
            string();
            return;
        }
        if (peek() != '{' && peek() != '[') { // a number, true, false or null
            while (m_pos < m_bytes.size() && !QByteArrayView(",}] \t\r\n").contains(peek())) {
                ++m_pos;
            }
            return;
        }
        int depth = 0;
        while (m_pos < m_bytes.size()) {
            const char c = peek();
            if (c == '"') {
                string();
                continue;
            }
            ++m_pos;
            if (c == '{' || c == '[') {
                ++depth;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                return;
            }
        }
    }
    //! Of the object at m_pos, the longest key that \a path starts with, whole.
    Key longestKey(QStringView path)
    {
        Key best;
        ++m_pos;
        while (m_pos < m_bytes.size()) {
            skipSpace();
            if (peek() != '"') {
                break; // "}": the object ends
            }
            const qsizetype keyAt = m_pos;
            const QString name = string();
            skipSpace();
            ++m_pos; // ':'
            skipSpace();
            const qsizetype valueAt = m_pos;
            const bool whole = path.startsWith(name)
                && (path.size() == name.size() || u".[:"_s.contains(path.at(name.size())));
            if (whole && !name.isEmpty() && name.size() >= best.name.size()) {
                best = {name, keyAt, valueAt};
            }
            skipValue();
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
            }
        }
        return best;
    }
    //! Moves to element \a index of the array at m_pos; false when it has none.
    bool element(const qsizetype index)
    {
        ++m_pos;
        for (qsizetype i = 0; i <= index; ++i) {
            skipSpace();
            if (peek() == ']' || peek() == '\0') {
                return false;
            }
            if (i == index) {
                return true;
            }
            skipValue();
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
            }
        }
        return false;
    }

    const QByteArray &m_bytes;
    qsizetype m_pos = 0;
};

std::expected<QString, QString> requiredString(
    const QJsonObject &object, const QString &key, const QString &where)
{
    const QJsonValue value = object.value(key);
    if (!value.isString() || value.toString().trimmed().isEmpty()) {
        return std::unexpected(u"%1.%2: expected a non-empty string"_s.arg(where, key));
    }
    return value.toString();
}

std::expected<PilotConfig::Annotator, QString> annotator(
    const QJsonValue &value, const QString &where, const PilotConfig &config)
{
    if (!value.isObject()) {
        return std::unexpected(where + u": expected an object"_s);
    }
    const QJsonObject object = value.toObject();
    PilotConfig::Annotator result;
    for (const auto &[key, target] :
        {std::pair{u"endpoint"_s, &result.endpoint}, std::pair{u"model"_s, &result.model}}) {
        auto text = requiredString(object, key, where);
        if (!text) {
            return std::unexpected(text.error());
        }
        *target = *text;
    }
    if (config.endpoint(result.endpoint) == nullptr) {
        return std::unexpected(
            u"%1.endpoint: expected the id of an endpoint, found '%2'"_s.arg(where, result.endpoint));
    }
    result.name = object.value(u"name"_s).toString(result.model);
    if (object.contains(u"temperature"_s)) {
        const QJsonValue t = object.value(u"temperature"_s);
        if (t.isNull()) {
            result.temperature.reset();
        } else if (!t.isDouble() || t.toDouble() < 0 || t.toDouble() > 2) {
            return std::unexpected(where + u".temperature: expected a number from 0 to 2, or null"_s);
        } else {
            result.temperature = t.toDouble();
        }
    }
    result.reasoningEffort = object.value(u"reasoning_effort"_s).toString();
    return result;
}

std::expected<PilotConfig::Embeddings, QString> embeddingsEntry(
    const QJsonValue &value, const PilotConfig &config)
{
    const QString where = u"embeddings"_s;
    if (!value.isObject()) {
        return std::unexpected(where + u": expected an object with endpoint and model"_s);
    }
    const QJsonObject object = value.toObject();
    KnobReader read(object, where);
    read.rejectUnknown({u"endpoint"_s, u"model"_s});
    if (!read.error().isEmpty()) {
        return std::unexpected(read.error());
    }
    auto endpoint = requiredString(object, u"endpoint"_s, where);
    auto model = requiredString(object, u"model"_s, where);
    if (!endpoint || !model) {
        return std::unexpected(!endpoint ? endpoint.error() : model.error());
    }
    const PilotConfig::EndpointEntry *entry = config.endpoint(*endpoint);
    if (entry == nullptr) {
        return std::unexpected(
            u"%1.endpoint: expected the id of an endpoint, found '%2'"_s.arg(where, *endpoint));
    }
    if (entry->endpoint.style == ApiStyle::Anthropic) {
        return std::unexpected(where
            + u".endpoint: Anthropic offers no embeddings; expected an openai, azure or ollama endpoint"_s);
    }
    return PilotConfig::Embeddings{*endpoint, *model};
}

} // namespace

CorpusAnalysis::Options PilotConfig::Knobs::analysisOptions(const int round) const
{
    const quint64 roundSeed = seed + quint64(round); // each round its own draws
    return {.agreement = {.bootstrapSamples = Statistics::defaultBootstrapResamples,
                .seed = roundSeed,
                .eliteCutoff = coalitionCutoff},
        .disagreement = true,
        .hotspots = {.hotspotPercentile = hotspotPercentile,
            .elitePercentile = elitePercentile,
            .biasPercentile = biasPercentile},
        .reliability = ReliabilityAnalysis::Options{.bootstrapSamples = Statistics::defaultBootstrapResamples,
            .seed = roundSeed},
        .perDocument = true};
}

const PilotConfig::EndpointEntry *PilotConfig::endpoint(const QString &id) const
{
    for (const EndpointEntry &entry : endpoints) {
        if (entry.endpoint.id == id) {
            return &entry;
        }
    }
    return nullptr;
}

std::expected<PilotConfig, QString> PilotConfig::fromJson(const QByteArray &bytes, int *line)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (line != nullptr) {
            *line = int(bytes.left(parseError.offset).count('\n')) + 1;
        }
        return std::unexpected(parseError.error != QJsonParseError::NoError
                ? u"expected JSON: %1"_s.arg(parseError.errorString())
                : u"expected a JSON object"_s);
    }
    auto config = fromJson(document.object());
    if (!config && line != nullptr) {
        *line = FieldLocator(bytes).lineOf(config.error());
    }
    return config;
}

std::expected<PilotConfig, QString> PilotConfig::fromJson(const QJsonObject &json)
{
    PilotConfig config;
    // A misspelt section would silently take its defaults (TF-IDF for "embedings"): refused.
    for (const QString &key : json.keys()) {
        if (!topLevelKeys().contains(key)) {
            return std::unexpected(
                u"%1: unknown setting; expected one of %2"_s.arg(key, topLevelKeys().join(u", "_s)));
        }
    }
    auto scheme = EntityScheme::fromJson(json.value(u"scheme"_s).toObject());
    if (!scheme) {
        return std::unexpected(u"scheme."_s + scheme.error());
    }
    if (scheme->types().isEmpty()) {
        return std::unexpected(u"scheme.types: expected at least one entity type"_s);
    }
    config.scheme = *scheme;
    auto goal = requiredString(json, u"goal"_s, u"config"_s);
    if (!goal) {
        return std::unexpected(u"goal: expected the task goal, a non-empty string"_s);
    }
    config.goal = *goal;

    const QJsonArray endpoints = json.value(u"endpoints"_s).toArray();
    if (endpoints.isEmpty()) {
        return std::unexpected(u"endpoints: expected a non-empty array of endpoints"_s);
    }
    for (qsizetype i = 0; i < endpoints.size(); ++i) {
        const QString where = u"endpoints[%1]"_s.arg(i);
        const QJsonObject object = endpoints.at(i).toObject();
        if (object.contains(u"api_key"_s) || object.contains(u"key"_s)) {
            return std::unexpected(where
                + u": keys never go in the configuration; name an environment variable "
                  u"with key_env or store the key in the keychain"_s);
        }
        EndpointEntry entry;
        auto id = requiredString(object, u"id"_s, where);
        auto url = requiredString(object, u"base_url"_s, where);
        if (!id || !url) {
            return std::unexpected(!id ? id.error() : url.error());
        }
        const auto style = apiStyleFromName(object.value(u"api"_s).toString());
        if (!style) {
            return std::unexpected(where + u".api: expected openai, azure, anthropic or ollama"_s);
        }
        entry.endpoint.id = *id;
        entry.endpoint.style = *style;
        entry.endpoint.baseUrl = QUrl(*url);
        entry.endpoint.deployment = object.value(u"deployment"_s).toString();
        entry.endpoint.apiVersion = object.value(u"api_version"_s).toString(entry.endpoint.apiVersion);
        entry.endpoint.allowInsecureHttp = object.value(u"allow_insecure_http"_s).toBool(false);
        entry.endpoint.caBundle = object.value(u"ca_bundle"_s).toString();
        entry.keyEnv = object.value(u"key_env"_s).toString();
        if (object.contains(u"replicas"_s)) {
            const QJsonArray replicas = object.value(u"replicas"_s).toArray();
            for (qsizetype r = 0; r < replicas.size(); ++r) {
                const QUrl replica(replicas.at(r).toString());
                if (!replicas.at(r).isString() || !replica.isValid() || replica.host().isEmpty()) {
                    return std::unexpected(where + u".replicas[%1]: expected a base URL"_s.arg(r));
                }
                entry.endpoint.replicas.append(replica);
            }
        }
        if (config.endpoint(entry.endpoint.id) != nullptr) {
            return std::unexpected(where + u".id: two endpoints share the id '%1'"_s.arg(entry.endpoint.id));
        }
        if (auto allowed = entry.endpoint.checkPolicy(false); !allowed) {
            return std::unexpected(where + u": "_s + allowed.error());
        }
        config.endpoints.append(entry);
    }

    const QJsonArray annotators = json.value(u"annotators"_s).toArray();
    if (annotators.size() < 2) {
        return std::unexpected(u"annotators: expected at least two annotators (agreement needs pairs)"_s);
    }
    QSet<QString> names;
    for (qsizetype i = 0; i < annotators.size(); ++i) {
        auto entry = annotator(annotators.at(i), u"annotators[%1]"_s.arg(i), config);
        if (!entry) {
            return std::unexpected(entry.error());
        }
        if (const QString why = reservedNames().value(entry->name.trimmed().toLower()); !why.isEmpty()) {
            return std::unexpected(u"annotators[%1].name: '%2' is reserved (%3); give this annotator "
                                   u"another name"_s.arg(i)
                                       .arg(entry->name, why));
        }
        if (names.contains(entry->name)) {
            return std::unexpected(
                u"annotators[%1].name: two annotators share the name '%2'"_s.arg(i).arg(entry->name));
        }
        names.insert(entry->name);
        config.annotators.append(*entry);
    }
    auto supervisor = annotator(json.value(u"supervisor"_s), u"supervisor"_s, config);
    if (!supervisor) {
        return std::unexpected(supervisor.error());
    }
    config.supervisor = *supervisor;
    config.supervisor.name = u"supervisor"_s;
    if (json.contains(u"embeddings"_s)) {
        auto embeddings = embeddingsEntry(json.value(u"embeddings"_s), config);
        if (!embeddings) {
            return std::unexpected(embeddings.error());
        }
        config.embeddings = *embeddings;
    }

    const QJsonObject knobs = json.value(u"knobs"_s).toObject();
    KnobReader read(knobs, u"knobs"_s);
    Knobs &k = config.knobs;
    read.integer(u"batch_size"_s, k.batchSize, 1, 1000);
    read.integer(u"rounds"_s, k.rounds, 1, 100);
    read.integer(u"seed"_s, k.seed, 0, 1LL << 52);
    read.number(u"hotspot_percentile"_s, k.hotspotPercentile, 0, 100);
    read.number(u"coalition_cutoff"_s, k.coalitionCutoff, 0, 1);
    read.number(u"elite_percentile"_s, k.elitePercentile, 0, 100);
    read.number(u"bias_percentile"_s, k.biasPercentile, 0, 100);
    read.integer(u"examples_per_subtype"_s, k.examplesPerSubtype, 0, 100);
    read.integer(u"examples_per_category"_s, k.examplesPerCategory, 0, 100);
    read.integer(u"context_tokens"_s, k.contextTokens, 0, 50);
    read.integer(u"max_patterns"_s, k.maxPatterns, 1, 50);
    read.integer(u"max_common_instructions"_s, k.maxCommonInstructions, 0, 50);
    read.integer(u"max_annotator_instructions"_s, k.maxAnnotatorInstructions, 0, 50);
    read.number(u"change_cap"_s, k.changeCap, 0, 1);
    read.boolean(u"elite_instructions"_s, k.eliteInstructions);
    read.boolean(u"goal_rewriting"_s, k.goalRewriting);
    read.boolean(u"annotator_dropping"_s, k.annotatorDropping);
    read.number(u"stop_margin"_s, k.stopMargin, 0, 1);
    read.integer(u"json_retries"_s, k.jsonRetries, 0, 10);
    read.integer(u"item_retries"_s, k.itemRetries, 0, 10);
    read.integer(u"max_output_tokens"_s, k.maxOutputTokens, 1, 1'000'000);
    read.integer(u"supervisor_max_output_tokens"_s, k.supervisorMaxOutputTokens, 0, 1'000'000);
    read.boolean(u"final_labelling"_s, k.finalLabelling);
    read.integer(u"max_prompt_chars"_s, k.maxPromptChars, 200, 10'000'000);
    read.rejectUnknown({u"batch_size"_s, u"rounds"_s, u"seed"_s, u"hotspot_percentile"_s,
        u"coalition_cutoff"_s, u"elite_percentile"_s, u"bias_percentile"_s, u"examples_per_subtype"_s,
        u"examples_per_category"_s, u"context_tokens"_s, u"max_patterns"_s, u"max_common_instructions"_s,
        u"max_annotator_instructions"_s, u"change_cap"_s, u"elite_instructions"_s, u"goal_rewriting"_s,
        u"annotator_dropping"_s, u"stop_margin"_s, u"reference"_s, u"json_retries"_s, u"item_retries"_s,
        u"max_output_tokens"_s, u"supervisor_max_output_tokens"_s, u"final_labelling"_s,
        u"max_prompt_chars"_s});
    if (!read.error().isEmpty()) {
        return std::unexpected(read.error());
    }
    if (knobs.contains(u"reference"_s)) {
        const auto reference =
            ErrorReferenceNames.value(knobs.value(u"reference"_s).toString(), Qt::CaseSensitive);
        if (!reference) {
            return std::unexpected(u"knobs.reference: expected \"majority\" or \"gold\""_s);
        }
        k.reference = *reference;
    }

    if (json.contains(u"network"_s) && !json.value(u"network"_s).isObject()) {
        return std::unexpected(u"network: expected an object"_s);
    }
    const QJsonObject networkJson = json.value(u"network"_s).toObject();
    KnobReader readNetwork(networkJson, u"network"_s);
    Network &n = config.network;
    readNetwork.number(u"timeout_seconds"_s, n.timeoutSeconds, 0.05, 3600);
    readNetwork.integer(u"max_retries"_s, n.maxRetries, 0, 20);
    readNetwork.integer(u"retry_delay_ms"_s, n.retryDelayMs, 0, 600'000);
    readNetwork.integer(u"concurrency"_s, n.concurrency, 1, 256);
    readNetwork.integer(u"requests_per_minute"_s, n.requestsPerMinute, 0, 1'000'000);
    readNetwork.boolean(u"local_only"_s, n.localOnly);
    readNetwork.rejectUnknown({u"timeout_seconds"_s, u"max_retries"_s, u"retry_delay_ms"_s, u"concurrency"_s,
        u"requests_per_minute"_s, u"local_only"_s});
    if (!readNetwork.error().isEmpty()) {
        return std::unexpected(readNetwork.error());
    }
    for (qsizetype i = 0; n.localOnly && i < config.endpoints.size(); ++i) {
        if (auto allowed = config.endpoints.at(i).endpoint.checkPolicy(true); !allowed) {
            return std::unexpected(u"endpoints[%1]: %2"_s.arg(i).arg(allowed.error()));
        }
    }
    if (json.contains(u"budget_usd"_s) && !json.value(u"budget_usd"_s).isNull()) {
        if (!json.value(u"budget_usd"_s).isDouble() || json.value(u"budget_usd"_s).toDouble() < 0) {
            return std::unexpected(u"budget_usd: expected a number of US dollars, or null"_s);
        }
        config.budgetUsd = json.value(u"budget_usd"_s).toDouble();
    }
    config.promptTemplate = json.value(u"prompt_template"_s).toString();
    if (json.contains(u"prices"_s)) {
        auto prices = PriceTable::fromJson(json.value(u"prices"_s).toObject());
        if (!prices) {
            return std::unexpected(u"prices."_s + prices.error());
        }
        config.prices = *prices;
    }
    return config;
}

void PilotConfig::Network::applyTo(Scheduler &scheduler) const
{
    const int timeoutMs = int(timeoutSeconds * 1000);
    scheduler.setExchangeLimits({.inactivityTimeoutMs = timeoutMs,
        .overallTimeoutMs = timeoutMs * 5,
        .maxResponseBytes = HttpExchange::Limits{}.maxResponseBytes});
    scheduler.setRetryPolicy({.maxRetries = maxRetries,
        .retryBudget = Scheduler::RetryPolicy{}.retryBudget,
        .baseDelayMs = retryDelayMs,
        .maxDelayMs = std::max(retryDelayMs, Scheduler::RetryPolicy{}.maxDelayMs),
        .jitter = Scheduler::RetryPolicy{}.jitter});
    Scheduler::Limits limits;
    limits.endpointConcurrency = concurrency;
    limits.globalConcurrency = std::max(limits.globalConcurrency, concurrency);
    limits.requestsPerMinute = requestsPerMinute;
    scheduler.setLimits(limits);
    scheduler.setLocalOnly(localOnly);
}

QJsonObject PilotConfig::toJson() const
{
    QJsonArray endpointArray;
    for (const EndpointEntry &entry : endpoints) {
        endpointArray.append(
            QJsonObject{{u"id"_s, entry.endpoint.id}, {u"api"_s, apiStyleName(entry.endpoint.style)},
                {u"base_url"_s, entry.endpoint.baseUrl.toString()},
                {u"deployment"_s, entry.endpoint.deployment}, {u"api_version"_s, entry.endpoint.apiVersion},
                {u"allow_insecure_http"_s, entry.endpoint.allowInsecureHttp},
                {u"ca_bundle"_s, entry.endpoint.caBundle}, {u"key_env"_s, entry.keyEnv}});
        if (!entry.endpoint.replicas.isEmpty()) {
            QJsonArray replicas;
            for (const QUrl &replica : entry.endpoint.replicas) {
                replicas.append(replica.toString());
            }
            QJsonObject object = endpointArray.last().toObject();
            object.insert(u"replicas"_s, replicas);
            endpointArray.replace(endpointArray.size() - 1, object);
        }
    }
    const auto annotatorJson = [](const Annotator &a) {
        return QJsonObject{{u"name"_s, a.name}, {u"endpoint"_s, a.endpoint}, {u"model"_s, a.model},
            {u"temperature"_s, a.temperature ? QJsonValue(*a.temperature) : QJsonValue(QJsonValue::Null)},
            {u"reasoning_effort"_s, a.reasoningEffort}};
    };
    QJsonArray annotatorArray;
    for (const Annotator &a : annotators) {
        annotatorArray.append(annotatorJson(a));
    }
    const Knobs &k = knobs;
    const QJsonObject knobJson{{u"batch_size"_s, k.batchSize}, {u"rounds"_s, k.rounds},
        {u"seed"_s, qint64(k.seed)}, {u"hotspot_percentile"_s, k.hotspotPercentile},
        {u"coalition_cutoff"_s, k.coalitionCutoff}, {u"elite_percentile"_s, k.elitePercentile},
        {u"bias_percentile"_s, k.biasPercentile}, {u"examples_per_subtype"_s, k.examplesPerSubtype},
        {u"examples_per_category"_s, k.examplesPerCategory}, {u"context_tokens"_s, k.contextTokens},
        {u"max_patterns"_s, k.maxPatterns}, {u"max_common_instructions"_s, k.maxCommonInstructions},
        {u"max_annotator_instructions"_s, k.maxAnnotatorInstructions}, {u"change_cap"_s, k.changeCap},
        {u"elite_instructions"_s, k.eliteInstructions}, {u"goal_rewriting"_s, k.goalRewriting},
        {u"annotator_dropping"_s, k.annotatorDropping}, {u"stop_margin"_s, k.stopMargin},
        {u"reference"_s, ErrorReferenceNames.name(k.reference)}, {u"json_retries"_s, k.jsonRetries},
        {u"item_retries"_s, k.itemRetries}, {u"max_output_tokens"_s, k.maxOutputTokens},
        {u"supervisor_max_output_tokens"_s, k.supervisorMaxOutputTokens},
        {u"final_labelling"_s, k.finalLabelling}, {u"max_prompt_chars"_s, k.maxPromptChars}};
    QJsonObject json{{u"scheme"_s, scheme.toJson()}, {u"goal"_s, goal}, {u"endpoints"_s, endpointArray},
        {u"annotators"_s, annotatorArray}, {u"supervisor"_s, annotatorJson(supervisor)},
        {u"knobs"_s, knobJson},
        {u"network"_s,
            QJsonObject{{u"timeout_seconds"_s, network.timeoutSeconds},
                {u"max_retries"_s, network.maxRetries}, {u"retry_delay_ms"_s, network.retryDelayMs},
                {u"concurrency"_s, network.concurrency},
                {u"requests_per_minute"_s, network.requestsPerMinute},
                {u"local_only"_s, network.localOnly}}}};
    if (embeddings) {
        json.insert(u"embeddings"_s,
            QJsonObject{{u"endpoint"_s, embeddings->endpoint}, {u"model"_s, embeddings->model}});
    }
    json.insert(u"budget_usd"_s, budgetUsd ? QJsonValue(*budgetUsd) : QJsonValue(QJsonValue::Null));
    if (!promptTemplate.isEmpty()) {
        json.insert(u"prompt_template"_s, promptTemplate);
    }
    if (!prices.prices().isEmpty()) {
        json.insert(u"prices"_s, prices.toJson());
    }
    return json;
}

} // namespace Workbench::Core
