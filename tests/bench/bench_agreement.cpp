// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
//
// Agreement matrix, disagreement analysis, reports and aggregation for eight layers over about
// one million tokens: WNUT-17's gold and seven systems, the 1287 documents repeated. Prints
// figures; asserts nothing. Usage: bench_agreement [MIN_TOKENS]
#include "benchsupport.h"
#include "metrics/aggregator.h"
#include "metrics/agreementanalysis.h"
#include "metrics/corpusanalysis.h"
#include "metrics/disagreementanalysis.h"
#include "metrics/erroranalysis.h"
#include "metrics/reportwriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Core;

using Bench::millis;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qsizetype minTokens = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1'000'000;
    const QList<CorpusImporter::Source> sources = Bench::wnutSources();
    std::expected<ImportedCorpus, ParseError> corpus;
    const double importMs = millis([&] { corpus = CorpusImporter::import(sources, {}); });
    if (!corpus) {
        std::fprintf(stderr, "%s\n", qPrintable(corpus.error().toString()));
        return 1;
    }

    // The window's analysis of the WNUT-17 sample as MainWindow::analyse runs it (seven systems
    // compared, gold scored, hotspots, per-document figures, alpha and Fleiss' kappa), off the UI
    // thread, at a few bootstrap sizes: the window takes the CLI's default.
    {
        const TokenGrid sample(corpus->documents);
        QList<AnnotatorLayer> systems;
        std::optional<DocumentSpans> gold;
        for (const ImportedLayer &layer : std::as_const(corpus->layers)) {
            if (layer.kind == LayerKind::Gold) {
                gold = layer.spans;
            } else {
                systems.append({layer.name, layer.spans, layer.uncoveredDocuments});
            }
        }
        for (const int resamples : {0, 200, Statistics::defaultBootstrapResamples}) {
            QList<double> runs;
            for (int run = 0; run < 3; ++run) {
                runs.append(millis([&] {
                    (void)CorpusAnalysis::run(sample, systems, gold,
                        {.agreement = {.bootstrapSamples = resamples},
                            .reliability = ReliabilityAnalysis::Options{.bootstrapSamples = resamples}});
                }));
            }
            std::printf("the window's analysis of the sample (23394 tokens, 7 systems + gold), %d resamples: "
                        "%.1f ms (median of 3)\n",
                resamples, Bench::median(runs));
        }
    }

    // Repeat the documents until the corpus holds minTokens; every layer repeats with them.
    QList<Document> documents;
    QList<AnnotatorLayer> layers(corpus->layers.size());
    qsizetype tokens = 0;
    while (tokens < minTokens) {
        for (qsizetype d = 0; d < corpus->documents.size(); ++d) {
            documents.append(corpus->documents.at(d));
            tokens += corpus->documents.at(d).tokenCount();
        }
        for (qsizetype l = 0; l < corpus->layers.size(); ++l) {
            layers[l].name = corpus->layers.at(l).name;
            layers[l].spans.append(corpus->layers.at(l).spans);
        }
    }
    std::optional<TokenGrid> grid;
    const double gridMs = millis([&] { grid.emplace(documents); });
    std::printf("import of the 8 WNUT-17 files (1287 documents, 23394 tokens each): %.1f ms\n", importMs);
    std::printf("corpus: %lld documents, %lld tokens, %lld layers (token grid %.1f ms)\n",
        static_cast<long long>(documents.size()), static_cast<long long>(tokens),
        static_cast<long long>(layers.size()), gridMs);

    AgreementResult agreement;
    const double matrixMs = millis([&] {
        agreement = AgreementAnalysis::compute(*grid, layers, std::nullopt, {.bootstrapSamples = 0});
    });
    std::printf("agreement matrix, kappa, weights, elite (no bootstrap): %.1f ms\n", matrixMs);
    for (const int samples : {100, 1000}) {
        const double ms = millis([&] {
            (void)AgreementAnalysis::compute(*grid, layers, std::nullopt, {.bootstrapSamples = samples});
        });
        std::printf("  with a %d-sample bootstrap: %.1f ms\n", samples, ms);
    }
    DisagreementResult disagreement;
    const double hotspotMs = millis([&] {
        disagreement = DisagreementAnalysis::analyse(*grid, layers, agreement.weights, agreement.elite, {});
    });
    std::printf("disagreement analysis (hotspots, classes): %.1f ms (%lld hot tokens, %lld blocks)\n",
        hotspotMs, static_cast<long long>(disagreement.hotTokens),
        static_cast<long long>(disagreement.blocks.size()));
    qsizetype reportBytes = 0;
    const double reportMs = millis([&] {
        reportBytes += ReportWriter::hotspotReport(*grid, disagreement, {}).size();
        const DocumentSpans reference = Aggregator::aggregate(
            *grid, layers, {.method = Aggregator::Method::Plurality, .minVotes = 0, .weights = {}});
        for (const AnnotatorLayer &layer : layers) {
            reportBytes += ReportWriter::annotatorReport(
                *grid, layer.name, u"majority"_s, ErrorAnalysis::compare(reference, layer.spans), {})
                               .size();
        }
    });
    std::printf("reports (hotspots + 8 annotator reports, reference included): %.1f ms\n", reportMs);
    std::printf("matrix + hotspot analysis: %.1f ms (target: under 1000 ms)\n", matrixMs + hotspotMs);
    // The floor: the eight files at the same size, read and split into lines once.
    QTemporaryDir dir;
    const int copies = int(documents.size() / corpus->documents.size());
    qsizetype floorLines = 0;
    for (const CorpusImporter::Source &source : sources) {
        const QString path = dir.filePath(QFileInfo(source.path).fileName());
        Bench::writeFile(path, Bench::repeatedFile(source.path, copies));
    }
    const double floorMs = millis([&] {
        for (const CorpusImporter::Source &source : sources) {
            floorLines += Bench::readAndSplit(dir.filePath(QFileInfo(source.path).fileName()));
        }
    });
    std::printf("floor: the 8 files (%d copies each) read and split into lines: %.1f ms; "
                "matrix + hotspots = %.2fx the floor\n",
        copies, floorMs, (matrixMs + hotspotMs) / floorMs);
    for (const Aggregator::Method method :
        {Aggregator::Method::Plurality, Aggregator::Method::SpanVote, Aggregator::Method::Weighted}) {
        const double ms = millis([&] {
            (void)Aggregator::aggregate(
                *grid, layers, {.method = method, .minVotes = 0, .weights = agreement.weights});
        });
        std::printf("aggregate %-10s %.1f ms\n", qPrintable(Aggregator::methodName(method)), ms);
    }
    return reportBytes > 0 && floorLines > 0 ? 0 : 1;
}
