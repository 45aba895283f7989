// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkRequest>
#include <QString>

namespace Workbench::Core {

/*! \brief Keeps credentials out of everything the workbench writes or shows.
 *
 * Usage: \c{log(Redaction::headers(request)); show(Redaction::removeSecret(message, key));}
 */
class Redaction
{
public:
    //! \a text with every occurrence of \a secret, and of its first and last 8 characters
    //! (providers echo "sk-abc...xyz"), replaced by "[redacted]".
    [[nodiscard]] static QString removeSecret(QString text, const QString &secret);
    [[nodiscard]] static QByteArray removeSecret(QByteArray bytes, const QString &secret);
    //! The request's headers as "Name: value" lines, with Authorization, api-key and x-api-key
    //! (and any header naming a key or token) redacted.
    [[nodiscard]] static QList<QByteArray> headers(const QNetworkRequest &request);
    [[nodiscard]] static bool isSecretHeader(const QByteArray &name);
};

} // namespace Workbench::Core
