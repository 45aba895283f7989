// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "newprojectfromfilesdialog.h"

#include "background.h"
#include "layerfilelist.h"
#include "projectaccess.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

namespace {

// Reads a file off the UI thread: the corpus when \a corpus is empty, a layer aligned to it otherwise.
void readFile(const Core::CorpusImporter::Source &source, const QList<Core::Document> &corpus,
    QObject *context, const LayerFileList::Deliver &deliver)
{
    Background::run(
        context,
        [source, corpus]() -> LayerFileList::Result {
            auto read = Core::ProjectImporter::read(corpus, source, {});
            if (!read) {
                return std::unexpected(read.error().toString());
            }
            return std::move(*read);
        },
        deliver);
}

} // namespace

NewProjectFromFilesDialog::NewProjectFromFilesDialog(ProjectAccess *access, QWidget *parent)
    : QDialog(parent)
    , m_access(access)
    , m_files(new LayerFileList(LayerFileList::Mode::NewProject, readFile, this))
    , m_path(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_create(new QPushButton(tr("&Create"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(u"newProjectFromFilesDialog"_s);
    setWindowTitle(tr("New Project from Files"));
    auto *intro =
        new QLabel(tr("The first file is the corpus: its documents and tokens become the project's, "
                      "its annotations a layer. Each file after it is aligned to the corpus as a "
                      "layer of its own; what cannot be aligned is listed before anything is "
                      "written."),
            this);
    intro->setWordWrap(true);
    m_path->setObjectName(u"newProjectPath"_s);
    m_path->setPlaceholderText(tr("The project file to create (.dzn)"));
    auto *pathLabel = new QLabel(tr("&Project file:"), this);
    pathLabel->setBuddy(m_path);
    auto *choose = new QPushButton(tr("C&hoose…"), this);
    choose->setObjectName(u"newProjectChoosePath"_s);
    connect(choose, &QPushButton::clicked, this, &NewProjectFromFilesDialog::choosePath);
    m_problem->setObjectName(u"newProjectProblem"_s);
    m_problem->setWordWrap(true);
    m_progress->setObjectName(u"createProgress"_s);
    m_progress->setRange(0, 0); // the writing is one transaction: no steps worth counting
    m_progress->hide();
    m_create->setObjectName(u"createProjectButton"_s);
    m_buttons->addButton(m_create, QDialogButtonBox::AcceptRole);
    connect(m_create, &QPushButton::clicked, this, &NewProjectFromFilesDialog::create);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewProjectFromFilesDialog::reject);
    connect(m_files, &LayerFileList::changed, this, &NewProjectFromFilesDialog::updateState);
    connect(m_path, &QLineEdit::textChanged, this, &NewProjectFromFilesDialog::updateState);

    auto *pathRow = new QGridLayout;
    pathRow->addWidget(pathLabel, 0, 0);
    pathRow->addWidget(m_path, 0, 1);
    pathRow->addWidget(choose, 0, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_files, 1);
    layout->addLayout(pathRow);
    layout->addWidget(m_problem);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    resize(900, 620);
    updateState();
}

NewProjectFromFilesDialog::~NewProjectFromFilesDialog() = default;

void NewProjectFromFilesDialog::choosePath()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New Project"), m_path->text(), tr("DiZiNER projects (*.dzn);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    m_replaceConfirmed = QFileInfo::exists(path) ? path : QString(); // the dialog asked
    m_path->setText(path);
}

QString NewProjectFromFilesDialog::problem() const
{
    if (const QString files = m_files->problem(); !files.isEmpty()) {
        return files;
    }
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        return tr("Name the project file to create.");
    }
    const QFileInfo info(path);
    if (info.exists() && (!info.isFile() || path != m_replaceConfirmed)) {
        return tr("%1 exists: choose it with Choose… to replace it, or name another file.").arg(path);
    }
    if (!info.absoluteDir().exists()) {
        return tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath()));
    }
    return {};
}

void NewProjectFromFilesDialog::updateState()
{
    const bool creating = m_stop != nullptr;
    const QString why = problem();
    m_create->setEnabled(!creating && why.isEmpty());
    m_files->setEnabled(!creating);
    m_path->setEnabled(!creating);
    if (!creating) {
        m_problem->setText(why);
    }
}

void NewProjectFromFilesDialog::create()
{
    if (m_stop != nullptr || !problem().isEmpty()) {
        return;
    }
    const QString path = m_path->text().trimmed();
    m_stop = std::make_shared<std::atomic<bool>>(false);
    m_progress->show();
    m_problem->setText(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    updateState();
    m_access->make(
        this,
        [path, outcomes = m_files->outcomes(), stop = m_stop] {
            return Core::ProjectImporter::create(
                path, outcomes, [stop](qsizetype, qsizetype) { return !stop->load(); });
        },
        [this, path](const ProjectAccess::Outcome<void> &made) {
            showCreated(path, made ? QString() : made.error());
        });
}

void NewProjectFromFilesDialog::showCreated(const QString &path, const QString &errorString)
{
    const bool stopped = m_stop->load();
    m_stop.reset();
    m_progress->hide();
    updateState();
    Q_EMIT finished(path, errorString);
    if (errorString.isEmpty()) {
        Q_EMIT created(path);
        accept();
        return;
    }
    m_problem->setText(stopped ? tr("Stopped: no project was written.")
                               : tr("The project was not written: %1").arg(errorString));
}

void NewProjectFromFilesDialog::reject()
{
    if (m_stop != nullptr) {
        m_stop->store(true); // the result says when it has stopped
        m_problem->setText(tr("Stopping…"));
        return;
    }
    QDialog::reject();
}

} // namespace Workbench::Ui
