// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "llm/endpoint.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QNetworkAccessManager;
class QPushButton;

namespace Workbench::Core {
class EndpointClient;
class SecretStore;
} // namespace Workbench::Core

namespace Workbench::Ui {

/*! \brief Adds and edits endpoints, stores their keys in the keychain and tests connections.
 *
 * A key typed here goes straight to the keychain and the field is cleared: it is never shown
 * again, only whether one is stored. Testing lists the models the endpoint serves (the key is
 * read back from the keychain for the call). "Local only" refuses every endpoint that is not
 * this machine. Endpoints are saved with Save; keys are stored at once.
 */
class EndpointsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointsDialog)

public:
    EndpointsDialog(Core::SecretStore *secrets, QNetworkAccessManager *network, QWidget *parent = nullptr);
    ~EndpointsDialog() override;

    [[nodiscard]] QList<Core::Endpoint> endpoints() const { return m_endpoints; }

Q_SIGNALS:
    //! The key state of the selected endpoint is known: stored or not (\a message says which).
    void keyStateKnown(const QString &endpointId, bool stored);
    //! A connection test ended; \a models is empty on failure (\a message says why).
    void connectionTested(const QString &endpointId, const QStringList &models, const QString &message);

private:
    void createFields();
    void createLayout(QPushButton *add, QPushButton *remove);
    void connectKeychain();
    void connectClient();
    void addEndpoint();
    void removeEndpoint();
    void showSelected();
    void takeForm();
    void storeKey();
    void testConnection();
    void save();
    [[nodiscard]] int selectedRow() const;

    Core::SecretStore *m_secrets;
    Core::EndpointClient *m_client;
    QList<Core::Endpoint> m_endpoints;
    QString m_testing; //!< the endpoint whose key is being read back for a test
    quint64 m_testId = 0;
    bool m_filling = false;

    QListWidget *m_list = nullptr;
    QLineEdit *m_id = nullptr;
    QComboBox *m_api = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_deployment = nullptr;
    QLineEdit *m_apiVersion = nullptr;
    QCheckBox *m_insecure = nullptr;
    QLineEdit *m_caBundle = nullptr;
    QLineEdit *m_key = nullptr;
    QPushButton *m_storeKey = nullptr;
    QLabel *m_keyStatus = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_testStatus = nullptr;
    QListWidget *m_models = nullptr;
    QCheckBox *m_localOnly = nullptr;
};

} // namespace Workbench::Ui
