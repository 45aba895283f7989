// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

// Models that misbehave the way real ones do, behind every provider family the workbench
// speaks, so that whole pilots are tested against them and not against models that answer
// exactly what the code expects.
#include "protocolserver.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Workbench::Test {

/*! \brief A pilot over tweet-like sentences with a zoo of annotators and supervisors.
 *
 * The corpus: "Dr. <person> visited #<city> last week ." (person and location in lower-case
 * scheme codes), one sentence without entities, and a retweet (an exact copy of sentence 0).
 * Annotators, each behind its own provider family:
 * - \c gpt-oss-20b (OpenAI): right, after a \c{<think>} block;
 * - \c gemma-3-12b (OpenAI): right, but answers "Paris" for the token "#Paris" (snapped) and types
 *   in another case ("Person", "LOCATION");
 * - \c qwen3-14b (Ollama): UTF-8 byte offsets instead of characters, every mention twice, and
 *   "Dr." inside names until the guideline says titles stay out;
 * - \c phi-4 (Anthropic): an extra overlapping mention of the surname, cities as persons until the
 *   guideline says they are locations, and its empty answers wrapped in prose;
 * - \c mistral-small (Azure): refuses every text about Grace Hopper.
 * Supervisors (the model name picks the misbehaviour; the phase is read from the prompt, as a
 * model would): \c sup-strict (schema-true, rewrites the goal), \c claude-sup (tool use; leaves
 * out optional fields, adds keys of its own; given no tool it answers in Markdown prose), \c sup-fenced
 * (prose and a code fence around the JSON; a server that ignores response_format, so it follows only the
 * prompt's answer format), \c sup-cutoff (cut off by the output limit on each phase's first answer). Every
 * supervisor names one annotator by its model ("Gemma 3 12B") and one the pool lacks ("Llama 4 Scout"), and
 * in round 1 returns the guideline it is given (nothing to propose).
 */
class ModelZoo
{
public:
    enum class Supervisor { OpenAiStrict, Azure, Anthropic, Ollama, Compatible, CutOff };

    [[nodiscard]] static QString sentence(int i);
    //! The corpus as CoNLL (gold tags, IOB2): \a sentences, then one without entities, then a
    //! copy of sentence 0.
    [[nodiscard]] static QByteArray goldConll(int sentences);
    //! The configuration for a server at \a baseUrl with the supervisor of \a supervisor's family.
    [[nodiscard]] static QByteArray config(
        const QString &baseUrl, Supervisor supervisor, int batchSize, int rounds);
    //! Registers the Ollama models and the handler with \a server.
    static void serve(ProtocolServer &server);
    [[nodiscard]] static ProtocolServer::Script answer(const ProtocolServer::Request &request);

    static constexpr const char *titleRule = "Leave titles such as Dr. outside the names of persons.";
    static constexpr const char *cityRule = "Cities, with or without #, are location, never person.";
    static constexpr const char *refusal = "I'm sorry, but I can't help with identifying that person.";
};

} // namespace Workbench::Test
