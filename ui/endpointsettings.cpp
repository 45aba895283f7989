// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "endpointsettings.h"

#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

QList<Core::Endpoint> EndpointSettings::load()
{
    QSettings settings;
    QList<Core::Endpoint> endpoints;
    const int count = settings.beginReadArray(u"endpoints"_s);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        Core::Endpoint endpoint;
        endpoint.id = settings.value(u"id"_s).toString();
        endpoint.style =
            Core::apiStyleFromName(settings.value(u"api"_s).toString()).value_or(Core::ApiStyle::OpenAi);
        endpoint.baseUrl = QUrl(settings.value(u"baseUrl"_s).toString());
        endpoint.deployment = settings.value(u"deployment"_s).toString();
        endpoint.apiVersion = settings.value(u"apiVersion"_s, endpoint.apiVersion).toString();
        endpoint.allowInsecureHttp = settings.value(u"allowInsecureHttp"_s, false).toBool();
        endpoint.caBundle = settings.value(u"caBundle"_s).toString();
        if (!endpoint.id.isEmpty()) {
            endpoints.append(endpoint);
        }
    }
    settings.endArray();
    return endpoints;
}

void EndpointSettings::save(const QList<Core::Endpoint> &endpoints)
{
    QSettings settings;
    settings.remove(u"endpoints"_s);
    settings.beginWriteArray(u"endpoints"_s, int(endpoints.size()));
    for (int i = 0; i < endpoints.size(); ++i) {
        const Core::Endpoint &endpoint = endpoints.at(i);
        settings.setArrayIndex(i);
        settings.setValue(u"id"_s, endpoint.id);
        settings.setValue(u"api"_s, Core::apiStyleName(endpoint.style));
        settings.setValue(u"baseUrl"_s, endpoint.baseUrl.toString());
        settings.setValue(u"deployment"_s, endpoint.deployment);
        settings.setValue(u"apiVersion"_s, endpoint.apiVersion);
        settings.setValue(u"allowInsecureHttp"_s, endpoint.allowInsecureHttp);
        settings.setValue(u"caBundle"_s, endpoint.caBundle);
    }
    settings.endArray();
}

bool EndpointSettings::localOnly()
{
    return QSettings().value(u"network/localOnly"_s, false).toBool();
}

void EndpointSettings::setLocalOnly(const bool localOnly)
{
    QSettings().setValue(u"network/localOnly"_s, localOnly);
}

} // namespace Workbench::Ui
