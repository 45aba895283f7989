// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "newprojectwizard.h"

#include "background.h"
#include "endpointsettings.h"
#include "session/pilotproject.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

namespace {

// A wizard page that asks a function whether it may go on, and shows why not.
class CheckedPage final : public QWizardPage
{
public:
    CheckedPage(std::function<QString()> problem, QLabel *note)
        : m_problem(std::move(problem))
        , m_note(note)
    {
    }

    bool validatePage() override
    {
        const QString problem = m_problem();
        m_note->setText(problem);
        return problem.isEmpty();
    }

private:
    std::function<QString()> m_problem;
    QLabel *m_note;
};

// A line edit with a "Browse…" button beside it.
QWidget *withBrowse(QLineEdit *edit, QWidget *parent, std::function<void()> browse)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    auto *button = new QPushButton(NewProjectWizard::tr("Browse…"), row);
    QObject::connect(button, &QPushButton::clicked, row, std::move(browse));
    layout->addWidget(button);
    return row;
}

QByteArray resource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

NewProjectWizard::NewProjectWizard(QWidget *parent)
    : QWizard(parent)
{
    setWindowTitle(tr("New Pilot Project"));
    setObjectName(u"newProjectWizard"_s);
    addFilesPage();
    addSchemePage();
    addTeamPage();
}

void NewProjectWizard::addFilesPage()
{
    // 1. Where the project goes and what it annotates.
    auto *filesNote = new QLabel(this);
    filesNote->setObjectName(u"wizardFilesNote"_s);
    filesNote->setWordWrap(true);
    m_projectPath = new QLineEdit(this);
    m_projectPath->setObjectName(u"wizardProjectPath"_s);
    m_projectPath->setPlaceholderText(tr("a new .dzn file"));
    m_corpus = new QLineEdit(this);
    m_corpus->setObjectName(u"wizardCorpus"_s);
    m_corpus->setPlaceholderText(tr("CoNLL, doccano or Prodigy JSONL, brat, or plain text"));
    m_gold = new QLineEdit(this);
    m_gold->setObjectName(u"wizardGold"_s);
    m_gold->setPlaceholderText(tr("optional: only ever scored, never shown to the annotators"));
    auto *files = new CheckedPage(
        [this] {
            if (!m_projectPath->text().endsWith(u".dzn"_s)) {
                return tr("Name a project file ending in .dzn.");
            }
            if (QFileInfo::exists(m_projectPath->text())) {
                return tr("%1 exists already; choose a new file.").arg(m_projectPath->text());
            }
            if (!QFileInfo(m_corpus->text()).isFile()) {
                return tr("Choose the corpus to annotate.");
            }
            if (!m_gold->text().isEmpty() && !QFileInfo(m_gold->text()).isFile()) {
                return tr("The gold file %1 does not exist.").arg(m_gold->text());
            }
            return QString();
        },
        filesNote);
    files->setTitle(tr("Corpus"));
    files->setSubTitle(tr("The texts to annotate, and where the project keeps everything about them."));
    auto *filesForm = new QFormLayout(files);
    filesForm->addRow(tr("Project file:"), withBrowse(m_projectPath, files, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("New Project"), QDir::homePath(), tr("DiZiNER projects (*.dzn)"));
        if (!path.isEmpty()) {
            m_projectPath->setText(path.endsWith(u".dzn"_s) ? path : path + u".dzn"_s);
        }
    }));
    filesForm->addRow(tr("Corpus:"), withBrowse(m_corpus, files, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Corpus"), QDir::homePath());
        if (!path.isEmpty()) {
            m_corpus->setText(path);
        }
    }));
    filesForm->addRow(tr("Gold:"), withBrowse(m_gold, files, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Gold"), QDir::homePath());
        if (!path.isEmpty()) {
            m_gold->setText(path);
        }
    }));
    filesForm->addRow(filesNote);
    addPage(files);
}

