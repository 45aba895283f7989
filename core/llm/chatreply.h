// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QDateTime>
#include <QString>

namespace Workbench::Core {

//! Token usage of one call as the provider counted it.
struct TokenUsage
{
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 reasoningTokens = 0;
};

//! One chat reply, the same for every provider, with its provenance.
struct ChatReply
{
    QString text; //!< the answer, a leading reasoning block removed
    QString reasoning; //!< reasoning the provider returned apart (or the removed <think> block)
    QString model; //!< the model id the provider says answered
    QString finishReason; //!< normalised: "stop", "length", "content_filter", "tool_calls", or as given
    QString systemFingerprint;
    TokenUsage usage;
    QDateTime received;

    //! The provider's output limit cut the answer off (OpenAI "length", Anthropic "max_tokens",
    //! Ollama's "length", all normalised).
    [[nodiscard]] bool wasCutOff() const { return finishReason == QLatin1String("length"); }
};

} // namespace Workbench::Core
