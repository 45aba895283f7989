// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QString>

#include <optional>

namespace Workbench::Core {

//! The wire protocol an endpoint speaks.
enum class ApiStyle {
    OpenAi, //!< Chat Completions: OpenAI, vLLM, llama.cpp, Ollama /v1, LM Studio, OpenRouter, Groq, ...
    Azure, //!< Azure OpenAI: deployments, api-version, \c api-key header
    Anthropic, //!< Messages API: \c x-api-key, \c anthropic-version, \c max_tokens required
    Ollama, //!< Ollama's native \c /api/chat
};

[[nodiscard]] QString apiStyleName(ApiStyle style);
//! "openai", "azure", "anthropic", "ollama"; nothing for another name.
[[nodiscard]] std::optional<ApiStyle> apiStyleFromName(const QString &name);

} // namespace Workbench::Core
