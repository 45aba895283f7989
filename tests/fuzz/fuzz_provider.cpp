// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
// Provider reply bodies and the supervisor's JSON, as every API style reads them.
#include "llm/providercodec.h"
#include "pilot/guideline.h"
#include "pilot/replyparser.h"
#include "pilot/supervisorphases.h"

#include <cstddef>
#include <cstdint>

using namespace Workbench::Core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const ApiStyle style : {ApiStyle::OpenAi, ApiStyle::Azure, ApiStyle::Anthropic, ApiStyle::Ollama}) {
        if (const auto reply = ProviderCodec::parseChat(style, body)) {
            if (const auto object = ReplyParser::extractObject(reply->text)) {
                (void)SupervisorPhases::organisedGuideline(*object, Guideline{});
            }
        }
        (void)ProviderCodec::parseModelList(style, body);
        (void)ProviderCodec::parseEmbeddings(style, body);
        (void)ProviderCodec::errorMessage(400, body, QStringLiteral("sk-fuzz"));
    }
    if (const auto object = ReplyParser::extractObject(QString::fromUtf8(body))) {
        (void)Guideline::fromJson(*object);
    }
    return 0;
}
