// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "projectopener.h"

#include "formats/sampleproject.h"
#include "projectaccess.h"
#include "store/projectimporter.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

ProjectOpener::ProjectOpener(ProjectAccess *access, QObject *parent)
    : QObject(parent)
    , m_access(access)
{
}

ProjectOpener::~ProjectOpener() = default;

void ProjectOpener::openSample()
{
    if (m_opening) {
        return;
    }
    const QString path = samplePath();
    if (QFileInfo::exists(path)) {
        openProject(path); // as the user left it: their curation, aggregates and rounds
        return;
    }
    m_opening = true;
    Q_EMIT started(tr("Making the sample project…"));
    m_access->make(
        this,
        [path]() -> std::expected<void, QString> {
            if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
                return std::unexpected(tr("%1: the data directory cannot be made").arg(path));
            }
            auto read = Core::SampleProject::read();
            if (!read) {
                return std::unexpected(read.error().toString());
            }
            auto created = Core::ProjectImporter::create(path, *read);
            if (!created) {
                return std::unexpected(created.error().message);
            }
            return {};
        },
        [this, path](const ProjectAccess::Outcome<void> &made) {
            m_opening = false;
            if (made) {
                openProject(path);
            } else {
                finish(std::unexpected(made.error()));
            }
        });
}

QString ProjectOpener::samplePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/wnut17-sample.dzn"_s;
}

void ProjectOpener::openProject(const QString &path)
{
    if (m_opening) {
        return;
    }
    m_opening = true;
    const QString name = QFileInfo(path).fileName();
    const bool sample = QFileInfo(path) == QFileInfo(samplePath());
    Q_EMIT started(sample ? tr("Opening the sample project…") : tr("Opening %1…").arg(name));
    m_access->load(path, this,
        [this, path, name, sample](const std::expected<Core::ProjectLoader::Loaded, QString> &loaded) {
            if (!loaded) {
                finish(std::unexpected(u"%1: %2"_s.arg(path, loaded.error())));
                return;
            }
            QStringList notice{
                sample ? Core::SampleProject::notice() : QString(), coverageNotice(loaded->corpus)};
            notice.removeAll(QString());
            finish(Opened{.path = path,
                .loaded = *loaded,
                .title = sample ? tr("WNUT-17 sample — DiZiNER Workbench")
                                : tr("%1 — DiZiNER Workbench").arg(name),
                .notice = notice.join(u"\n\n"_s)});
        });
}

QString ProjectOpener::coverageNotice(const Core::ImportedCorpus &corpus)
{
    QStringList assumed;
    QStringList derived;
    for (const Core::ImportedLayer &layer : corpus.layers) {
        if (layer.coverage == Core::CoverageOrigin::Assumed) {
            assumed.append(layer.name);
        } else if (layer.coverage == Core::CoverageOrigin::Derived) {
            derived.append(layer.name);
        }
    }
    QStringList paragraphs;
    if (!assumed.isEmpty()) {
        paragraphs.append(
            tr("Coverage assumed for %n layer(s): %1. The project was saved before the workbench kept "
               "which documents a layer covers, and nothing else in it says so; they are read as "
               "covering every document. If a layer's file lacked documents, import it again: "
               "agreement then counts them as missing, not as documents without entities.",
                nullptr, int(assumed.size()))
                .arg(assumed.join(u", "_s)));
    }
    if (!derived.isEmpty()) {
        paragraphs.append(tr("Coverage derived for %n layer(s): %1. The project was saved before the "
                             "workbench kept which documents a layer covers; the pilot's records "
                             "(a round's batch, the documents a labelling could not label) give it.",
            nullptr, int(derived.size()))
                              .arg(derived.join(u", "_s)));
    }
    return paragraphs.join(u"\n\n"_s);
}

void ProjectOpener::finish(const std::expected<Opened, QString> &result)
{
    m_opening = false;
    if (result) {
        Q_EMIT opened(*result);
    } else {
        Q_EMIT failed(result.error());
    }
}

} // namespace Workbench::Ui