void NewProjectWizard::addSchemePage()
{
    // 2. What to find, and why.
    auto *schemeNote = new QLabel(this);
    schemeNote->setObjectName(u"wizardSchemeNote"_s);
    schemeNote->setWordWrap(true);
    m_schemeChoice = new QComboBox(this);
    m_schemeChoice->setObjectName(u"wizardSchemeChoice"_s);
    for (const auto &[name, file] : {std::pair{tr("WNUT-17 (emerging entities)"), u":/schemes/wnut17.json"_s},
             std::pair{tr("CoNLL-2003 (PER, LOC, ORG, MISC)"), u":/schemes/conll2003.json"_s},
             std::pair{tr("Universal NER (PER, LOC, ORG)"), u":/schemes/universal-ner.json"_s},
             std::pair{tr("Write my own"), QString()}}) {
        m_schemeChoice->addItem(name, file);
    }
    m_scheme = new QPlainTextEdit(this);
    m_scheme->setObjectName(u"wizardScheme"_s);
    m_goal = new QPlainTextEdit(this);
    m_goal->setObjectName(u"wizardGoal"_s);
    m_goal->setPlaceholderText(tr("Where the texts come from, what the labels are for, what matters most"));
    const auto showScheme = [this] {
        const QString file = m_schemeChoice->currentData().toString();
        m_scheme->setPlainText(file.isEmpty()
                ? u"{\"types\": [\n  {\"code\": \"TYPE\", \"definition\": \"...\", \"positive\": [], \"negative\": []}\n]}"_s
                : QString::fromUtf8(resource(file)));
    };
    connect(m_schemeChoice, &QComboBox::currentIndexChanged, this, showScheme);
    showScheme();
    auto *scheme = new CheckedPage(
        [this] {
            QJsonParseError error{};
            const QJsonDocument json = QJsonDocument::fromJson(m_scheme->toPlainText().toUtf8(), &error);
            if (error.error != QJsonParseError::NoError || !json.isObject()) {
                return tr("The scheme is not a JSON object: %1").arg(error.errorString());
            }
            if (auto parsed = Core::EntityScheme::fromJson(json.object()); !parsed) {
                return tr("The scheme: %1").arg(parsed.error());
            }
            if (m_goal->toPlainText().trimmed().isEmpty()) {
                return tr(
                    "Say what the annotation is for: the supervisor rewrites the guideline towards it.");
            }
            return QString();
        },
        schemeNote);
    scheme->setTitle(tr("Scheme and goal"));
    scheme->setSubTitle(tr("The entity types with their definitions and examples, and the task's goal."));
    auto *schemeForm = new QFormLayout(scheme);
    schemeForm->addRow(tr("Start from:"), m_schemeChoice);
    schemeForm->addRow(tr("Scheme (JSON):"), m_scheme);
    schemeForm->addRow(tr("Goal:"), m_goal);
    schemeForm->addRow(schemeNote);
    addPage(scheme);
}

void NewProjectWizard::addTeamPage()
{
    // 3. Who annotates.
    auto *teamNote = new QLabel(this);
    teamNote->setObjectName(u"wizardTeamNote"_s);
    teamNote->setWordWrap(true);
    m_endpoint = new QComboBox(this);
    m_endpoint->setObjectName(u"wizardEndpoint"_s);
    for (const Core::Endpoint &endpoint : EndpointSettings::load()) {
        m_endpoint->addItem(u"%1 (%2)"_s.arg(endpoint.id, endpoint.baseUrl.toString()), endpoint.id);
    }
    m_annotators = new QPlainTextEdit(this);
    m_annotators->setObjectName(u"wizardAnnotators"_s);
    m_annotators->setPlaceholderText(tr("One model per line, e.g.\ngpt-4o-mini\nclaude-haiku-4-5"));
    m_supervisor = new QLineEdit(this);
    m_supervisor->setObjectName(u"wizardSupervisor"_s);
    m_batchSize = new QSpinBox(this);
    m_batchSize->setObjectName(u"wizardBatchSize"_s);
    m_batchSize->setRange(1, 1000);
    m_batchSize->setValue(Core::PilotConfig::Knobs{}.batchSize);
    m_rounds = new QSpinBox(this);
    m_rounds->setObjectName(u"wizardRounds"_s);
    m_rounds->setRange(1, 50);
    m_rounds->setValue(Core::PilotConfig::Knobs{}.rounds);
    auto *team = new CheckedPage(
        [this] {
            if (m_endpoint->count() == 0) {
                return tr("Add an endpoint first (Settings > Endpoints and Keys).");
            }
            const auto config = configuration();
            return config ? QString() : config.error();
        },
        teamNote);
    team->setTitle(tr("Annotators"));
    team->setSubTitle(tr("Several different models annotate; their disagreements drive the guideline."));
    auto *teamForm = new QFormLayout(team);
    teamForm->addRow(tr("Endpoint:"), m_endpoint);
    teamForm->addRow(tr("Annotator models:"), m_annotators);
    teamForm->addRow(tr("Supervisor model:"), m_supervisor);
    teamForm->addRow(tr("Documents per round:"), m_batchSize);
    teamForm->addRow(tr("Rounds at most:"), m_rounds);
    teamForm->addRow(teamNote);
    addPage(team);
    m_problem = teamNote;
}

