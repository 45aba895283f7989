// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "llm/endpoint.h"
#include "pilot/pilotconfig.h"

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
 *
 * The open project's endpoints (its pilot configuration's, setProjectEndpoints()) are listed
 * after the saved ones: their settings come from the configuration and are shown, not edited,
 * but a key can be stored for them and they can be tested, as a run would call them (the
 * keychain's key, else the configuration's environment variable).
 */
class EndpointsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointsDialog)

public:
    EndpointsDialog(Core::SecretStore *secrets, QNetworkAccessManager *network, QWidget *parent = nullptr);
    ~EndpointsDialog() override;

    [[nodiscard]] QList<Core::Endpoint> endpoints() const { return m_endpoints; }
    //! Lists \a entries (the open project's endpoints) after the saved ones.
    void setProjectEndpoints(const QList<Core::PilotConfig::EndpointEntry> &entries);

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
    //! The saved endpoint selected (its index); -1 when none is, or a project's is.
    [[nodiscard]] int selectedRow() const;
    //! The project endpoint selected (its index in m_project); -1 when none is.
    [[nodiscard]] int selectedProjectRow() const;
    //! The endpoint selected, saved or the project's; nullptr when none is.
    [[nodiscard]] const Core::Endpoint *selectedEndpoint() const;
    [[nodiscard]] QString selectedId() const;
    //! The endpoint a keychain answer for \a id is about: the one selected, else the first of that id.
    [[nodiscard]] const Core::Endpoint *endpointById(const QString &id) const;
    //! Tests \a endpoint with \a key (empty: without one).
    void testWith(const Core::Endpoint &endpoint, const QString &key);
    //! Where the selected project endpoint's settings and key come from.
    void showProjectSource(const Core::PilotConfig::EndpointEntry &entry);

    Core::SecretStore *m_secrets;
    Core::EndpointClient *m_client;
    QList<Core::Endpoint> m_endpoints;
    QList<Core::PilotConfig::EndpointEntry> m_project; //!< the open project's, listed after the saved
    QString m_testing; //!< the endpoint whose key is being read back for a test
    quint64 m_testId = 0;
    bool m_filling = false;

    QListWidget *m_list = nullptr;
    QPushButton *m_remove = nullptr;
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
    QLabel *m_source = nullptr; //!< a project endpoint's configuration and environment variable
    QPushButton *m_test = nullptr;
    QLabel *m_testStatus = nullptr;
    QListWidget *m_models = nullptr;
    QCheckBox *m_localOnly = nullptr;
};

} // namespace Workbench::Ui
