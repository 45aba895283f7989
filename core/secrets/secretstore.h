// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QList>
#include <QObject>
#include <QString>

namespace QKeychain {
class Job;
}

namespace Workbench::Core {

/*! \brief API keys in the operating system's keychain (QtKeychain), never in a file.
 *
 * One asynchronous job at a time, in the order asked; every request ends in exactly one of
 * stored / restored / deleted / failed. Keys are named \c{endpoint/<id>/api-key} under the
 * application's service name. The insecure plain-text fallback stays off. A missing Secret
 * Service is detected from the first job's error and retried once (it may still be starting),
 * then reported as BackendUnavailable. Deleting a key that is not there is a success.
 * The CLI may take a key from an environment variable instead (fromEnvironment()).
 * Usage: \c{connect(&secrets, &SecretStore::restored, ...); secrets.restore(u"openai"_s);}
 */
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    enum class Error { NotFound, AccessDenied, BackendUnavailable, Other };
    Q_ENUM(Error)

    explicit SecretStore(
        const QString &service = QStringLiteral("org.diziner.Workbench"), QObject *parent = nullptr);
    ~SecretStore() override;

    void store(const QString &endpointId, const QString &key);
    void restore(const QString &endpointId);
    void remove(const QString &endpointId);

    [[nodiscard]] static QString keyName(const QString &endpointId);
    //! The value of environment variable \a variable; empty when unset.
    [[nodiscard]] static QString fromEnvironment(const QString &variable);

Q_SIGNALS:
    void stored(const QString &endpointId);
    void restored(const QString &endpointId, const QString &key);
    void deleted(const QString &endpointId);
    void failed(const QString &endpointId, Workbench::Core::SecretStore::Error error, const QString &message);

private:
    enum class Operation { Store, Restore, Remove };
    struct Request
    {
        Operation operation;
        QString endpointId;
        QString key;
        int attempt = 0;
    };

    void next();
    void onFinished(QKeychain::Job *job);

    QString m_service;
    QList<Request> m_queue;
    bool m_busy = false;
};

} // namespace Workbench::Core
