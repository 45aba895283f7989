// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

// What the benchmark programs share: a wall-clock timer, the floor every figure is compared with
// (reading the same bytes and splitting them into lines once) and the WNUT-17 files as layer sources.
#include "formats/corpusimporter.h"
#include "store/corpusrepository.h"
#include "store/layerrepository.h"
#include "store/projectstore.h"

#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace Bench {

//! Milliseconds \a work takes, by the monotonic clock.
template<typename F>
double millis(F &&work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

//! The middle value of \a values (the upper one of an even count).
inline double median(QList<double> values)
{
    std::ranges::sort(values);
    return values.at(values.size() / 2);
}

//! The file's bytes \a times over, a blank line between copies so sentences stay apart.
inline QByteArray repeatedFile(const QString &path, const int times)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        std::exit(1);
    }
    QByteArray bytes = file.readAll();
    while (bytes.endsWith('\n') || bytes.endsWith('\r')) {
        bytes.chop(1); // files end with and without a blank line; every copy ends with exactly one
    }
    bytes += "\n\n";
    return bytes.repeated(times);
}

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        std::exit(1);
    }
}

//! The floor: reads the file and splits its bytes into lines once; returns a count so the work
//! cannot be optimised away.
inline qsizetype readAndSplit(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray bytes = file.readAll();
    qsizetype lines = 0;
    qsizetype nonEmpty = 0;
    for (qsizetype start = 0; start < bytes.size();) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0) {
            end = bytes.size();
        }
        nonEmpty += QByteArrayView(bytes.constData() + start, end - start).trimmed().isEmpty() ? 0 : 1;
        ++lines;
        start = end + 1;
    }
    return lines + nonEmpty;
}

//! The WNUT-17 test gold, then the seven shared-task systems.
inline QList<Workbench::Core::CorpusImporter::Source> wnutSources()
{
    using namespace Workbench::Core;
    const QString dir = QStringLiteral(WORKBENCH_SHARED_DATA) + QStringLiteral("/wnut17/");
    QList<CorpusImporter::Source> sources{{dir + QStringLiteral("emerging.test.annotated"), LayerKind::Gold}};
    for (const char *system : {"arcada", "drexel_cci", "flytxt", "mic-cis.txt", "sjtu_adapt.txt",
             "spinningbytes.txt", "uh_ritual"}) {
        sources.append({dir + QStringLiteral("submissions/") + QLatin1String(system)});
    }
    return sources;
}

//! Writes the one-million-token, eight-layer project (WNUT-17 test, gold and seven systems,
//! repeated) to \a path and prints how long writing took; returns its token count.
inline qsizetype writeMillionTokenProject(const QString &path)
{
    using namespace Workbench::Core;
    const auto corpus = CorpusImporter::import(wnutSources(), {});
    if (!corpus) {
        std::fprintf(stderr, "%s\n", qPrintable(corpus.error().toString()));
        std::exit(1);
    }
    QList<Document> documents;
    QList<ImportedLayer> layers = corpus->layers;
    for (ImportedLayer &layer : layers) {
        layer.spans.clear();
    }
    qsizetype tokens = 0;
    while (tokens < 1'000'000) {
        documents.append(corpus->documents);
        for (const Document &document : corpus->documents) {
            tokens += document.tokenCount();
        }
        for (qsizetype l = 0; l < layers.size(); ++l) {
            layers[l].spans.append(corpus->layers.at(l).spans);
        }
    }
    auto store = ProjectStore::create(path, true);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
        std::exit(1);
    }
    const double ms = millis([&] {
        (void)CorpusRepository(**store).save(documents);
        for (const ImportedLayer &layer : layers) {
            (void)LayerRepository(**store).add(layer);
        }
    });
    std::printf("write %lld documents, %lld tokens, 8 layers: %.1f ms\n",
        static_cast<long long>(documents.size()), static_cast<long long>(tokens), ms);
    (void)(*store)->compact();
    return tokens;
}

} // namespace Bench
