// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "llm/apistyle.h"

#include "model/nametable.h"

namespace Workbench::Core {

namespace {
constexpr NameTable<ApiStyle, 4> names{{{{ApiStyle::OpenAi, "openai"}, {ApiStyle::Azure, "azure"},
    {ApiStyle::Anthropic, "anthropic"}, {ApiStyle::Ollama, "ollama"}}}};
} // namespace

QString apiStyleName(const ApiStyle style)
{
    return names.name(style);
}

std::optional<ApiStyle> apiStyleFromName(const QString &name)
{
    return names.value(name);
}

} // namespace Workbench::Core
