// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "pilot/pilotconfig.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <optional>

namespace Workbench::Core {
class SecretStore;
}

namespace Workbench::Ui {

/*! \brief Collects the API keys of a pilot's endpoints: from the keychain first, then from the
 * environment variable the configuration names for an endpoint; an endpoint with neither gets no
 * key (a local server needs none).
 *
 * When an endpoint the pilot calls needs a key and has none (Core::MissingKeys), nothing is handed
 * on: missing() says which endpoint and both ways to give it one. The keys are handed on once and
 * not kept here. Usage: \c{connect(keys, &EndpointKeys::collected, this, &Pane::launch);
 * connect(keys, &EndpointKeys::missing, this, &Pane::refuse); keys->collect(config);}
 */
class EndpointKeys final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointKeys)

public:
    explicit EndpointKeys(Core::SecretStore *secrets, QObject *parent = nullptr);
    ~EndpointKeys() override;

    //! Asks for the keys of \a config's endpoints; collected() follows once every one answered.
    void collect(const Core::PilotConfig &config);

Q_SIGNALS:
    //! Each endpoint's key by endpoint id (absent: no key); every endpoint that needs one has one.
    void collected(const QHash<QString, QString> &keys);
    //! An endpoint the pilot calls needs a key and has none: \a message names it and the two ways.
    void missing(const QString &message);

private:
    //! \a id's key is \a key (from the keychain, or the environment when it had none); nothing: none.
    void answer(const QString &id, const std::optional<QString> &key);
    //! Every endpoint answered: the keys handed on, or the endpoints without the key they need.
    void finish();

    Core::SecretStore *m_secrets;
    Core::PilotConfig m_config; //!< of the collection under way
    QHash<QString, QString> m_variables; //!< endpoint id -> the environment variable to fall back on
    QHash<QString, QString> m_keys;
    QStringList m_pending; //!< endpoint ids whose keychain answer is awaited
};

} // namespace Workbench::Ui
