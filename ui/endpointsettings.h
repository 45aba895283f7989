// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "llm/endpoint.h"

#include <QList>

namespace Workbench::Ui {

/*! \brief The user's endpoints and the "local only" switch, kept in the application settings.
 *
 * Only what is not secret: API style, base URL, Azure deployment and version, the insecure-http
 * permission and a CA bundle path. Keys live in the keychain under each endpoint's id.
 */
class EndpointSettings
{
public:
    [[nodiscard]] static QList<Core::Endpoint> load();
    static void save(const QList<Core::Endpoint> &endpoints);
    [[nodiscard]] static bool localOnly();
    static void setLocalOnly(bool localOnly);
};

} // namespace Workbench::Ui
