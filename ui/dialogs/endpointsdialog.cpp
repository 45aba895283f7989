// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "endpointsdialog.h"

#include "endpointsettings.h"
#include "llm/endpointclient.h"
#include "secrets/secretstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

EndpointsDialog::EndpointsDialog(Core::SecretStore *secrets, QNetworkAccessManager *network, QWidget *parent)
    : QDialog(parent)
    , m_secrets(secrets)
    , m_client(new Core::EndpointClient(network, this))
    , m_endpoints(EndpointSettings::load())
{
    setObjectName(u"endpointsDialog"_s);
    setWindowTitle(tr("Endpoints and Keys"));

    m_list = new QListWidget(this);
    m_list->setObjectName(u"endpointList"_s);
    auto *add = new QPushButton(tr("&Add"), this);
    add->setObjectName(u"addEndpoint"_s);
    auto *remove = new QPushButton(tr("Re&move"), this);
    remove->setObjectName(u"removeEndpoint"_s);
    m_remove = remove;

    createFields();
    createLayout(add, remove);
    connect(add, &QPushButton::clicked, this, &EndpointsDialog::addEndpoint);
    connect(remove, &QPushButton::clicked, this, &EndpointsDialog::removeEndpoint);
    connect(m_list, &QListWidget::currentRowChanged, this, &EndpointsDialog::showSelected);
    connect(m_storeKey, &QPushButton::clicked, this, &EndpointsDialog::storeKey);
    connect(m_test, &QPushButton::clicked, this, &EndpointsDialog::testConnection);

    connectKeychain();
    connectClient();

    for (const Core::Endpoint &endpoint : std::as_const(m_endpoints)) {
        m_list->addItem(endpoint.id);
    }
    if (!m_endpoints.isEmpty()) {
        m_list->setCurrentRow(0);
    }
    showSelected();
}

void EndpointsDialog::createFields()
{
    const auto lineEdit = [this](const QString &name, const QString &placeholder) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        connect(edit, &QLineEdit::textEdited, this, &EndpointsDialog::takeForm);
        return edit;
    };
    m_id = lineEdit(u"endpointId"_s, tr("a short name, e.g. openai"));
    m_api = new QComboBox(this);
    m_api->setObjectName(u"endpointApi"_s);
    for (const Core::ApiStyle style :
        {Core::ApiStyle::OpenAi, Core::ApiStyle::Azure, Core::ApiStyle::Anthropic, Core::ApiStyle::Ollama}) {
        m_api->addItem(Core::apiStyleName(style), int(style));
    }
    connect(m_api, &QComboBox::currentIndexChanged, this, &EndpointsDialog::takeForm);
    m_url = lineEdit(u"endpointUrl"_s, u"https://api.openai.com/v1"_s);
    m_deployment = lineEdit(u"endpointDeployment"_s, tr("Azure only"));
    m_apiVersion = lineEdit(u"endpointApiVersion"_s, tr("Azure only"));
    m_insecure = new QCheckBox(tr("Allow plain http to this host (your text travels unencrypted)"), this);
    m_insecure->setObjectName(u"endpointInsecure"_s);
    connect(m_insecure, &QCheckBox::toggled, this, &EndpointsDialog::takeForm);
    m_caBundle = lineEdit(u"endpointCaBundle"_s, tr("a PEM file of extra certificate authorities"));

    m_key = new QLineEdit(this);
    m_key->setObjectName(u"endpointKey"_s);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("paste a key to store it in the system keychain"));
    m_storeKey = new QPushButton(tr("Store &Key"), this);
    m_storeKey->setObjectName(u"storeKey"_s);
    m_keyStatus = new QLabel(this);
    m_keyStatus->setObjectName(u"keyStatus"_s);
    m_source = new QLabel(this);
    m_source->setObjectName(u"endpointSource"_s);
    m_source->setWordWrap(true);
    m_test = new QPushButton(tr("&Test Connection"), this);
    m_test->setObjectName(u"testConnection"_s);
    m_testStatus = new QLabel(this);
    m_testStatus->setObjectName(u"connectionStatus"_s);
    m_testStatus->setWordWrap(true);
    m_models = new QListWidget(this);
    m_models->setObjectName(u"endpointModels"_s);
    m_localOnly = new QCheckBox(tr("&Local only: refuse every endpoint that is not this machine"), this);
    m_localOnly->setObjectName(u"localOnly"_s);
    m_localOnly->setChecked(EndpointSettings::localOnly());
}

