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

QList<RoundScope> RoundScope::available(const Core::Workspace &workspace)
{
    const qint64 run = newestRun(workspace);
    QMap<int, RoundScope> rounds;
    RoundScope all{Kind::All, -1, {}, {}, std::nullopt};
    RoundScope final{Kind::Final, -1, {}, {}, std::nullopt};
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
        RoundScope &round = rounds[origin->round];
        round.kind = Kind::Round;
        round.round = origin->round;
        round.annotators.append(layer->name());
        QList<qsizetype> batch = round.documents.value_or(QList<qsizetype>{}) + origin->batch;
        std::ranges::sort(batch);
        batch.erase(std::unique(batch.begin(), batch.end()), batch.end());
        round.documents = batch;
    }
    QList<RoundScope> scopes;
    for (RoundScope &round : rounds) {
        for (const QString &name : std::as_const(all.annotators)) {
            if (!round.annotators.contains(name)) {
                round.outside.insert(name);
            }
        }
        scopes.append(round);
    }
    scopes.append(all);
    if (!rounds.isEmpty() && !final.annotators.isEmpty()) {
        for (const QString &name : std::as_const(all.annotators)) {
            if (!final.annotators.contains(name)) {
                final.outside.insert(name);
            }
        }
        scopes.append(final);
    }
    return scopes;
}

QList<QList<int>> RoundScope::batchRounds(const Core::Workspace &workspace)
{
    const qint64 run = newestRun(workspace);
    QList<QList<int>> rounds(workspace.corpus().size());
    for (const Core::SpanLayer *layer : workspace.layers().layers()) {
        const auto &origin = layer->provenance().pilot;
        if (!origin || origin->runId != run) {
            continue;
        }
        for (const qsizetype document : origin->batch) {
            if (document >= 0 && document < rounds.size() && !rounds.at(document).contains(origin->round)) {
                rounds[document].append(origin->round);
            }
        }
    }
    for (QList<int> &documentRounds : rounds) {
        std::ranges::sort(documentRounds);
    }
    return rounds;
}

} // namespace Workbench::Ui
