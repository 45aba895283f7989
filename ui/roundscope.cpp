// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "roundscope.h"

#include "model/layerset.h"
#include "model/spanlayer.h"
#include "model/workspace.h"
#include "workspacelayers.h"

#include <QMap>

#include <algorithm>

namespace Workbench::Ui {

namespace {

// The newest run's id among the round layers, 0 without any.
qint64 newestRun(const Core::Workspace &workspace)
{
    qint64 run = 0;
    for (const Core::SpanLayer *layer : workspace.layers().layers()) {
        if (const auto &origin = layer->provenance().pilot) {
            run = std::max(run, origin->runId);
        }
    }
    return run;
}

// Round \a number among \a rounds, made when new; its batch joined by \a batch.
RoundScope &roundOf(QMap<int, RoundScope> &rounds, const int number, const QList<qsizetype> &batch)
{
    RoundScope &round = rounds[number];
    round.kind = RoundScope::Kind::Round;
    round.round = number;
    QList<qsizetype> documents = round.documents.value_or(QList<qsizetype>{}) + batch;
    std::ranges::sort(documents);
    documents.erase(std::unique(documents.begin(), documents.end()), documents.end());
    round.documents = documents;
    return round;
}

// The annotator layers of \a all that \a scope does not compare.
QSet<QString> outsideOf(const RoundScope &scope, const RoundScope &all)
{
    QSet<QString> outside;
    for (const QString &name : all.annotators) {
        if (!scope.annotators.contains(name)) {
            outside.insert(name);
        }
    }
    return outside;
}

// The knobs of run \a run, when \a pilot is that run and its configuration reads.
std::optional<Core::PilotConfig::Knobs> knobsOf(
    const std::optional<Core::PilotSnapshot> &pilot, const qint64 run)
{
    if (!pilot || pilot->runId != run) {
        return std::nullopt;
    }
    const auto config = Core::PilotConfig::fromJson(pilot->config);
    return config ? std::optional(config->knobs) : std::nullopt;
}

} // namespace

QList<Core::AnnotatorLayer> RoundScope::layers(const Core::Workspace &workspace) const
{
    QList<Core::AnnotatorLayer> chosen;
    for (const QString &name : annotators) {
        if (const Core::SpanLayer *layer = workspace.layers().layer(name)) {
            chosen.append({layer->name(), layer->allSpans(), layer->uncoveredDocuments()});
        }
    }
    return chosen;
}

Core::CorpusAnalysis::Options RoundScope::analysisOptions() const
{
    if (kind == Kind::Round && knobs) {
        return knobs->analysisOptions(round);
    }
    // The defaults of every option, as diziner-cli agreement takes them.
    return {.reliability = Core::ReliabilityAnalysis::Options{}};
}

QList<RoundScope> RoundScope::available(
    const Core::Workspace &workspace, const std::optional<Core::PilotSnapshot> &pilot)
{
    const QList<Core::RoundSummary> recorded = pilot ? pilot->rounds : QList<Core::RoundSummary>{};
    const qint64 run =
        pilot && pilot->runId != 0 && !recorded.isEmpty() ? pilot->runId : newestRun(workspace);
    const std::optional<Core::PilotConfig::Knobs> knobs = knobsOf(pilot, run);
    QMap<int, RoundScope> rounds;
    RoundScope all{Kind::All, -1, {}, {}, std::nullopt, {}};
    RoundScope final{Kind::Final, -1, {}, {}, std::nullopt, {}};
    QMap<int, QStringList> present; //!< by round: the annotators with a layer
    for (const Core::SpanLayer *layer : workspace.layers().layers()) {
        if (!WorkspaceLayers::isAnnotator(layer)) {
            continue;
        }
        all.annotators.append(layer->name());
        const auto &origin = layer->provenance().pilot;
        if (!origin) {
            // The corpus labelled by a model is the final labelling; imported files are not.
            if (layer->kind() == Core::LayerKind::Llm) {
                final.annotators.append(layer->name());
            }
            continue;
        }
        if (origin->runId != run) {
            continue; // an older run's rounds: among every layer only
        }
        RoundScope &round = roundOf(rounds, origin->round, origin->batch);
        round.annotators.append(layer->name());
        present[origin->round].append(origin->annotator);
    }
    // A round the project keeps without (all) its layers: its batch, and who is missing.
    for (const Core::RoundSummary &summary : recorded) {
        RoundScope &round = roundOf(rounds, summary.round, summary.batch);
        for (const QString &annotator : summary.annotatorNames()) {
            if (!present.value(summary.round).contains(annotator)) {
                round.missing.append(annotator);
            }
        }
    }
    QList<RoundScope> scopes;
    for (RoundScope &round : rounds) {
        round.outside = outsideOf(round, all);
        round.knobs = knobs;
        scopes.append(round);
    }
    scopes.append(all);
    if (!rounds.isEmpty() && !final.annotators.isEmpty()) {
        final.outside = outsideOf(final, all);
        scopes.append(final);
    }
    return scopes;
}

QList<QList<int>> RoundScope::batchRounds(const QList<RoundScope> &scopes, const qsizetype documents)
{
    QList<QList<int>> rounds(documents);
    for (const RoundScope &scope : scopes) {
        if (scope.kind != Kind::Round || !scope.documents) {
            continue;
        }
        for (const qsizetype document : *scope.documents) {
            if (document >= 0 && document < rounds.size()) {
                rounds[document].append(scope.round); // scopes come in round order
            }
        }
    }
    return rounds;
}

} // namespace Workbench::Ui