void EndpointsDialog::createLayout(QPushButton *add, QPushButton *remove)
{
    auto *form = new QFormLayout;
    form->addRow(m_source);
    form->addRow(tr("Name:"), m_id);
    form->addRow(tr("API:"), m_api);
    form->addRow(tr("Base URL:"), m_url);
    form->addRow(tr("Deployment:"), m_deployment);
    form->addRow(tr("API version:"), m_apiVersion);
    form->addRow(QString(), m_insecure);
    form->addRow(tr("CA bundle:"), m_caBundle);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_storeKey);
    form->addRow(tr("API key:"), keyRow);
    form->addRow(QString(), m_keyStatus);
    form->addRow(m_test, m_testStatus);
    form->addRow(tr("Models served:"), m_models);

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(remove);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(form, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"endpointButtons"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_localOnly);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &EndpointsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void EndpointsDialog::connectKeychain()
{
    // Key state for the form, and a test's key read back before the endpoint is called.
    connect(m_secrets, &Core::SecretStore::stored, this, [this](const QString &id) {
        if (selectedId() == id) {
            m_keyStatus->setText(tr("A key is stored in the system keychain."));
        }
        Q_EMIT keyStateKnown(id, true);
    });
    connect(m_secrets, &Core::SecretStore::restored, this, [this](const QString &id, const QString &key) {
        if (id == m_testing) {
            m_testing.clear();
            if (const Core::Endpoint *endpoint = endpointById(id)) {
                testWith(*endpoint, key);
            }
            return;
        }
        if (selectedId() == id) {
            m_keyStatus->setText(tr("A key is stored in the system keychain."));
        }
        Q_EMIT keyStateKnown(id, true);
    });
    connect(m_secrets, &Core::SecretStore::failed, this,
        [this](const QString &id, const Core::SecretStore::Error error, const QString &message) {
            const bool missing = error == Core::SecretStore::Error::NotFound;
            if (id == m_testing) {
                m_testing.clear();
                if (missing) { // no key: as a run would, the configuration's variable, else none
                    const int project = selectedProjectRow();
                    const QString variable = project >= 0 ? m_project.at(project).keyEnv : QString();
                    if (const Core::Endpoint *endpoint = endpointById(id)) {
                        testWith(*endpoint,
                            variable.isEmpty() ? QString() : Core::SecretStore::fromEnvironment(variable));
                    }
                    return;
                }
            }
            if (selectedId() == id) {
                m_keyStatus->setText(missing ? tr("No key is stored for this endpoint.")
                                             : tr("The keychain is not available: %1").arg(message));
            }
            Q_EMIT keyStateKnown(id, false);
        });
}

void EndpointsDialog::connectClient()
{
    connect(m_client, &Core::EndpointClient::modelsListed, this,
        [this](const quint64 id, const QStringList &models) {
            if (id != m_testId) {
                return;
            }
            m_models->clear();
            m_models->addItems(models);
            m_testStatus->setText(tr("Connected: %n model(s) served.", nullptr, int(models.size())));
            Q_EMIT connectionTested(selectedId(), models, m_testStatus->text());
        });
    connect(m_client, &Core::EndpointClient::failed, this, [this](const quint64 id, const QString &message) {
        if (id != m_testId) {
            return;
        }
        m_models->clear();
        m_testStatus->setText(tr("Failed: %1").arg(message));
        Q_EMIT connectionTested(selectedId(), {}, message);
    });
}

EndpointsDialog::~EndpointsDialog() = default;

