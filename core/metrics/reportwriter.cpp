// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "metrics/reportwriter.h"

#include "base/countednoun.h"
#include "base/seededrandom.h"
#include "metrics/disagreementanalysis.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

namespace {

// k of n indices, drawn without replacement by a seeded partial Fisher-Yates, in ascending order.
QList<qsizetype> sample(qsizetype n, qsizetype k, quint64 seed)
{
    QList<qsizetype> indices(n);
    std::iota(indices.begin(), indices.end(), 0);
    SeededRandom random(seed);
    k = std::min(k, n);
    for (qsizetype i = 0; i < k; ++i) {
        const qsizetype j = i + qsizetype(random.below(quint64(n - i)));
        std::swap(indices[i], indices[j]);
    }
    indices.resize(k);
    std::ranges::sort(indices);
    return indices;
}

QString tokenText(const TokenGrid &grid, qsizetype t)
{
    const Document &document = grid.documents().at(grid.documentOf(t));
    return document.text().mid(grid.start(t), grid.end(t) - grid.start(t));
}

// "... context [marked tokens] context ..." within the sentence of \a first.
QString inContext(const TokenGrid &grid, qsizetype first, qsizetype end, int context)
{
    const TokenGrid::SentenceRange &sentence = grid.sentences().at(grid.sentenceOf(first));
    const qsizetype from = std::max(sentence.first, first - context);
    const qsizetype to = std::min(sentence.end, end + context);
    QStringList words;
    for (qsizetype t = from; t < to; ++t) {
        QString word = tokenText(grid, t).replace(u'`', u'\'');
        if (t == first) {
            word.prepend(u'[');
        }
        if (t == end - 1) {
            word.append(u']');
        }
        words.append(word);
    }
    return (from > sentence.first ? u"… "_s : QString()) + words.join(u' ')
        + (to < sentence.end ? u" …"_s : QString());
}

// The global tokens [first, end) a span covers in document \a document.
std::pair<qsizetype, qsizetype> tokensOf(const TokenGrid &grid, qsizetype document, const Span &span)
{
    qsizetype first = grid.documentFirst(document);
    const qsizetype docEnd = grid.documentFirst(document + 1);
    while (first < docEnd && grid.end(first) <= span.start) {
        ++first;
    }
    qsizetype end = first;
    while (end < docEnd && grid.start(end) < span.end) {
        ++end;
    }
    return {first, end};
}

QString spanText(const TokenGrid &grid, qsizetype document, const Span &span)
{
    return grid.documents().at(document).text().mid(span.start, span.end - span.start);
}

} // namespace

