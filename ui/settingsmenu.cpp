// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "settingsmenu.h"

#include "dialogs/endpointsdialog.h"

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

SettingsMenu::SettingsMenu(Core::SecretStore *secrets, QNetworkAccessManager *network,
    ProjectEndpoints projectEndpoints, QWidget *parent)
    : QMenu(tr("&Settings"), parent)
    , m_secrets(secrets)
    , m_network(network)
    , m_projectEndpoints(std::move(projectEndpoints))
{
    setObjectName(u"settingsMenu"_s);
    auto *endpoints = addAction(tr("&Endpoints and Keys…"));
    endpoints->setObjectName(u"actionEndpoints"_s);
    endpoints->setToolTip(tr("Your endpoints and the open project's, their keys in the system keychain"));
    connect(endpoints, &QAction::triggered, this, &SettingsMenu::editEndpoints);
}

SettingsMenu::~SettingsMenu() = default;

void SettingsMenu::editEndpoints()
{
    auto *dialog = new EndpointsDialog(m_secrets, m_network, parentWidget());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProjectEndpoints(
        m_projectEndpoints ? m_projectEndpoints() : QList<Core::PilotConfig::EndpointEntry>{});
    dialog->open();
}

} // namespace Workbench::Ui
