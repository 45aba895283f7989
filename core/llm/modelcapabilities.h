// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QString>

namespace Workbench::Core {

/*! \brief What a model accepts, from its name unless the user says otherwise.
 *
 * Reasoning models (OpenAI o-series, GPT-5 family) take \c max_completion_tokens and
 * \c reasoning_effort and reject \c temperature. Usage: \c{auto c = ModelCapabilities::forModel(name);}
 */
struct ModelCapabilities
{
    bool reasoning = false;
    bool jsonSchema = true; //!< structured output by JSON schema
    //! The most output the model may be asked for, where an API requires a number (Anthropic's
    //! \c max_tokens) and the request leaves it to the provider; 0: unknown.
    int maxOutputTokens = 0;

    [[nodiscard]] static ModelCapabilities forModel(const QString &model);
};

} // namespace Workbench::Core
