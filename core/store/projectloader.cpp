// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "store/projectloader.h"

#include "store/corpusrepository.h"
#include "store/layerrepository.h"
#include "store/pilotrepository.h"
#include "store/projectstore.h"

namespace Workbench::Core {

namespace {

std::optional<PilotSnapshot> snapshot(ProjectStore &store)
{
    PilotRepository pilot(store);
    const auto run = pilot.run();
    if (!run) {
        return std::nullopt;
    }
    PilotSnapshot result{.runId = run->first,
        .config = run->second,
        .status = pilot.runStatus(run->first),
        .guideline = pilot.latestGuideline().value_or(Guideline{}),
        .versions = pilot.guidelines(),
        .rounds = pilot.rounds(run->first),
        .pending = pilot.pendingProposal(run->first),
        .lastRoundOpen = false};
    result.lastRoundOpen =
        !result.rounds.isEmpty() && pilot.isUndecided(run->first, result.rounds.last().round);
    return result;
}

} // namespace

std::expected<ProjectLoader::Loaded, StoreError> ProjectLoader::load(const QString &path)
{
    auto store = ProjectStore::open(path, ProjectStore::Access::ReadOnly);
    if (!store) {
        return std::unexpected(store.error());
    }
    return load(**store);
}

std::expected<ProjectLoader::Loaded, StoreError> ProjectLoader::load(ProjectStore &store)
{
    auto documents = CorpusRepository(store).load();
    if (!documents) {
        return std::unexpected(documents.error());
    }
    LayerRepository repository(store);
    const auto layers = repository.list();
    if (!layers) {
        return std::unexpected(layers.error());
    }
    Loaded loaded;
    ImportedCorpus &corpus = loaded.corpus;
    corpus.documents = *documents;
    for (const LayerRepository::StoredLayer &stored : *layers) {
        auto spans = repository.spans(stored.id, documents->size());
        if (!spans) {
            return std::unexpected(spans.error());
        }
        corpus.layers.append({.name = stored.name,
            .kind = stored.kind,
            .provenance = stored.provenance,
            .spans = *spans,
            .loss = stored.loss,
            .unalignedTokens = 0,
            .substitutedTokens = 0,
            .uncoveredDocuments = stored.uncoveredDocuments,
            .coverage = stored.coverage});
    }
    loaded.pilot = snapshot(store);
    return loaded;
}

std::expected<std::optional<PilotSnapshot>, StoreError> ProjectLoader::loadPilot(const QString &path)
{
    auto store = ProjectStore::open(path, ProjectStore::Access::ReadOnly);
    if (!store) {
        return std::unexpected(store.error());
    }
    return snapshot(**store);
}

std::optional<PilotSnapshot> ProjectLoader::loadPilot(ProjectStore &store)
{
    return snapshot(store);
}

} // namespace Workbench::Core
