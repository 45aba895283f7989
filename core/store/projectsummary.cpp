// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "store/projectsummary.h"

#include "store/calllogrepository.h"
#include "store/corpusrepository.h"
#include "store/layerrepository.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

std::expected<ProjectSummary, StoreError> ProjectSummary::read(ProjectStore &store)
{
    ProjectSummary summary;
    const CorpusRepository::Counts counts = CorpusRepository(store).counts();
    summary.documents = counts.documents;
    summary.sentences = counts.sentences;
    summary.tokens = counts.tokens;
    const auto layers = LayerRepository(store).list();
    if (!layers) {
        return std::unexpected(layers.error());
    }
    for (const LayerRepository::StoredLayer &layer : *layers) {
        summary.layers.append({layer.name, layerKindName(layer.kind), layer.spanCount});
    }
    QSqlQuery query(store.database());
    if (!query.exec(u"SELECT (SELECT count(*) FROM guideline_versions), (SELECT count(*) FROM rounds)"_s)
        || !query.next()) {
        return std::unexpected(store.errorFor(query.lastError(), u"read the project"_s));
    }
    summary.guidelineVersions = query.value(0).toLongLong();
    summary.rounds = query.value(1).toLongLong();
    const CallLogRepository::Totals totals = CallLogRepository(store).totals();
    summary.calls = totals.calls;
    summary.cost = totals.cost;
    summary.schemaVersion = store.schemaVersion();
    return summary;
}

QJsonObject ProjectSummary::toJson() const
{
    QJsonArray layerArray;
    for (const Layer &layer : layers) {
        layerArray.append(
            QJsonObject{{u"name"_s, layer.name}, {u"kind"_s, layer.kind}, {u"spans"_s, layer.spans}});
    }
    return QJsonObject{{u"documents"_s, documents}, {u"sentences"_s, sentences}, {u"tokens"_s, tokens},
        {u"layers"_s, layerArray}, {u"guideline_versions"_s, guidelineVersions}, {u"rounds"_s, rounds},
        {u"calls"_s, calls}, {u"cost"_s, cost}, {u"schema_version"_s, schemaVersion}};
}

} // namespace Workbench::Core
