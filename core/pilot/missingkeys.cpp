// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "pilot/missingkeys.h"

#include <QSet>

namespace Workbench::Core {

bool MissingKeys::needsKey(const PilotConfig::EndpointEntry &entry)
{
    if (!entry.keyEnv.isEmpty()) {
        return true;
    }
    const bool keyedApi =
        entry.endpoint.style == ApiStyle::Anthropic || entry.endpoint.style == ApiStyle::Azure;
    return keyedApi && !entry.endpoint.isLoopback();
}

QList<PilotConfig::EndpointEntry> MissingKeys::of(
    const PilotConfig &config, const QHash<QString, QString> &keys)
{
    QSet<QString> called{config.supervisor.endpoint};
    for (const PilotConfig::Annotator &annotator : config.annotators) {
        called.insert(annotator.endpoint);
    }
    if (config.embeddings) {
        called.insert(config.embeddings->endpoint);
    }
    QList<PilotConfig::EndpointEntry> missing;
    for (const PilotConfig::EndpointEntry &entry : config.endpoints) {
        if (called.contains(entry.endpoint.id) && needsKey(entry)
            && keys.value(entry.endpoint.id).isEmpty()) {
            missing.append(entry);
        }
    }
    return missing;
}

} // namespace Workbench::Core
