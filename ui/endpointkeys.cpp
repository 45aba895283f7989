// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "endpointkeys.h"

#include "pilot/missingkeys.h"
#include "secrets/secretstore.h"

#include <utility>

namespace Workbench::Ui {

EndpointKeys::EndpointKeys(Core::SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
{
    connect(m_secrets, &Core::SecretStore::restored, this,
        [this](const QString &id, const QString &key) { answer(id, key); });
    connect(m_secrets, &Core::SecretStore::failed, this,
        [this](const QString &id, Core::SecretStore::Error, const QString &) {
            // Not in the keychain: the configuration's environment variable, or no key (local servers).
            const QString variable = m_variables.value(id);
            const QString key = variable.isEmpty() ? QString() : Core::SecretStore::fromEnvironment(variable);
            answer(id, key.isEmpty() ? std::nullopt : std::optional(key));
        });
}

EndpointKeys::~EndpointKeys() = default;

void EndpointKeys::collect(const Core::PilotConfig &config)
{
    m_keys.clear();
    m_pending.clear();
    m_variables.clear();
    m_config = config;
    for (const Core::PilotConfig::EndpointEntry &entry : config.endpoints) {
        m_pending.append(entry.endpoint.id);
        m_variables.insert(entry.endpoint.id, entry.keyEnv);
    }
    if (m_pending.isEmpty()) {
        finish();
        return;
    }
    for (const QString &id : QStringList(m_pending)) {
        m_secrets->restore(id); // answered in order through restored() / failed()
    }
}

void EndpointKeys::answer(const QString &id, const std::optional<QString> &key)
{
    if (!m_pending.removeOne(id)) {
        return; // another caller's key
    }
    if (key) {
        m_keys.insert(id, *key);
    }
    if (m_pending.isEmpty()) {
        finish();
    }
}

void EndpointKeys::finish()
{
    const QHash<QString, QString> keys = std::exchange(m_keys, {});
    QStringList refusals;
    for (const Core::PilotConfig::EndpointEntry &entry : Core::MissingKeys::of(m_config, keys)) {
        refusals.append(entry.keyEnv.isEmpty()
                ? tr("Endpoint %1 needs a key and has none: store one for it in Settings > Endpoints and "
                     "Keys, or name an environment variable holding it with key_env in the pilot "
                     "configuration.")
                      .arg(entry.endpoint.id)
                : tr("Endpoint %1 needs a key and has none: store one for it in Settings > Endpoints and "
                     "Keys, or set the environment variable %2 before starting the workbench.")
                      .arg(entry.endpoint.id, entry.keyEnv));
    }
    if (refusals.isEmpty()) {
        Q_EMIT collected(keys);
    } else {
        refusals.append(tr("Nothing was sent."));
        Q_EMIT missing(refusals.join(u' '));
    }
}

} // namespace Workbench::Ui
