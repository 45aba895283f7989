// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "pilot/roundlayerbuilder.h"

#include "pilot/pilotrun.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <tuple>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

namespace {

// A document's entries in one order however its pieces' replies arrived (several pieces of a
// long document answer in any order): a round rebuilt from the cache lists them as the run did.
LossReport inOrder(const LossReport &report)
{
    QList<LossReport::Entry> entries = report.entries();
    std::ranges::stable_sort(entries, [](const LossReport::Entry &a, const LossReport::Entry &b) {
        return std::tie(a.reason, a.detail) < std::tie(b.reason, b.detail);
    });
    LossReport sorted;
    for (LossReport::Entry &entry : entries) {
        sorted.add(std::move(entry));
    }
    return sorted;
}

} // namespace

QString RoundLayerBuilder::layerName(const int round, const QString &annotator)
{
    return u"round%1/%2"_s.arg(QString::number(round), annotator);
}

bool RoundLayerBuilder::isRoundLayerName(const QString &name)
{
    static const QRegularExpression form(u"^round[0-9]+/"_s);
    return form.match(name).hasMatch();
}

QList<ImportedLayer> RoundLayerBuilder::build(
    const PilotRun &run, const RoundSummary &summary, const qint64 runId)
{
    const QList<Document> &pool = run.pool();
    const QDateTime created = QDateTime::currentDateTimeUtc();
    QList<ImportedLayer> layers;
    for (const PilotConfig::Annotator &annotator : run.config().annotators) {
        const auto labelled = run.layers().constFind(annotator.name);
        if (labelled == run.layers().cend()) {
            continue; // not asked in this round (dropped before it)
        }
        QSet<QString> failedIds;
        QHash<QString, LossReport>
            lossOf; // by document: listed in batch order, whatever order replies came in
        for (const FailedItem &failure : summary.failures) {
            if (failure.annotator == annotator.name) {
                failedIds.insert(failure.document);
                lossOf[failure.document].add(
                    {QString::fromLatin1(FailedItem::lossReason), failure.document, 0,
                        u"the piece at %1 was not labelled: %2"_s.arg(
                            QString::number(failure.chunkStart), failure.error)});
            }
        }
        // What placing mentions changed in a document left out as failed no longer matters.
        QHash<QString, LossReport> mentionLossOf;
        const LossReport mentionLoss = run.mentionLoss().value(annotator.name);
        for (const LossReport::Entry &entry : mentionLoss.entries()) {
            if (!failedIds.contains(entry.documentId)) {
                mentionLossOf[entry.documentId].add(entry);
            }
        }
        PilotOrigin origin{.runId = runId,
            .round = summary.round,
            .annotator = annotator.name,
            .model = annotator.model,
            .endpoint = annotator.endpoint,
            .guidelineVersion = summary.guidelineVersion,
            .batch = summary.batch,
            .failed = {}};
        DocumentSpans spans(pool.size());
        LossReport loss;
        for (qsizetype i = 0; i < summary.batch.size(); ++i) {
            const qsizetype position = summary.batch.at(i);
            if (position < 0 || position >= pool.size()) {
                continue;
            }
            const QString &id = pool.at(position).id();
            loss.append(inOrder(mentionLossOf.take(id)));
            loss.append(inOrder(lossOf.take(id)));
            if (failedIds.contains(id)) {
                origin.failed.append(position); // what it did label there is incomplete: left out
                continue;
            }
            spans[position] = labelled->value(i);
        }
        layers.append(ImportedLayer{.name = layerName(summary.round, annotator.name),
            .kind = LayerKind::Llm,
            .provenance = {.source = u"%1 at %2"_s.arg(annotator.model, annotator.endpoint),
                .tool = u"pilot round %1, guideline v%2"_s.arg(summary.round).arg(summary.guidelineVersion),
                .tagScheme = {},
                .created = created,
                .pilot = origin},
            .spans = spans,
            .loss = loss,
            .unalignedTokens = 0,
            .substitutedTokens = 0,
            .uncoveredDocuments = origin.uncovered(pool.size())});
    }
    return layers;
}

} // namespace Workbench::Core
