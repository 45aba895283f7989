// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "llm/redaction.h"

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

namespace {
constexpr qsizetype echoedPart = 8;
}

QString Redaction::removeSecret(QString text, const QString &secret)
{
    if (secret.isEmpty()) {
        return text;
    }
    text.replace(secret, u"[redacted]"_s);
    if (secret.size() >= 2 * echoedPart) {
        text.replace(secret.left(echoedPart), u"[redacted]"_s);
        text.replace(secret.right(echoedPart), u"[redacted]"_s);
    }
    return text;
}

QByteArray Redaction::removeSecret(QByteArray bytes, const QString &secret)
{
    if (secret.isEmpty()) {
        return bytes;
    }
    const QByteArray utf8 = secret.toUtf8();
    bytes.replace(utf8, "[redacted]");
    if (utf8.size() >= 2 * echoedPart) {
        bytes.replace(utf8.left(echoedPart), "[redacted]");
        bytes.replace(utf8.right(echoedPart), "[redacted]");
    }
    return bytes;
}

bool Redaction::isSecretHeader(const QByteArray &name)
{
    const QByteArray lower = name.toLower();
    return lower == "authorization" || lower == "proxy-authorization" || lower == "api-key"
        || lower == "x-api-key" || lower.contains("token") || lower.contains("secret")
        || lower.endsWith("-key");
}

QList<QByteArray> Redaction::headers(const QNetworkRequest &request)
{
    QList<QByteArray> lines;
    for (const QByteArray &name : request.rawHeaderList()) {
        lines.append(
            name + ": " + (isSecretHeader(name) ? QByteArray("[redacted]") : request.rawHeader(name)));
    }
    return lines;
}

} // namespace Workbench::Core
