// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "session/pilotproject.h"

#include "store/pilotrepository.h"
#include "store/projectimporter.h"

#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

std::expected<PilotProject::Created, PilotProject::Failure> PilotProject::create(
    const QString &projectPath, const QString &corpus, const QString &gold, const PilotConfig &config)
{
    auto store = ProjectStore::create(projectPath, false);
    if (!store) {
        return std::unexpected(store.error());
    }
    // Whatever fails below takes the half-made project with it.
    const auto fail = [&store, &projectPath](Failure failure) {
        store->reset();
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
            QFile::remove(projectPath + suffix);
        }
        return std::unexpected(std::move(failure));
    };
    for (const auto &[path, isGold] : {std::pair{corpus, false}, std::pair{gold, true}}) {
        if (path.isEmpty()) {
            continue;
        }
        auto imported = ProjectImporter::import(**store,
            {path, isGold ? LayerKind::Gold : LayerKind::System, {}, isGold ? u"gold"_s : u"corpus"_s}, {});
        if (!imported) {
            return fail(imported.error());
        }
    }
    PilotRepository repository(**store);
    const auto runId = repository.saveRun(config.toJson());
    if (!runId) {
        return fail(runId.error());
    }
    Guideline initial;
    initial.goal = config.goal;
    if (auto saved = repository.saveGuideline(initial, QJsonObject{{u"source"_s, u"the configuration"_s}});
        !saved) {
        return fail(saved.error());
    }
    return Created{std::move(*store), *runId};
}

} // namespace Workbench::Core
