// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
// Read, parse and score a one-million-token CoNLL pair against its floor, measured in the same
// run: reading the same bytes and splitting them into lines once. Two paths, side by side: the
// streaming scorer `diziner-cli score` uses (ConllPairScorer), and reading both files into
// documents then pairing and scoring spans (ConllReader, PositionalPairing, SpanScorer), which is
// what importing a layer costs. The pair is the WNUT-17 test gold and UH-RiTUAL's output, each
// repeated to a million tokens.
// Usage: bench_conll [REPEATS]   (default 5; medians are printed)
#include "benchsupport.h"
#include "formats/conllreader.h"
#include "formats/positionalpairing.h"
#include "metrics/conllpairscorer.h"
#include "metrics/spanscorer.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Core;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int repeats = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 5;
    const QString wnut = QStringLiteral(WORKBENCH_SHARED_DATA) + u"/wnut17/"_s;
    QTemporaryDir dir;
    const QString goldPath = dir.filePath(u"gold.conll"_s);
    const QString predPath = dir.filePath(u"pred.conll"_s);
    constexpr int copies = 43; // 43 x 23,394 tokens = 1,005,942
    Bench::writeFile(goldPath, Bench::repeatedFile(wnut + u"emerging.test.annotated"_s, copies));
    Bench::writeFile(predPath, Bench::repeatedFile(wnut + u"submissions/uh_ritual"_s, copies));

    QList<double> floor;
    QList<double> streaming;
    QList<double> full;
    QList<double> reading;
    QList<double> pairing;
    QList<double> scoring;
    qsizetype tokens = 0;
    double f1 = 0;
    qsizetype checksum = 0;
    for (int r = 0; r < repeats; ++r) { // interleaved, so both see the same machine state
        floor.append(Bench::millis(
            [&] { checksum += Bench::readAndSplit(goldPath) + Bench::readAndSplit(predPath); }));
        double streamedF1 = 0;
        streaming.append(Bench::millis([&] {
            const auto scored = ConllPairScorer::scoreFiles(goldPath, predPath, 0);
            if (!scored) {
                std::fprintf(stderr, "%s\n", qPrintable(scored.error().toString()));
                std::exit(1);
            }
            streamedF1 = scored->table.overall.f1();
        }));
        double readMs = 0;
        double pairMs = 0;
        double scoreMs = 0;
        full.append(Bench::millis([&] {
            std::expected<ConllData, ParseError> gold;
            std::expected<ConllData, ParseError> pred;
            readMs = Bench::millis([&] {
                gold = ConllReader::readFile(goldPath, {});
                pred = ConllReader::readFile(predPath, {});
            });
            if (!gold || !pred) {
                std::fprintf(stderr, "parse failed\n");
                std::exit(1);
            }
            std::expected<PositionalPairing::Result, ParseError> paired;
            pairMs =
                Bench::millis([&] { paired = PositionalPairing::pair(*gold, goldPath, *pred, predPath); });
            if (!paired) {
                std::fprintf(stderr, "%s\n", qPrintable(paired.error().toString()));
                std::exit(1);
            }
            scoreMs = Bench::millis([&] { f1 = SpanScorer::score(gold->spans, paired->spans).overall.f1(); });
            tokens = 0;
            for (const Document &document : gold->documents) {
                tokens += document.tokenCount();
            }
        }));
        if (streamedF1 != f1) {
            std::fprintf(stderr, "the two paths disagree: F1 %.6f vs %.6f\n", streamedF1, f1);
            std::exit(1);
        }
        reading.append(readMs);
        pairing.append(pairMs);
        scoring.append(scoreMs);
    }
    const double floorMs = Bench::median(floor);
    const double fullMs = Bench::median(full);
    const double streamingMs = Bench::median(streaming);
    std::printf("CoNLL pair, %lld tokens each (%lld MB together), median of %d runs\n",
        static_cast<long long>(tokens),
        static_cast<long long>((QFile(goldPath).size() + QFile(predPath).size()) / 1000000), repeats);
    std::printf("  floor: read + split into lines        %8.1f ms\n", floorMs);
    std::printf("  score (streaming, diziner-cli score)  %8.1f ms  %6.2fx the floor (target < 3x)\n",
        streamingMs, streamingMs / floorMs);
    std::printf("  read into documents + pair + score    %8.1f ms  %6.2fx the floor  (F1 %.2f, both paths)\n",
        fullMs, fullMs / floorMs, 100 * f1);
    std::printf("    of which reading both files %8.1f ms, pairing %.1f ms, scoring %.1f ms\n",
        Bench::median(reading), Bench::median(pairing), Bench::median(scoring));
    return checksum > 0 ? 0 : 1;
}
