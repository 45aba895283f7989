// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "llm/endpoint.h"
#include "llm/pricetable.h"
#include "metrics/corpusanalysis.h"
#include "model/entityscheme.h"
#include "model/nametable.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <expected>
#include <optional>

namespace Workbench::Core {

class Scheduler;

/*! \brief A pilot project's configuration: the readable JSON file the user writes (no secrets).
 *
 * \code{.json}
 * {"scheme": {"types": [...]}, "goal": "...",
 *  "endpoints": [{"id": "router", "api": "openai", "base_url": "https://.../v1", "key_env": "ROUTER_KEY"}],
 *  "annotators": [{"name": "gemma", "endpoint": "router", "model": "google/gemma-3-12b-it"}],
 *  "supervisor": {"endpoint": "router", "model": "openai/gpt-5-mini"},
 *  "knobs": {"batch_size": 25, "rounds": 5, ...}, "budget_usd": 20}
 * \endcode
 * Every knob of method.md section 9 has its default; errors name the field and what was expected.
 */
struct PilotConfig
{
    //! What each annotator's error report compares its labels with.
    enum class ErrorReference {
        Majority, //!< the plurality vote of the round's annotators (label-free)
        Gold, //!< the gold layer, when the project has one
    };
    struct EndpointEntry
    {
        Endpoint endpoint;
        QString keyEnv; //!< the environment variable holding its key (CLI); the GUI uses the keychain
    };
    struct Annotator
    {
        QString name;
        QString endpoint;
        QString model;
        std::optional<double> temperature = 0.0;
        QString reasoningEffort;
    };
    struct Knobs
    {
        int batchSize = 25;
        int rounds = 5;
        quint64 seed = 42;
        double hotspotPercentile = 80;
        double coalitionCutoff = 0.5;
        double elitePercentile = 90;
        double biasPercentile = 90;
        int examplesPerSubtype = 10;
        int examplesPerCategory = 5;
        int contextTokens = 3;
        int maxPatterns = 5;
        int maxCommonInstructions = 3;
        int maxAnnotatorInstructions = 2;
        double changeCap = 0.10;
        bool eliteInstructions = false;
        bool goalRewriting = true;
        bool annotatorDropping = false;
        double stopMargin = 0.01;
        ErrorReference reference = ErrorReference::Majority;
        int jsonRetries = 3;
        int itemRetries = 3;
        int maxOutputTokens = 8000; //!< per annotator call
        //! Per supervisor call; 0: the provider's maximum (reasoning models spend much thinking).
        int supervisorMaxOutputTokens = 0;
        bool finalLabelling = true; //!< label the whole pool with the most agreeing annotator at the end
        int maxPromptChars = 12000; //!< longer documents are split at sentence boundaries

        /*! What round \a round's analysis runs with: the bootstrap seeded for the round, the
         * coalition cutoff and the hotspot percentiles. The pilot measures a round with these,
         * and whoever shows the round again (the workbench) must too, or its elite, hotspot
         * classes and intervals differ from the round's summary and reports. */
        [[nodiscard]] CorpusAnalysis::Options analysisOptions(int round) const;
    };

    //! What each annotator's error report compares it with ("reference": "majority" or "gold").
    static const NameTable<ErrorReference, 2> ErrorReferenceNames;

    //! "network": how calls are sent; not part of the method, so it never changes a result.
    struct Network
    {
        double timeoutSeconds = 120; //!< without a byte before a call is abandoned (5x overall)
        int maxRetries = 3; //!< per call, on 429 / 5xx / timeouts / dropped connections
        int retryDelayMs = 1000; //!< the first backoff; doubles with each retry
        int concurrency = 8; //!< calls at once per endpoint
        int requestsPerMinute = 0; //!< per endpoint; 0: no limit
        bool localOnly = false; //!< nothing leaves this machine: every endpoint must be loopback
        void applyTo(Scheduler &scheduler) const;
    };

    //! "embeddings": the model whose vectors choose the pilot batches (method.md section 2);
    //! absent: the local TF-IDF vectors, which need no network.
    struct Embeddings
    {
        QString endpoint;
        QString model;
    };

    EntityScheme scheme;
    QString goal;
    QList<EndpointEntry> endpoints;
    QList<Annotator> annotators;
    Annotator supervisor;
    std::optional<Embeddings> embeddings;
    Knobs knobs;
    Network network;
    std::optional<double> budgetUsd;
    PriceTable prices; //!< "prices": what the user says calls cost; empty: costs are unknown (0)
    QString promptTemplate; //!< a template file; empty: the built-in one

    [[nodiscard]] const EndpointEntry *endpoint(const QString &id) const;
    /*! The configuration in \a bytes, or a message "FIELD: expected ..., found ...". \a line gets
     * the 1-based line of the error: of a JSON syntax error, else of FIELD's key in the text (as deep
     * as the text has it; 1 when it has none of it, e.g. a missing section). Unknown keys are refused
     * at the top level, in "embeddings", "knobs" and "network"; annotators may not be named
     * "supervisor" or "embeddings" (those names label the calls that are no annotator's).
     */
    [[nodiscard]] static std::expected<PilotConfig, QString> fromJson(
        const QByteArray &bytes, int *line = nullptr);
    //! The same from an object already parsed (a project's stored run).
    [[nodiscard]] static std::expected<PilotConfig, QString> fromJson(const QJsonObject &json);
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace Workbench::Core
