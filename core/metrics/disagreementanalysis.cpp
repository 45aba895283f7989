// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "metrics/disagreementanalysis.h"

#include "base/tagcodec.h"
#include "metrics/statistics.h"
#include "metrics/tokenlabeler.h"
#include "model/nametable.h"

#include <QSet>
#include <QVarLengthArray>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

namespace {

using Label = LabelCodec::Label;
using Votes = QVarLengthArray<std::pair<Label, double>, 16>;

void addVote(Votes &votes, Label label, double weight)
{
    for (auto &[l, w] : votes) {
        if (l == label) {
            w += weight;
            return;
        }
    }
    votes.append({label, weight});
}

double total(const Votes &votes)
{
    double sum = 0.0;
    for (const auto &vote : votes) {
        sum += vote.second;
    }
    return sum;
}

double gini(const Votes &votes)
{
    const double sum = total(votes);
    if (sum <= 0.0) {
        return 0.0;
    }
    double squares = 0.0;
    for (const auto &vote : votes) {
        squares += (vote.second / sum) * (vote.second / sum);
    }
    return std::max(0.0, 1.0 - squares);
}

double massOf(const Votes &votes, const Label label)
{
    for (const auto &vote : votes) {
        if (vote.first == label) {
            return vote.second;
        }
    }
    return 0.0;
}

TokenDisagreement measure(const Votes &all, const Votes &elite, const Votes &nonElite)
{
    TokenDisagreement m;
    const double sum = total(all);
    m.bio = float(gini(all));
    Votes types;
    double qB = 0.0;
    double qI = 0.0;
    for (const auto &[label, weight] : all) {
        if (label == LabelCodec::outside) {
            continue;
        }
        addVote(types, Label(LabelCodec::typeOf(label)), weight);
        (LabelCodec::isBegin(label) ? qB : qI) += weight / sum;
    }
    m.type = float(gini(types));
    m.boundary = float(std::max(4.0 * qB * (1.0 - qB), 4.0 * qI * (1.0 - qI)));
    m.star = std::max({m.bio, m.type, m.boundary});
    const double eliteSum = total(elite);
    const double nonEliteSum = total(nonElite);
    if (eliteSum > 0.0 && nonEliteSum > 0.0) {
        double tv = 0.0;
        for (const auto &[label, weight] : all) {
            tv += std::abs(massOf(elite, label) / eliteSum - massOf(nonElite, label) / nonEliteSum);
        }
        m.tvBetween = float(0.5 * tv);
    }
    m.eliteInternal = float(gini(elite));
    return m;
}

// The strongest difference between an alternative and the majority pattern over a block.
std::pair<ErrorAnalysis::Category, QString> subtypeOf(
    const LabelCodec &codec, const QList<Label> &majority, const QList<Label> &other)
{
    const auto spansOf = [&codec](const QList<Label> &labels) {
        QStringList tags;
        for (const Label label : labels) {
            tags.append(codec.name(label));
        }
        QList<Span> spans;
        for (const TokenChunk &chunk : TagCodec::decode(tags)) {
            spans.append(Span{chunk.begin, chunk.end, chunk.type});
        }
        return DocumentSpans{spans};
    };
    const QList<ErrorAnalysis::Instance> instances =
        ErrorAnalysis::compare(spansOf(majority), spansOf(other));
    for (const ErrorAnalysis::Category category :
        {ErrorAnalysis::Category::TypeConfusion, ErrorAnalysis::Category::SpanError,
            ErrorAnalysis::Category::Spurious, ErrorAnalysis::Category::Missed}) {
        const auto found =
            std::ranges::find_if(instances, [category](const auto &i) { return i.category == category; });
        if (found != instances.end()) {
            return {category, ErrorAnalysis::subtype(*found)};
        }
    }
    return {ErrorAnalysis::Category::SpanError, {}};
}

} // namespace

