// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "store/projectsummary.h"

#include "pilot/mentionaligner.h"
#include "store/calllogrepository.h"
#include "store/corpusrepository.h"
#include "store/layerrepository.h"
#include "store/pilotrepository.h"

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
        // Positions outside the corpus (none a writer makes) do not lower the count.
        qint64 uncovered = 0;
        for (const qsizetype document : layer.uncoveredDocuments) {
            uncovered += document >= 0 && document < counts.documents ? 1 : 0;
        }
        summary.layers.append({.name = layer.name,
            .kind = layerKindName(layer.kind),
            .spans = layer.spanCount,
            .coveredDocuments = counts.documents - uncovered,
            .coverage = layer.coverage});
    }
    const auto rounds = RoundLayerRepository(store).list();
    if (!rounds) {
        return std::unexpected(rounds.error());
    }
    for (const RoundLayerRepository::RoundLayer &layer : *rounds) {
        summary.roundLayers.append({.name = layer.name,
            .origin = layer.origin,
            .spans = layer.spanCount,
            .failedDocuments = layer.failedDocumentIds(),
            .mentionsNotFound = layer.loss.count(QString::fromLatin1(MentionAligner::notFoundReason)),
            .mentionsAmbiguous = layer.loss.count(QString::fromLatin1(MentionAligner::ambiguousReason)),
            .mentionsSnapped = layer.loss.count(QString::fromLatin1(MentionAligner::snappedReason))});
    }
    if (const auto run = PilotRepository(store).run()) {
        const auto missing = RoundLayerRepository(store).missing(run->first);
        if (!missing) {
            return std::unexpected(missing.error());
        }
        summary.missingRoundLayers = *missing;
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
    summary.unpricedCalls = totals.unpricedCalls;
    summary.schemaVersion = store.schemaVersion();
    return summary;
}

QJsonObject ProjectSummary::toJson() const
{
    QJsonArray layerArray;
    for (const Layer &layer : layers) {
        layerArray.append(QJsonObject{{u"name"_s, layer.name}, {u"kind"_s, layer.kind},
            {u"spans"_s, layer.spans}, {u"covered_documents"_s, layer.coveredDocuments},
            {u"coverage"_s, coverageOriginName(layer.coverage)}});
    }
    QJsonArray roundArray;
    for (const RoundLayer &layer : roundLayers) {
        roundArray.append(QJsonObject{{u"name"_s, layer.name}, {u"round"_s, layer.origin.round},
            {u"annotator"_s, layer.origin.annotator}, {u"model"_s, layer.origin.model},
            {u"endpoint"_s, layer.origin.endpoint}, {u"guideline_version"_s, layer.origin.guidelineVersion},
            {u"run"_s, layer.origin.runId}, {u"spans"_s, layer.spans},
            {u"documents"_s, layer.origin.batch.size()},
            {u"failed_documents"_s, QJsonArray::fromStringList(layer.failedDocuments)},
            {u"mentions_not_found"_s, layer.mentionsNotFound},
            {u"mentions_ambiguous"_s, layer.mentionsAmbiguous},
            {u"mentions_snapped"_s, layer.mentionsSnapped}});
    }
    QJsonArray missingArray;
    for (const RoundLayerRepository::MissingLayers &missing : missingRoundLayers) {
        missingArray.append(QJsonObject{
            {u"round"_s, missing.round}, {u"annotators"_s, QJsonArray::fromStringList(missing.annotators)}});
    }
    return QJsonObject{{u"documents"_s, documents}, {u"sentences"_s, sentences}, {u"tokens"_s, tokens},
        {u"layers"_s, layerArray}, {u"round_layers"_s, roundArray}, {u"round_layers_missing"_s, missingArray},
        {u"guideline_versions"_s, guidelineVersions}, {u"rounds"_s, rounds}, {u"calls"_s, calls},
        {u"cost"_s, cost}, {u"unpriced_calls"_s, unpricedCalls}, {u"schema_version"_s, schemaVersion}};
}

} // namespace Workbench::Core
