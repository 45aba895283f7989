// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "apistyle.h"

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

QString apiStyleName(const ApiStyle style)
{
    switch (style) {
    case ApiStyle::OpenAi:
        return u"openai"_s;
    case ApiStyle::Azure:
        return u"azure"_s;
    case ApiStyle::Anthropic:
        return u"anthropic"_s;
    case ApiStyle::Ollama:
        return u"ollama"_s;
    }
    return {};
}

std::optional<ApiStyle> apiStyleFromName(const QString &name)
{
    for (const ApiStyle style : {ApiStyle::OpenAi, ApiStyle::Azure, ApiStyle::Anthropic, ApiStyle::Ollama}) {
        if (name.compare(apiStyleName(style), Qt::CaseInsensitive) == 0) {
            return style;
        }
    }
    return std::nullopt;
}

} // namespace Workbench::Core
