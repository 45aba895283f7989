// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "pilotkeys.h"

#include "clioutput.h"
#include "secrets/secretstore.h"

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Core;

namespace Workbench::Cli {

std::optional<QHash<QString, QString>> pilotKeys(const PilotConfig &config)
{
    QHash<QString, QString> keys;
    for (const PilotConfig::EndpointEntry &entry : config.endpoints) {
        if (entry.keyEnv.isEmpty()) {
            continue;
        }
        const QString key = SecretStore::fromEnvironment(entry.keyEnv);
        if (key.isEmpty()) {
            CliOutput::diagnostic(
                u"diziner-cli: error: endpoint %1 takes its key from %2, which is unset"_s.arg(
                    entry.endpoint.id, entry.keyEnv));
            return std::nullopt;
        }
        keys.insert(entry.endpoint.id, key);
    }
    return keys;
}

} // namespace Workbench::Cli