NewProjectWizard::~NewProjectWizard() = default;

std::expected<Core::PilotConfig, QString> NewProjectWizard::configuration() const
{
    const QString endpointId = m_endpoint->currentData().toString();
    QJsonArray endpoints;
    for (const Core::Endpoint &endpoint : EndpointSettings::load()) {
        if (endpoint.id == endpointId) {
            endpoints.append(QJsonObject{{u"id"_s, endpoint.id},
                {u"api"_s, Core::apiStyleName(endpoint.style)}, {u"base_url"_s, endpoint.baseUrl.toString()},
                {u"deployment"_s, endpoint.deployment}, {u"api_version"_s, endpoint.apiVersion},
                {u"allow_insecure_http"_s, endpoint.allowInsecureHttp}, {u"ca_bundle"_s, endpoint.caBundle}});
        }
    }
    QJsonArray annotators;
    QSet<QString> names;
    for (const QString &line : m_annotators->toPlainText().split(u'\n', Qt::SkipEmptyParts)) {
        const QString model = line.trimmed();
        // Named after the model (the same model twice gets a number: each is an annotator).
        QString name = model.section(u'/', -1);
        for (int n = 2; names.contains(name); ++n) {
            name = u"%1-%2"_s.arg(model.section(u'/', -1)).arg(n);
        }
        names.insert(name);
        annotators.append(QJsonObject{{u"name"_s, name}, {u"endpoint"_s, endpointId}, {u"model"_s, model}});
    }
    const QJsonObject json{{u"scheme"_s, QJsonDocument::fromJson(m_scheme->toPlainText().toUtf8()).object()},
        {u"goal"_s, m_goal->toPlainText().trimmed()}, {u"endpoints"_s, endpoints},
        {u"annotators"_s, annotators},
        {u"supervisor"_s,
            QJsonObject{{u"endpoint"_s, endpointId}, {u"model"_s, m_supervisor->text().trimmed()}}},
        {u"knobs"_s, QJsonObject{{u"batch_size"_s, m_batchSize->value()}, {u"rounds"_s, m_rounds->value()}}},
        {u"network"_s, QJsonObject{{u"local_only"_s, EndpointSettings::localOnly()}}}};
    return Core::PilotConfig::fromJson(json);
}

void NewProjectWizard::done(const int result)
{
    if (result != QDialog::Accepted || m_creating) {
        if (!m_creating) {
            QWizard::done(result);
        }
        return;
    }
    const auto config = configuration();
    if (!config) {
        m_problem->setText(config.error());
        return;
    }
    // Reading a large corpus takes a while: off the UI thread, the wizard waiting with its buttons off.
    m_creating = true;
    button(QWizard::FinishButton)->setEnabled(false);
    m_problem->setText(tr("Creating the project…"));
    const QString path = m_projectPath->text();
    Background::run(
        this,
        [path, corpus = m_corpus->text(), gold = m_gold->text(), config = *config] {
            auto made = Core::PilotProject::create(path, corpus, gold, config);
            if (made) {
                return QString();
            }
            if (const auto *parse = std::get_if<Core::ParseError>(&made.error())) {
                return parse->toString();
            }
            return std::get<Core::StoreError>(made.error()).message;
        },
        [this, path](const QString &error) {
            m_creating = false;
            if (!error.isEmpty()) {
                m_problem->setText(error);
                button(QWizard::FinishButton)->setEnabled(true);
                Q_EMIT created(path, error);
                return;
            }
            Q_EMIT created(path, {});
            QWizard::done(QDialog::Accepted);
        });
}

} // namespace Workbench::Ui
