// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "pilot/pilotconfig.h"

#include <QList>
#include <QMenu>

#include <functional>

class QNetworkAccessManager;

namespace Workbench::Core {
class SecretStore;
}

namespace Workbench::Ui {

/*! \brief The Settings menu: Endpoints and Keys (the saved endpoints beside the open project's)
 * and Prices; the window adds what else belongs there (the language).
 *
 * \a projectEndpoints says, when the dialog opens, which endpoints the open project's pilot
 * calls (none without a pilot). The dialogs open over the menu's parent widget.
 * Usage: \c{window->menuBar()->addMenu(new SettingsMenu(secrets, nam, [this] { ... }, window));}
 */
class SettingsMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsMenu)

public:
    using ProjectEndpoints = std::function<QList<Core::PilotConfig::EndpointEntry>()>;

    SettingsMenu(Core::SecretStore *secrets, QNetworkAccessManager *network,
        ProjectEndpoints projectEndpoints, QWidget *parent);
    ~SettingsMenu() override;

private:
    void editEndpoints();
    void editPrices();

    Core::SecretStore *m_secrets = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    ProjectEndpoints m_projectEndpoints;
};

} // namespace Workbench::Ui