QString ReportWriter::hotspotReport(
    const TokenGrid &grid, const DisagreementResult &result, const Options &options)
{
    const LabelCodec codec(result.types);
    QString md = u"# Hotspot report\n\n"_s;
    md += u"%1, %2; %3 on which annotators differ (U* > 0). A token is hot at U* >= %4 "
          u"(the percentile of U* over those tokens): %5 in %6.\n\n"_s.arg(
              CountedNoun::of(grid.documentCount(), u"document"_s),
              CountedNoun::of(grid.tokenCount(), u"token"_s),
              CountedNoun::of(result.disputedTokens, u"token"_s),
              QString::number(result.hotThreshold, 'f', 4), CountedNoun::of(result.hotTokens, u"hot token"_s),
              CountedNoun::of(result.blocks.size(), u"block"_s));
    md += u"The majority pattern is a reference, not the truth.\n\n"_s;
    QStringList nonElite;
    for (const QString &layer : result.layers) {
        if (!result.elite.contains(layer)) {
            nonElite.append(layer);
        }
    }
    md += u"- Elite annotators: %1\n- Non-elite annotators: %2\n\n"_s.arg(
        result.elite.join(u", "_s), nonElite.isEmpty() ? u"(none)"_s : nonElite.join(u", "_s));

    md += u"## Blocks by class\n\n| class | blocks |\n|---|---:|\n"_s;
    for (const HotspotBlock::Kind kind : {HotspotBlock::Kind::EliteSplit, HotspotBlock::Kind::SystematicBias,
             HotspotBlock::Kind::Complex, HotspotBlock::Kind::Minor}) {
        md += u"| %1 | %2 |\n"_s.arg(DisagreementAnalysis::kindName(kind))
                  .arg(std::ranges::count(result.blocks, kind, &HotspotBlock::kind));
    }
    md += u"\n## Blocks by error subtype\n\n| subtype | pattern | blocks |\n|---|---|---:|\n"_s;
    for (const ErrorAnalysis::Category category : ErrorAnalysis::categories) {
        md += u"| %1 | %2 | %3 |\n"_s
                  .arg(ErrorAnalysis::categoryName(category), ErrorAnalysis::categoryPattern(category))
                  .arg(std::ranges::count(result.blocks, category, &HotspotBlock::subtype));
    }
    // Typed as the reference does, with token- and sentence-level counts: "9 of them GROUP_to_O".
    QMap<QString, std::tuple<qsizetype, qint64, QSet<qsizetype>>> typed;
    for (const HotspotBlock &block : result.blocks) {
        if (!block.typedSubtype.isEmpty()) {
            auto &[blocks, tokens, sentences] = typed[block.typedSubtype];
            ++blocks;
            tokens += block.end - block.first;
            sentences.insert(block.sentence);
        }
    }
    QStringList typedOrder = typed.keys();
    std::ranges::stable_sort(typedOrder, [&typed](const QString &a, const QString &b) {
        return std::get<0>(typed.value(a)) > std::get<0>(typed.value(b));
    });
    if (!typedOrder.isEmpty()) {
        md += u"\n## Blocks by typed subtype\n\n| typed subtype | blocks | tokens | sentences |\n"
              u"|---|---:|---:|---:|\n"_s;
        for (const QString &name : std::as_const(typedOrder)) {
            const auto &[blocks, tokens, sentences] = typed[name];
            md += u"| %1 | %2 | %3 | %4 |\n"_s.arg(name).arg(blocks).arg(tokens).arg(sentences.size());
        }
    }
    for (const ErrorAnalysis::Category category : ErrorAnalysis::categories) {
        QList<qsizetype> indices;
        for (qsizetype b = 0; b < result.blocks.size(); ++b) {
            if (result.blocks.at(b).subtype == category) {
                indices.append(b);
            }
        }
        if (indices.isEmpty()) {
            continue;
        }
        md += u"\n## Examples: %1 (%2)\n\n"_s.arg(
            ErrorAnalysis::categoryName(category), ErrorAnalysis::categoryPattern(category));
        const quint64 seed = options.seed + quint64(category);
        int number = 0;
        for (const qsizetype pick : sample(indices.size(), options.examplesPerSubtype, seed)) {
            const HotspotBlock &block = result.blocks.at(indices.at(pick));
            md +=
                u"%1. %2 (document %3, %4%5)\n"_s.arg(++number)
                    .arg(inContext(grid, block.first, block.end, options.context))
                    .arg(grid.documents().at(block.document).id(), DisagreementAnalysis::kindName(block.kind),
                        block.typedSubtype.isEmpty() ? QString() : u", "_s + block.typedSubtype);
            for (qsizetype a = 0; a < block.alternatives.size(); ++a) {
                const HotspotBlock::Alternative &alternative = block.alternatives.at(a);
                QStringList tags;
                for (const LabelCodec::Label label : alternative.labels) {
                    tags.append(codec.name(label));
                }
                QStringList backers;
                for (const qsizetype l : alternative.annotators) {
                    backers.append(result.layers.at(l));
                }
                md += u"   - %1 `%2` (weight %3): %4\n"_s
                          .arg(a == 0 ? u"majority"_s : u"alternative"_s, tags.join(u' '))
                          .arg(alternative.weight, 0, 'f', 3)
                          .arg(backers.join(u", "_s));
            }
        }
    }
    return md;
}

