// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "secrets/secretstore.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
}

SecretStore::~SecretStore() = default;

QString SecretStore::keyName(const QString &endpointId)
{
#ifdef Q_OS_WIN
    return u"DiZiNER/endpoint/%1/api-key"_s.arg(endpointId); // the Windows vault has one namespace
#else
    return u"endpoint/%1/api-key"_s.arg(endpointId);
#endif
}

QString SecretStore::fromEnvironment(const QString &variable)
{
    return qEnvironmentVariable(variable.toLocal8Bit().constData());
}

void SecretStore::store(const QString &endpointId, const QString &key)
{
    m_queue.append({Operation::Store, endpointId, key, 0});
    next();
}

void SecretStore::restore(const QString &endpointId)
{
    m_queue.append({Operation::Restore, endpointId, {}, 0});
    next();
}

void SecretStore::remove(const QString &endpointId)
{
    m_queue.append({Operation::Remove, endpointId, {}, 0});
    next();
}

void SecretStore::next()
{
    if (m_busy || m_queue.isEmpty()) {
        return;
    }
    m_busy = true;
    const Request &request = m_queue.first();
    QKeychain::Job *job = nullptr;
    switch (request.operation) {
    case Operation::Store: {
        auto *write = new QKeychain::WritePasswordJob(m_service, this);
        write->setTextData(request.key);
        job = write;
        break;
    }
    case Operation::Restore:
        job = new QKeychain::ReadPasswordJob(m_service, this);
        break;
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service, this);
        break;
    }
    job->setKey(keyName(request.endpointId));
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, &SecretStore::onFinished);
    job->start();
}

void SecretStore::onFinished(QKeychain::Job *job)
{
    m_busy = false;
    Request request = m_queue.takeFirst();
    const QKeychain::Error error = job->error();
    const bool noBackend = error == QKeychain::NoBackendAvailable
        || (error == QKeychain::OtherError
            && (job->errorString().contains(u"D-Bus"_s) || job->errorString().contains(u"DBus"_s)));
    if (noBackend && request.attempt == 0) {
        // The Secret Service may still be starting with the session: one more try, later.
        ++request.attempt;
        m_queue.prepend(request);
        QTimer::singleShot(500, this, &SecretStore::next);
        return;
    }
    if (error == QKeychain::NoError
        || (error == QKeychain::EntryNotFound && request.operation == Operation::Remove)) {
        switch (request.operation) {
        case Operation::Store:
            Q_EMIT stored(request.endpointId);
            break;
        case Operation::Restore:
            Q_EMIT restored(request.endpointId, static_cast<QKeychain::ReadPasswordJob *>(job)->textData());
            break;
        case Operation::Remove:
            Q_EMIT deleted(request.endpointId);
            break;
        }
    } else {
        const Error kind = error == QKeychain::EntryNotFound                             ? Error::NotFound
            : error == QKeychain::AccessDenied || error == QKeychain::AccessDeniedByUser ? Error::AccessDenied
            : noBackend ? Error::BackendUnavailable
                        : Error::Other;
        const QString message = kind == Error::NotFound
            ? tr("No key is stored for endpoint %1.").arg(request.endpointId)
            : kind == Error::BackendUnavailable
            ? tr("No keychain is available (%1). Start your desktop's Secret Service "
                 "(GNOME Keyring, KWallet) or give the key in an environment variable.")
                  .arg(job->errorString())
            : job->errorString();
        Q_EMIT failed(request.endpointId, kind, message);
    }
    next();
}

} // namespace Workbench::Core