int EndpointsDialog::selectedRow() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_endpoints.size() ? row : -1;
}

int EndpointsDialog::selectedProjectRow() const
{
    const int row = m_list->currentRow() - int(m_endpoints.size());
    return row >= 0 && row < m_project.size() ? row : -1;
}

const Core::Endpoint *EndpointsDialog::selectedEndpoint() const
{
    if (const int row = selectedRow(); row >= 0) {
        return &m_endpoints.at(row);
    }
    const int project = selectedProjectRow();
    return project >= 0 ? &m_project.at(project).endpoint : nullptr;
}

QString EndpointsDialog::selectedId() const
{
    const Core::Endpoint *endpoint = selectedEndpoint();
    return endpoint != nullptr ? endpoint->id : QString();
}

const Core::Endpoint *EndpointsDialog::endpointById(const QString &id) const
{
    if (const Core::Endpoint *selected = selectedEndpoint(); selected != nullptr && selected->id == id) {
        return selected;
    }
    if (const auto saved = std::ranges::find(m_endpoints, id, &Core::Endpoint::id);
        saved != m_endpoints.end()) {
        return &*saved;
    }
    for (const Core::PilotConfig::EndpointEntry &entry : m_project) {
        if (entry.endpoint.id == id) {
            return &entry.endpoint;
        }
    }
    return nullptr;
}

void EndpointsDialog::testWith(const Core::Endpoint &endpoint, const QString &key)
{
    m_client->setLocalOnly(m_localOnly->isChecked());
    m_testId = m_client->listModels(endpoint, key);
}

void EndpointsDialog::setProjectEndpoints(const QList<Core::PilotConfig::EndpointEntry> &entries)
{
    for (qsizetype row = m_list->count() - 1; row >= m_endpoints.size(); --row) {
        delete m_list->takeItem(int(row));
    }
    m_project = entries;
    for (const Core::PilotConfig::EndpointEntry &entry : m_project) {
        m_list->addItem(tr("%1 (open project)").arg(entry.endpoint.id));
    }
    if (m_list->currentRow() < 0 && m_list->count() > 0) {
        m_list->setCurrentRow(0);
    }
    showSelected();
}

void EndpointsDialog::showProjectSource(const Core::PilotConfig::EndpointEntry &entry)
{
    const QString variable = entry.keyEnv.isEmpty()
        ? tr("It names no environment variable for its key (key_env).")
        : (Core::SecretStore::fromEnvironment(entry.keyEnv).isEmpty()
                ? tr("Its key may also come from the environment variable %1, which is not set.")
                : tr("Its key may also come from the environment variable %1, which is set."))
              .arg(entry.keyEnv);
    m_source->setText(tr("From the open project's pilot configuration: shown here, changed there. A key "
                         "stored here is found by the project's runs.")
        + u" "_s + variable);
}

void EndpointsDialog::addEndpoint()
{
    Core::Endpoint endpoint;
    QString id = u"endpoint"_s;
    for (int n = 2; std::ranges::find(m_endpoints, id, &Core::Endpoint::id) != m_endpoints.end(); ++n) {
        id = u"endpoint-%1"_s.arg(n);
    }
    endpoint.id = id;
    m_endpoints.append(endpoint);
    m_list->insertItem(int(m_endpoints.size()) - 1, id); // before the project's endpoints
    m_list->setCurrentRow(int(m_endpoints.size()) - 1);
    m_id->setFocus();
    m_id->selectAll();
}

void EndpointsDialog::removeEndpoint()
{
    const int row = selectedRow();
    if (row < 0) {
        return;
    }
    // Its key goes with it, unless the open project's endpoint of that name still calls with it.
    if (std::ranges::none_of(m_project, [&](const Core::PilotConfig::EndpointEntry &entry) {
            return entry.endpoint.id == m_endpoints.at(row).id;
        })) {
        m_secrets->remove(m_endpoints.at(row).id);
    }
    m_endpoints.removeAt(row);
    delete m_list->takeItem(row);
    showSelected();
}

