// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "roundlayerrepair.h"

#include "projectaccess.h"

#include <QEventLoop>
#include <QLocale>

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

QString RoundLayerRepair::reason(const Core::RoundLayerRebuild::Gap &gap)
{
    using Reason = Core::RoundLayerRebuild::Gap::Reason;
    switch (gap.reason) {
    case Reason::GuidelineMissing:
        return tr("guideline v%1, which its prompts carried, is not in the project").arg(gap.number);
    case Reason::BatchOutsideCorpus:
        return tr("its batch names document %1, and the corpus has %n document(s)", nullptr, int(gap.count))
            .arg(QLocale().toString(gap.number));
    case Reason::NotConfigured:
        return tr("the run's configuration has no annotator of that name");
    case Reason::RepliesNotCached:
        break;
    }
    constexpr qsizetype shown = 5;
    QString documents = QLocale().createSeparatedList(gap.documents.mid(0, shown));
    if (gap.documents.size() > shown) {
        documents = tr("%1 and %n more", nullptr, int(gap.documents.size() - shown)).arg(documents);
    }
    return tr(
        "its replies to %n piece(s) are not in the response cache (documents %1): purged, or never kept",
        nullptr, int(gap.count))
        .arg(documents);
}

QString RoundLayerRepair::renamedNote(const QString &from, const QString &to)
{
    return tr("The layer “%1” is now called “%2”: a round layer of the pilot takes its name. The "
              "layer itself is kept.")
        .arg(from, to);
}

QString RoundLayerRepair::report(const Core::RoundLayerRebuild::Result &result)
{
    if (result.status == Core::RoundLayerRebuild::Result::Status::Failed) {
        return tr("The round layers were not rebuilt: %1").arg(result.error);
    }
    QString text =
        tr("Round layers rebuilt from the response cache: %n layer(s).", nullptr, int(result.rebuilt.size()));
    for (const Core::RoundLayerRepository::Renamed &renamed : result.renamed) {
        text += u'\n' + renamedNote(renamed.from, renamed.to);
    }
    for (const Core::RoundLayerRebuild::Gap &gap : result.gaps) {
        text += u'\n'
            + tr("Not rebuilt: round %1, annotator %2: %3").arg(gap.round).arg(gap.annotator, reason(gap));
    }
    return text;
}

} // namespace Workbench::Ui