DisagreementResult DisagreementAnalysis::analyse(const TokenGrid &grid, const QList<AnnotatorLayer> &layers,
    const QList<double> &weights, const QStringList &elite, const Options &options)
{
    DisagreementResult result;
    result.weights = weights;
    result.elite = elite;
    for (const AnnotatorLayer &layer : layers) {
        result.layers.append(layer.name);
    }
    result.types = AnnotatorLayer::typesOf(layers);
    const LabelCodec codec(result.types);
    const qsizetype n = layers.size();
    QList<QList<Label>> labels;
    QList<bool> isElite;
    for (const AnnotatorLayer &layer : layers) {
        labels.append(TokenLabeler::label(grid, layer.spans, codec).labels);
        isElite.append(elite.contains(layer.name));
    }
    const auto weightOf = [&weights, n](
                              qsizetype l) { return weights.size() == n ? weights.at(l) : 1.0 / double(n); };

    // Per-token measures.
    result.tokens.resize(grid.tokenCount());
    QList<double> disputed;
    QList<double> eliteValues;
    QList<double> biasValues;
    for (qsizetype t = 0; t < grid.tokenCount(); ++t) {
        Votes all;
        Votes eliteVotes;
        Votes nonEliteVotes;
        const qsizetype document = grid.documentOf(t);
        for (qsizetype l = 0; l < n; ++l) {
            if (layers.at(l).missing.contains(document)) {
                continue; // a layer lacking the document has no vote there, not a vote for O
            }
            const Label label = labels.at(l).at(t);
            addVote(all, label, weightOf(l));
            addVote(isElite.at(l) ? eliteVotes : nonEliteVotes, label, weightOf(l));
        }
        if (all.size() <= 1) {
            continue; // unanimous (or no layer covers it): every measure is 0
        }
        const TokenDisagreement m = measure(all, eliteVotes, nonEliteVotes);
        result.tokens[t] = m;
        if (m.star > 0) {
            disputed.append(m.star);
        }
        if (m.eliteInternal > 0) {
            eliteValues.append(m.eliteInternal);
        }
        if (m.tvBetween > 0) {
            biasValues.append(m.tvBetween);
        }
    }
    result.disputedTokens = disputed.size();
    result.hotThreshold = Statistics::percentile(disputed, options.hotspotPercentile);
    result.eliteThreshold = Statistics::percentile(eliteValues, options.elitePercentile);
    result.biasThreshold = Statistics::percentile(biasValues, options.biasPercentile);

    // Blocks: hot runs within a sentence, merged across a single cool token.
    const auto hot = [&result](qsizetype t) {
        const float star = result.tokens.at(t).star;
        return star > 0 && double(star) >= result.hotThreshold;
    };
    for (qsizetype s = 0; s < grid.sentences().size(); ++s) {
        const TokenGrid::SentenceRange &sentence = grid.sentences().at(s);
        qsizetype t = sentence.first;
        while (t < sentence.end) {
            if (!hot(t)) {
                ++t;
                continue;
            }
            HotspotBlock block;
            block.document = sentence.document;
            block.sentence = s;
            block.first = t;
            qsizetype last = t;
            while (last + 1 < sentence.end && (hot(last + 1) || (last + 2 < sentence.end && hot(last + 2)))) {
                last += hot(last + 1) ? 1 : 2;
            }
            block.end = last + 1;
            t = block.end;
            bool split = false;
            bool bias = false;
            for (qsizetype k = block.first; k < block.end; ++k) {
                const TokenDisagreement &m = result.tokens.at(k);
                result.hotTokens += hot(k) ? 1 : 0;
                split = split || (m.eliteInternal > 0 && double(m.eliteInternal) >= result.eliteThreshold);
                bias = bias || (m.tvBetween > 0 && double(m.tvBetween) >= result.biasThreshold);
            }
            block.kind = split && bias ? HotspotBlock::Kind::Complex
                : split                ? HotspotBlock::Kind::EliteSplit
                : bias                 ? HotspotBlock::Kind::SystematicBias
                                       : HotspotBlock::Kind::Minor;
            for (qsizetype l = 0; l < n; ++l) {
                if (layers.at(l).missing.contains(block.document)) {
                    continue;
                }
                const QList<Label> sequence = labels.at(l).mid(block.first, block.end - block.first);
                auto it = std::ranges::find_if(
                    block.alternatives, [&sequence](const auto &a) { return a.labels == sequence; });
                if (it == block.alternatives.end()) {
                    block.alternatives.append({sequence, {}, 0.0});
                    it = block.alternatives.end() - 1;
                }
                it->annotators.append(l);
                it->weight += weightOf(l);
            }
            std::ranges::stable_sort(block.alternatives, [](const auto &a, const auto &b) {
                return a.weight != b.weight ? a.weight > b.weight : a.annotators.size() > b.annotators.size();
            });
            if (block.alternatives.size() > 1) {
                std::tie(block.subtype, block.typedSubtype) =
                    subtypeOf(codec, block.alternatives.at(0).labels, block.alternatives.at(1).labels);
            }
            result.blocks.append(block);
        }
    }
    return result;
}

QString DisagreementAnalysis::kindName(const HotspotBlock::Kind kind)
{
    using Kind = HotspotBlock::Kind;
    static constexpr NameTable<Kind, 4> names{{{{Kind::EliteSplit, "elite split"},
        {Kind::SystematicBias, "systematic bias"}, {Kind::Complex, "complex"}, {Kind::Minor, "minor"}}}};
    return names.name(kind);
}

} // namespace Workbench::Core
