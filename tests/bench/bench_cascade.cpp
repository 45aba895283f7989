// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
//
// Cascade labelling on WNUT-17's seven shared-task systems (issue 22): F1 against the gold and
// calls per document for the best single system, the default aggregate of all seven and the
// cascade at K = 2..6. Gold only scores; the order, K and the aggregate are label-free. Prints
// figures; asserts nothing. Usage: bench_cascade
#include "base/seededrandom.h"
#include "benchsupport.h"
#include "metrics/aggregator.h"
#include "metrics/agreementanalysis.h"
#include "metrics/cascade.h"
#include "metrics/spanscorer.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Core;

namespace {

// The layers restricted to \a documents: the others are missing, as outside a pilot's batch.
QList<AnnotatorLayer> restricted(
    QList<AnnotatorLayer> layers, const QSet<qsizetype> &documents, qsizetype count)
{
    for (AnnotatorLayer &layer : layers) {
        for (qsizetype d = 0; d < count; ++d) {
            if (!documents.contains(d)) {
                layer.missing.insert(d);
            }
        }
    }
    return layers;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const auto corpus = CorpusImporter::import(Bench::wnutSources(), {});
    if (!corpus) {
        std::fprintf(stderr, "%s\n", qPrintable(corpus.error().toString()));
        return 1;
    }
    DocumentSpans gold;
    QList<AnnotatorLayer> systems;
    for (const ImportedLayer &layer : std::as_const(corpus->layers)) {
        if (layer.kind == LayerKind::Gold) {
            gold = layer.spans;
        } else {
            systems.append({layer.name, layer.spans, layer.uncoveredDocuments});
        }
    }
    const TokenGrid grid(corpus->documents);
    const qsizetype documents = grid.documentCount();
    const auto f1 = [&gold](const DocumentSpans &spans) {
        return 100.0 * SpanScorer::score(gold, spans).overall.f1();
    };

    std::printf("WNUT-17 test: %lld documents, %lld systems\n\n", static_cast<long long>(documents),
        static_cast<long long>(systems.size()));
    const AgreementResult agreement =
        AgreementAnalysis::compute(grid, systems, std::nullopt, {.bootstrapSamples = 0});
    const QList<qsizetype> order = Cascade::agreementOrder(agreement);
    std::printf("%-20s %10s %8s\n", "system (by agreement)", "mean F1", "gold F1");
    double bestF1 = 0.0;
    QString best;
    for (const qsizetype l : order) {
        const double score = f1(systems.at(l).spans);
        std::printf("%-20s %10.4f %8.2f\n", qPrintable(systems.at(l).name), agreement.mean.at(l), score);
        if (score > bestF1) {
            bestF1 = score;
            best = systems.at(l).name;
        }
    }

    std::printf("\n%-44s %8s %16s %10s\n", "labelling", "F1", "calls/document", "escalated");
    std::printf("%-44s %8.2f %16.3f %10s\n", qPrintable(u"best single system by gold (%1)"_s.arg(best)),
        bestF1, 1.0, "-");
    std::printf("%-44s %8.2f %16.3f %10s\n",
        qPrintable(u"most agreeing system (%1)"_s.arg(systems.at(order.first()).name)),
        f1(systems.at(order.first()).spans), 1.0, "-");
    const double all = f1(Aggregator::aggregate(grid, systems, {}));
    std::printf("%-44s %8.2f %16.3f %10s\n", "default aggregate (weighted) of all seven", all,
        double(systems.size()), "-");
    const QList<AnnotatorLayer> ordered = Cascade::ordered(systems, order);
    for (int first = 2; first < systems.size(); ++first) {
        const Cascade::Result result = Cascade::run(grid, ordered, {.first = first, .aggregate = {}});
        std::printf("%-44s %8.2f %16.3f %5lld (%.1f%%)\n", qPrintable(u"cascade, K = %1"_s.arg(first)),
            f1(result.spans), result.callsPerDocument(), static_cast<long long>(result.escalatedCount()),
            100.0 * result.escalatedShare());
    }

    // The order above is measured on the whole corpus, which a real cascade does not have: it takes
    // the order of the pilot's rounds. Here the order of a pilot-sized batch (25 documents drawn
    // at random, seeded) instead, for five seeds: how much the figures rest on the order.
    std::printf("\norder from 25 random documents (a pilot batch) instead of the corpus:\n");
    for (const std::uint64_t seed : {42, 43, 44, 45, 46}) {
        SeededRandom random(seed);
        QSet<qsizetype> batch;
        while (batch.size() < 25) {
            batch.insert(qsizetype(random.below(std::uint64_t(documents))));
        }
        const QList<qsizetype> batchOrder =
            Cascade::agreementOrder(grid, restricted(systems, batch, documents));
        const QList<AnnotatorLayer> batchOrdered = Cascade::ordered(systems, batchOrder);
        QStringList names;
        for (const AnnotatorLayer &layer : batchOrdered) {
            names.append(layer.name);
        }
        std::printf(
            "  seed %llu: %s\n", static_cast<unsigned long long>(seed), qPrintable(names.join(u", "_s)));
        for (const int first : {2, 3}) {
            const Cascade::Result result =
                Cascade::run(grid, batchOrdered, {.first = first, .aggregate = {}});
            std::printf("    K = %d: F1 %.2f, %.3f calls/document, %.1f%% escalated\n", first,
                f1(result.spans), result.callsPerDocument(), 100.0 * result.escalatedShare());
        }
    }
    return 0;
}
