// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "pilotkeys.h"

#include "clioutput.h"
#include "pilot/missingkeys.h"
#include "secrets/secretstore.h"

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Core;

namespace Workbench::Cli {

std::optional<QHash<QString, QString>> pilotKeys(const PilotConfig &config)
{
    QHash<QString, QString> keys;
    for (const PilotConfig::EndpointEntry &entry : config.endpoints) {
        const QString key = entry.keyEnv.isEmpty() ? QString() : SecretStore::fromEnvironment(entry.keyEnv);
        if (!key.isEmpty()) {
            keys.insert(entry.endpoint.id, key);
        }
    }
    // The same check as the workbench's, before anything is sent; the command line reads no keychain.
    const QList<PilotConfig::EndpointEntry> missing = MissingKeys::of(config, keys);
    for (const PilotConfig::EndpointEntry &entry : missing) {
        CliOutput::diagnostic(entry.keyEnv.isEmpty()
                ? u"diziner-cli: error: endpoint %1 needs a key and has none: name the environment variable "
                  u"holding it with key_env in the configuration and set it (a key stored in the "
                  u"workbench's keychain, Settings > Endpoints and Keys, serves the workbench only)"_s.arg(
                      entry.endpoint.id)
                : u"diziner-cli: error: endpoint %1 needs a key and has none: set the environment variable "
                  u"%2 (its key_env); a key stored in the workbench's keychain (Settings > Endpoints and "
                  u"Keys) serves the workbench only"_s.arg(entry.endpoint.id, entry.keyEnv));
    }
    if (!missing.isEmpty()) {
        return std::nullopt;
    }
    return keys;
}

} // namespace Workbench::Cli
