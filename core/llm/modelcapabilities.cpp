// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "llm/modelcapabilities.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

ModelCapabilities ModelCapabilities::forModel(const QString &model)
{
    // "o1", "o3-mini", "o4-mini-2025-04-16", "gpt-5", "gpt-5-mini", also behind a router prefix.
    static const QRegularExpression reasoning(
        u"(^|/)(o[1-9](-|$)|o[1-9]-mini|gpt-5)"_s, QRegularExpression::CaseInsensitiveOption);
    ModelCapabilities capabilities;
    capabilities.reasoning = reasoning.match(model).hasMatch();
    // Anthropic requires max_tokens and rejects more than the model's own limit.
    if (model.contains(u"claude"_s, Qt::CaseInsensitive)) {
        const QString name = model.toLower();
        if (name.contains(u"claude-3-7"_s) || name.contains(u"sonnet-4"_s) || name.contains(u"haiku-4"_s)
            || name.contains(u"opus-4-5"_s)) {
            capabilities.maxOutputTokens = 64000;
        } else if (name.contains(u"claude-3-5"_s)) {
            capabilities.maxOutputTokens = 8192;
        } else if (name.contains(u"claude-3"_s)) {
            capabilities.maxOutputTokens = 4096;
        } else {
            capabilities.maxOutputTokens = 32000; // Opus 4 and 4.1, and what is not known yet
        }
    }
    return capabilities;
}

} // namespace Workbench::Core
