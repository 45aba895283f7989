// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "roundlayerrepair.h"

#include "projectaccess.h"

#include <QEventLoop>

namespace Workbench::Ui {

RoundLayerRepair::RoundLayerRepair(ProjectAccess *access, QObject *parent)
    : QObject(parent)
    , m_access(access)
{
}

RoundLayerRepair::~RoundLayerRepair() = default;

void RoundLayerRepair::rebuild(const QString &path)
{
    if (m_running || path.isEmpty()) {
        return;
    }
    m_running = true;
    Q_EMIT started(tr("Rebuilding the round layers from the response cache…"));
    m_access->run(path, ProjectAccess::Mode::Write, this, &RoundLayerRepair::replay,
        [this, path](const ProjectAccess::Outcome<Core::RoundLayerRebuild::Result> &result) {
            m_running = false;
            Q_EMIT finished(path,
                result ? report(*result) : tr("The round layers were not rebuilt: %1").arg(result.error()));
        });
}

std::expected<Core::RoundLayerRebuild::Result, QString> RoundLayerRepair::replay(Core::ProjectStore &store)
{
    // The rebuild answers its prompts from the cache through a scheduler that runs on events.
    Core::RoundLayerRebuild rebuild(store);
    Core::RoundLayerRebuild::Result result;
    QEventLoop loop;
    connect(&rebuild, &Core::RoundLayerRebuild::finished, &loop,
        [&result, &loop](const Core::RoundLayerRebuild::Result &finished) {
            result = finished;
            loop.quit();
        });
    rebuild.start();
    loop.exec();
    return result;
}

QString RoundLayerRepair::report(const Core::RoundLayerRebuild::Result &result)
{
    if (result.status == Core::RoundLayerRebuild::Result::Status::Failed) {
        return tr("The round layers were not rebuilt: %1").arg(result.error);
    }
    QString text =
        tr("Round layers rebuilt from the response cache: %n layer(s).", nullptr, int(result.rebuilt.size()));
    for (const Core::RoundLayerRebuild::Gap &gap : result.gaps) {
        text += u'\n'
            + tr("Not rebuilt: round %1, annotator %2: %3").arg(gap.round).arg(gap.annotator, gap.reason);
    }
    return text;
}

} // namespace Workbench::Ui