QString ReportWriter::annotatorReport(const TokenGrid &grid, const QString &annotator,
    const QString &referenceName, const QList<ErrorAnalysis::Instance> &errors, const Options &options)
{
    QString md = u"# Error report: %1\n\nAgainst the reference: %2.\n\n"_s.arg(annotator, referenceName);
    md += u"| category | pattern | count |\n|---|---|---:|\n"_s;
    for (const ErrorAnalysis::Category category : ErrorAnalysis::categories) {
        md += u"| %1 | %2 | %3 |\n"_s
                  .arg(ErrorAnalysis::categoryName(category), ErrorAnalysis::categoryPattern(category))
                  .arg(std::ranges::count(errors, category, &ErrorAnalysis::Instance::category));
    }
    // Typed subtypes, most frequent first, counted at span, token and sentence level.
    struct Typed
    {
        QList<qsizetype> indices;
        qint64 tokens = 0;
        QSet<qsizetype> sentences;
    };
    QMap<QString, Typed> typed;
    for (qsizetype e = 0; e < errors.size(); ++e) {
        const ErrorAnalysis::Instance &error = errors.at(e);
        const Span &where = error.annotator.end > 0 ? error.annotator : error.reference;
        const auto [first, end] = tokensOf(grid, error.document, where);
        Typed &entry = typed[ErrorAnalysis::subtype(error)];
        entry.indices.append(e);
        entry.tokens += std::max<qsizetype>(0, end - first);
        if (first < end) {
            entry.sentences.insert(grid.sentenceOf(first));
        }
    }
    QStringList order = typed.keys();
    std::ranges::stable_sort(order, [&typed](const QString &a, const QString &b) {
        return typed.value(a).indices.size() > typed.value(b).indices.size();
    });
    if (!order.isEmpty()) {
        md += u"\n| typed subtype | spans | tokens | sentences |\n|---|---:|---:|---:|\n"_s;
        for (const QString &name : std::as_const(order)) {
            const Typed &entry = typed[name];
            md += u"| %1 | %2 | %3 | %4 |\n"_s.arg(name)
                      .arg(entry.indices.size())
                      .arg(entry.tokens)
                      .arg(entry.sentences.size());
        }
    }
    for (const QString &name : std::as_const(order)) {
        const QList<qsizetype> &indices = typed[name].indices;
        const ErrorAnalysis::Category category = errors.at(indices.first()).category;
        md += u"\n## %1 (%2, %3)\n\n"_s.arg(
            name, ErrorAnalysis::categoryName(category), ErrorAnalysis::categoryPattern(category));
        int number = 0;
        for (const qsizetype pick : sample(indices.size(), options.examplesPerCategory,
                 options.seed + quint64(category) + quint64(qHash(name)))) {
            const ErrorAnalysis::Instance &error = errors.at(indices.at(pick));
            const Span &where = error.annotator.end > 0 ? error.annotator : error.reference;
            const auto [first, end] = tokensOf(grid, error.document, where);
            QString what;
            switch (category) {
            case ErrorAnalysis::Category::Spurious:
                what = u"marked '%1' as %2; the reference has nothing"_s.arg(
                    spanText(grid, error.document, error.annotator), error.annotator.type);
                break;
            case ErrorAnalysis::Category::Missed:
                what = u"missed '%1' (%2)"_s.arg(
                    spanText(grid, error.document, error.reference), error.reference.type);
                break;
            case ErrorAnalysis::Category::TypeConfusion:
                what = u"'%1' as %2; the reference has '%3' as %4"_s.arg(
                    spanText(grid, error.document, error.annotator), error.annotator.type,
                    spanText(grid, error.document, error.reference), error.reference.type);
                break;
            case ErrorAnalysis::Category::SpanError:
                what = u"'%1' [%2, %3); the reference has '%4' [%5, %6) (%7)"_s
                           .arg(spanText(grid, error.document, error.annotator))
                           .arg(error.annotator.start)
                           .arg(error.annotator.end)
                           .arg(spanText(grid, error.document, error.reference))
                           .arg(error.reference.start)
                           .arg(error.reference.end)
                           .arg(error.reference.type);
                break;
            }
            md += u"%1. %2: %3 (document %4)\n"_s.arg(++number).arg(
                inContext(grid, first, end, options.context), what, grid.documents().at(error.document).id());
        }
    }
    return md;
}

} // namespace Workbench::Core
