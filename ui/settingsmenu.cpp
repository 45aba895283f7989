// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "settingsmenu.h"

#include "dialogs/endpointsdialog.h"
#include "dialogs/pricesdialog.h"

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
    auto *prices = addAction(tr("&Prices…"));
    prices->setObjectName(u"actionPrices"_s);
    prices->setToolTip(tr("What calls cost per model: the runs' costs and estimates are priced at it"));
    connect(prices, &QAction::triggered, this, &SettingsMenu::editPrices);
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

void SettingsMenu::editPrices()
{
    auto *dialog = new PricesDialog(parentWidget());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace Workbench::Ui
