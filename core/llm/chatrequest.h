// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "llm/jsonschema.h"
#include "llm/modelcapabilities.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Workbench::Core {

//! One message of a conversation.
struct ChatMessage
{
    QString role; //!< "system", "user" or "assistant"
    QString content;

    friend bool operator==(const ChatMessage &, const ChatMessage &) = default;
};

/*! \brief One chat call, the same for every provider; the codecs translate it.
 *
 * \c temperature is dropped for reasoning models (they reject it). \c jsonSchema asks for
 * structured output the way each provider offers it (OpenAI and Azure a strict \c json_schema,
 * Anthropic one forced tool, Ollama \c format), JSON mode or plain text otherwise.
 */
struct ChatRequest
{
    QString model;
    QList<ChatMessage> messages;
    std::optional<double> temperature = 0.0;
    //! 0: the provider's maximum (no limit sent where the API allows leaving it out).
    int maxOutputTokens = 8000;
    JsonSchema jsonSchema; //!< empty: free text
    QString schemaName = QStringLiteral("reply");
    bool jsonMode = false; //!< ask for a JSON object without a schema
    QString reasoningEffort; //!< "low", "medium", "high" for reasoning models; empty: default
    //! What the user says the model accepts; nothing: guessed from the model's name.
    std::optional<ModelCapabilities> capabilities;

    [[nodiscard]] ModelCapabilities effectiveCapabilities() const
    {
        return capabilities.value_or(ModelCapabilities::forModel(model));
    }
    //! A rough token count of the prompt (4 characters a token), for rate limits and estimates.
    [[nodiscard]] qint64 estimatedPromptTokens() const
    {
        qint64 characters = 0;
        for (const ChatMessage &message : messages) {
            characters += message.content.size();
        }
        return characters / 4 + 1;
    }
};

} // namespace Workbench::Core
