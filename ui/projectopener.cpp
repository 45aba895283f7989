// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "projectopener.h"

#include "background.h"
#include "formats/sampleproject.h"
#include "projectaccess.h"

#include <QFileInfo>

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
    m_opening = true;
    Q_EMIT started(tr("Loading the sample project…"));
    // Not a project file: read from the resources, on any worker.
    Background::run(
        this,
        [title = tr("WNUT-17 sample — DiZiNER Workbench")]() -> std::expected<Opened, QString> {
            auto read = Core::SampleProject::read();
            if (!read) {
                return std::unexpected(read.error().toString());
            }
            return Opened{.path = {},
                .loaded = {*read, std::nullopt},
                .title = title,
                .notice = Core::SampleProject::notice()};
        },
        [this](const std::expected<Opened, QString> &result) { finish(result); });
}

void ProjectOpener::openProject(const QString &path)
{
    if (m_opening) {
        return;
    }
    m_opening = true;
    const QString name = QFileInfo(path).fileName();
    Q_EMIT started(tr("Opening %1…").arg(name));
    m_access->load(
        path, this, [this, path, name](const std::expected<Core::ProjectLoader::Loaded, QString> &loaded) {
            if (!loaded) {
                finish(std::unexpected(u"%1: %2"_s.arg(path, loaded.error())));
                return;
            }
            finish(Opened{.path = path,
                .loaded = *loaded,
                .title = tr("%1 — DiZiNER Workbench").arg(name),
                .notice = coverageNotice(loaded->corpus)});
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
