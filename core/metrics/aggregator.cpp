// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "metrics/aggregator.h"

#include "base/tagcodec.h"
#include "metrics/agreementanalysis.h"
#include "metrics/labelcodec.h"
#include "metrics/tokenlabeler.h"
#include "model/nametable.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

namespace {

// Per token, the label with the highest score; a tie for the top gives O.
DocumentSpans tokenVote(
    const TokenGrid &grid, const QList<AnnotatorLayer> &layers, const QList<double> &weights)
{
    const LabelCodec codec(AnnotatorLayer::typesOf(layers));
    QList<QList<LabelCodec::Label>> labels;
    for (const AnnotatorLayer &layer : layers) {
        labels.append(TokenLabeler::label(grid, layer.spans, codec).labels);
    }
    DocumentSpans result(grid.documentCount());
    QList<double> score(codec.labelCount(), 0.0);
    for (const TokenGrid::SentenceRange &sentence : grid.sentences()) {
        QStringList tags;
        for (qsizetype t = sentence.first; t < sentence.end; ++t) {
            std::fill(score.begin(), score.end(), 0.0);
            for (qsizetype l = 0; l < layers.size(); ++l) {
                // A layer lacking the document has no vote there (not a vote for O).
                if (!layers.at(l).missing.contains(sentence.document)) {
                    score[labels.at(l).at(t)] += weights.at(l);
                }
            }
            LabelCodec::Label best = LabelCodec::outside;
            bool tie = false;
            for (int label = 1; label < codec.labelCount(); ++label) {
                if (score.at(label) > score.at(best)) {
                    best = LabelCodec::Label(label);
                    tie = false;
                } else if (score.at(label) == score.at(best) && score.at(label) > 0.0) {
                    tie = true;
                }
            }
            tags.append(codec.name(tie ? LabelCodec::outside : best));
        }
        for (const TokenChunk &chunk : TagCodec::decode(tags)) {
            result[sentence.document].append(Span{grid.start(sentence.first + chunk.begin),
                grid.end(sentence.first + chunk.end - 1), chunk.type});
        }
    }
    return result;
}

DocumentSpans spanVote(const TokenGrid &grid, const QList<AnnotatorLayer> &layers, int minVotes)
{
    DocumentSpans result(grid.documentCount());
    for (qsizetype d = 0; d < grid.documentCount(); ++d) {
        // The vote is among the layers that cover the document; one that lacks it does not vote.
        const auto covering = std::ranges::count_if(
            layers, [d](const AnnotatorLayer &layer) { return !layer.missing.contains(d); });
        if (covering == 0) {
            continue;
        }
        const int needed = minVotes > 0 ? minVotes : int(covering) / 2 + 1;
        QHash<Span, int> votes;
        for (const AnnotatorLayer &layer : layers) {
            if (layer.missing.contains(d)) {
                continue;
            }
            const QList<Span> spans = layer.spans.value(d);
            for (qsizetype i = 0; i < spans.size(); ++i) {
                if (i == 0 || spans.at(i) != spans.at(i - 1)) { // one vote per layer
                    ++votes[spans.at(i)];
                }
            }
        }
        QList<std::pair<Span, int>> kept;
        for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
            if (it.value() >= needed) {
                kept.append({it.key(), it.value()});
            }
        }
        // More votes first, then longer, then by position: deterministic whatever the hash order.
        std::ranges::sort(kept, [](const auto &a, const auto &b) {
            if (a.second != b.second) {
                return a.second > b.second;
            }
            const int la = a.first.end - a.first.start;
            const int lb = b.first.end - b.first.start;
            return la != lb ? la > lb : a.first < b.first;
        });
        QList<Span> flat;
        for (const auto &[span, count] : std::as_const(kept)) {
            const bool overlaps = std::ranges::any_of(
                flat, [&span](const Span &k) { return span.start < k.end && k.start < span.end; });
            if (!overlaps) {
                flat.append(span);
            }
        }
        std::ranges::sort(flat);
        result[d] = flat;
    }
    return result;
}

} // namespace

DocumentSpans Aggregator::aggregate(
    const TokenGrid &grid, const QList<AnnotatorLayer> &layers, const Options &options)
{
    if (layers.isEmpty()) {
        return DocumentSpans(grid.documentCount());
    }
    switch (options.method) {
    case Method::Plurality:
        return tokenVote(grid, layers, QList<double>(layers.size(), 1.0));
    case Method::SpanVote:
        return spanVote(grid, layers, options.minVotes);
    case Method::Weighted: {
        QList<double> weights = options.weights;
        if (weights.size() != layers.size()) {
            weights = AgreementAnalysis::compute(grid, layers, std::nullopt, {.bootstrapSamples = 0}).weights;
        }
        return tokenVote(grid, layers, weights);
    }
    }
    return {};
}

namespace {
constexpr NameTable<Aggregator::Method, 3> methodNames{{{{Aggregator::Method::Plurality, "plurality"},
    {Aggregator::Method::SpanVote, "span-vote"}, {Aggregator::Method::Weighted, "weighted"}}}};
} // namespace

ImportedLayer Aggregator::aggregateLayer(const TokenGrid &grid, const QList<AnnotatorLayer> &layers,
    const Options &options, const QString &name, const QDateTime &created)
{
    QStringList sources;
    std::optional<QSet<qsizetype>> uncovered; // missing from every layer
    for (const AnnotatorLayer &layer : layers) {
        sources.append(layer.name);
        uncovered = uncovered ? uncovered->intersect(layer.missing) : layer.missing;
    }
    return {.name = name,
        .kind = LayerKind::Aggregate,
        .provenance = {.source = sources.join(u", "_s),
            .tool = u"workbench aggregate (%1)"_s.arg(methodName(options.method)),
            .tagScheme = {},
            .created = created},
        .spans = aggregate(grid, layers, options),
        .loss = {},
        .unalignedTokens = 0,
        .substitutedTokens = 0,
        .uncoveredDocuments = uncovered.value_or(QSet<qsizetype>{})};
}

QString Aggregator::methodName(const Method method)
{
    return methodNames.name(method);
}

std::optional<Aggregator::Method> Aggregator::methodFromName(const QString &name)
{
    return methodNames.value(name, Qt::CaseSensitive);
}

} // namespace Workbench::Core