void EndpointsDialog::showSelected()
{
    const Core::Endpoint *selected = selectedEndpoint();
    const int project = selectedProjectRow();
    // A project's endpoint is the configuration's: its key and its test, not its settings.
    for (QWidget *widget : std::initializer_list<QWidget *>{
             m_id, m_api, m_url, m_deployment, m_apiVersion, m_insecure, m_caBundle}) {
        widget->setEnabled(selectedRow() >= 0);
    }
    m_remove->setEnabled(selectedRow() >= 0);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_key, m_storeKey, m_test}) {
        widget->setEnabled(selected != nullptr);
    }
    m_models->clear();
    m_testStatus->clear();
    m_key->clear();
    m_source->setVisible(project >= 0);
    if (project >= 0) {
        showProjectSource(m_project.at(project));
    }
    if (selected == nullptr) {
        m_keyStatus->clear();
        return;
    }
    const Core::Endpoint &endpoint = *selected;
    m_filling = true;
    m_id->setText(endpoint.id);
    m_api->setCurrentIndex(m_api->findData(int(endpoint.style)));
    m_url->setText(endpoint.baseUrl.toString());
    m_deployment->setText(endpoint.deployment);
    m_apiVersion->setText(endpoint.apiVersion);
    m_insecure->setChecked(endpoint.allowInsecureHttp);
    m_caBundle->setText(endpoint.caBundle);
    m_filling = false;
    m_keyStatus->setText(tr("Looking in the keychain…"));
    m_secrets->restore(endpoint.id); // only to learn whether a key is there; it is not shown
}

void EndpointsDialog::takeForm()
{
    const int row = selectedRow();
    if (row < 0 || m_filling) {
        return;
    }
    Core::Endpoint &endpoint = m_endpoints[row];
    endpoint.id = m_id->text().trimmed();
    endpoint.style = Core::ApiStyle(m_api->currentData().toInt());
    endpoint.baseUrl = QUrl(m_url->text().trimmed());
    endpoint.deployment = m_deployment->text().trimmed();
    endpoint.apiVersion = m_apiVersion->text().trimmed();
    endpoint.allowInsecureHttp = m_insecure->isChecked();
    endpoint.caBundle = m_caBundle->text().trimmed();
    m_list->item(row)->setText(endpoint.id);
}

void EndpointsDialog::storeKey()
{
    const QString id = selectedId();
    const QString key = m_key->text().trimmed();
    if (id.isEmpty() || key.isEmpty()) {
        return;
    }
    m_key->clear(); // never kept on screen
    m_keyStatus->setText(tr("Storing the key…"));
    m_secrets->store(id, key);
}

void EndpointsDialog::testConnection()
{
    const QString id = selectedId();
    if (id.isEmpty()) {
        return;
    }
    m_models->clear();
    m_testStatus->setText(tr("Connecting…"));
    m_testing = id;
    m_secrets->restore(m_testing);
}

void EndpointsDialog::save()
{
    for (qsizetype i = 0; i < m_endpoints.size(); ++i) {
        const Core::Endpoint &endpoint = m_endpoints.at(i);
        const bool duplicate = std::ranges::count(m_endpoints, endpoint.id, &Core::Endpoint::id) > 1;
        auto allowed = endpoint.checkPolicy(m_localOnly->isChecked());
        if (endpoint.id.isEmpty() || duplicate || !endpoint.baseUrl.isValid() || !allowed) {
            m_list->setCurrentRow(int(i));
            m_testStatus->setText(endpoint.id.isEmpty() ? tr("Every endpoint needs a name.")
                    : duplicate                         ? tr("Two endpoints are named %1.").arg(endpoint.id)
                    : !allowed                          ? allowed.error()
                                                        : tr("The base URL is not valid."));
            return;
        }
    }
    EndpointSettings::save(m_endpoints);
    EndpointSettings::setLocalOnly(m_localOnly->isChecked());
    accept();
}

} // namespace Workbench::Ui
