// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "importlayerdialog.h"

#include "background.h"
#include "layerfilelist.h"
#include "model/layerset.h"
#include "model/spanlayer.h"
#include "model/workspace.h"
#include "projectaccess.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

namespace {

LayerFileList::Result readResult(
    std::expected<Core::ProjectImporter::Outcome, Core::ProjectImporter::Failure> read)
{
    if (read) {
        return std::move(*read);
    }
    if (const auto *parse = std::get_if<Core::ParseError>(&read.error())) {
        return std::unexpected(parse->toString());
    }
    return std::unexpected(std::get<Core::StoreError>(read.error()).message);
}

} // namespace

ImportLayerDialog::ImportLayerDialog(
    const QString &projectPath, const Core::Workspace *workspace, ProjectAccess *access, QWidget *parent)
    : QDialog(parent)
    , m_projectPath(projectPath)
    , m_access(access)
    , m_problem(new QLabel(this))
    , m_import(new QPushButton(tr("&Import"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(u"importLayerDialog"_s);
    setWindowTitle(tr("Import Layer"));
    // Onto the project's corpus as the project keeps it, read where the CLI reads it; onto
    // the first file's when the project has none yet and that file defines it.
    m_files = new LayerFileList(
        LayerFileList::Mode::IntoProject,
        [access, projectPath](const Core::CorpusImporter::Source &source, const QList<Core::Document> &corpus,
            QObject *context, const LayerFileList::Deliver &deliver) {
            if (!corpus.isEmpty()) {
                Background::run(
                    context,
                    [source, corpus] { return readResult(Core::ProjectImporter::read(corpus, source, {})); },
                    deliver);
                return;
            }
            access->run(
                projectPath, ProjectAccess::Mode::Glance, context,
                [source](Core::ProjectStore &store) {
                    return readResult(Core::ProjectImporter::read(store, source, {}));
                },
                deliver);
        },
        this);
    QStringList taken;
    for (const Core::SpanLayer *layer : workspace->layers().layers()) {
        taken.append(layer->name());
    }
    m_files->setTakenNames(taken);
    m_problem->setObjectName(u"importLayerProblem"_s);
    m_problem->setWordWrap(true);
    m_import->setObjectName(u"importLayersButton"_s);
    m_buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    connect(m_import, &QPushButton::clicked, this, &ImportLayerDialog::import);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_files, &LayerFileList::changed, this, &ImportLayerDialog::updateState);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_files, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    m_files->setEnabled(!m_projectPath.isEmpty());
    resize(900, 560);
    updateState();
}

ImportLayerDialog::~ImportLayerDialog() = default;

void ImportLayerDialog::updateState()
{
    const QString why = m_projectPath.isEmpty() ? tr("Open a project first: layers are imported into it.")
                                                : m_files->problem();
    m_import->setEnabled(!m_writing && why.isEmpty());
    if (!m_writing) {
        m_problem->setText(why);
    }
}

void ImportLayerDialog::import()
{
    if (m_writing || m_projectPath.isEmpty() || !m_files->problem().isEmpty()) {
        return;
    }
    m_writing = true;
    m_files->setEnabled(false);
    m_problem->setText(tr("Writing to %1…").arg(QFileInfo(m_projectPath).fileName()));
    updateState();
    m_access->run(
        m_projectPath, ProjectAccess::Mode::Write, this,
        [outcomes = m_files->outcomes()](
            Core::ProjectStore &store) { return Core::ProjectImporter::write(store, outcomes); },
        [this](const ProjectAccess::Outcome<void> &written) {
            m_writing = false;
            m_files->setEnabled(true);
            updateState();
            Q_EMIT finished(written ? QString() : written.error());
            if (written) {
                Q_EMIT imported(m_projectPath);
                accept();
                return;
            }
            m_problem->setText(tr("Nothing was imported: %1").arg(written.error()));
        });
}

} // namespace Workbench::Ui
