// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
//
// Project-file budgets: importing wnut17train.conll, opening a one-million-token project with
// eight layers, loading one document's layers, and the file size per million tokens. Prints
// figures; asserts nothing. Usage: bench_store [DIR]
#include "benchsupport.h"
#include "store/corpusrepository.h"
#include "store/layerrepository.h"
#include "store/projectimporter.h"

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
    QTemporaryDir temporary;
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : temporary.path();
    const QString data = QStringLiteral(WORKBENCH_SHARED_DATA);

    // 1. Import of the WNUT-17 training file into a new project.
    {
        const QString path = dir + u"/train.dzn"_s;
        auto store = ProjectStore::create(path, true);
        const double ms = millis([&] {
            (void)ProjectImporter::import(
                **store, {data + u"/wnut17/wnut17train.conll"_s, LayerKind::Gold, {}, u"gold"_s}, {});
        });
        std::printf("import wnut17train.conll (62730 tokens) into a project: %.1f ms (budget 2000 ms)\n", ms);
    }

    // 2. A one-million-token project with eight layers: WNUT-17 test, gold and seven systems, repeated.
    const QString big = dir + u"/million.dzn"_s;
    const qsizetype tokens = Bench::writeMillionTokenProject(big);
    const double megabytes = double(QFileInfo(big).size()) / 1e6;
    std::printf("file size: %.1f MB for %lld tokens (%.1f MB per million tokens)\n", megabytes,
        static_cast<long long>(tokens), megabytes * 1e6 / double(tokens));

    qsizetype spans = 0;
    std::unique_ptr<ProjectStore> store;
    QList<Document> documents;
    const double openMs = millis([&] {
        store = std::move(*ProjectStore::open(big, ProjectStore::Access::ReadWrite));
        documents = *CorpusRepository(*store).load();
    });
    LayerRepository layers(*store);
    const double layersMs = millis([&] {
        const auto list = layers.list(); // named: a range-for over *temporary would dangle
        for (const LayerRepository::StoredLayer &layer : *list) {
            const auto layerSpans = layers.spans(layer.id, documents.size());
            for (const QList<Span> &documentSpans : *layerSpans) {
                spans += documentSpans.size();
            }
        }
    });
    std::printf("open (checks, corpus loaded): %.1f ms; all eight layers loaded (%lld spans): %.1f ms; "
                "together %.1f ms (budget 1000 ms)\n",
        openMs, static_cast<long long>(spans), layersMs, openMs + layersMs);
    // The floor: the project file's bytes read (and split into lines, as for the text formats) once.
    qsizetype floorCount = 0;
    const double floorMs = millis([&] { floorCount = Bench::readAndSplit(big); });
    std::printf("floor: the %.1f MB file read and split once: %.1f ms; open + all layers = %.2fx the floor\n",
        megabytes, floorMs, (openMs + layersMs) / floorMs);
    double worst = 0.0;
    double total = 0.0;
    const int samples = 200;
    for (int i = 0; i < samples; ++i) {
        const qsizetype document = (qsizetype(i) * 7919) % documents.size();
        const double ms = millis([&] { (void)layers.documentSpans(document); });
        worst = std::max(worst, ms);
        total += ms;
    }
    std::printf("one document's layers for display: mean %.3f ms, worst %.3f ms of %d (budget 20 ms)\n",
        total / samples, worst, samples);
    return floorCount > 0 ? 0 : 1;
}
