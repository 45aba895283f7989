// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
//
// A project writer for the crash test: store-writer PATH DATA opens PATH (creating it from DATA,
// a CoNLL file, when missing) and then writes forever, one transaction per action: every fifth
// action adds a layer with all of DATA's spans, the others record an LLM call. After each commit
// it prints "committed N" and flushes, so the test knows exactly what must have survived.
#include "formats/corpusimporter.h"
#include "store/calllogrepository.h"
#include "store/layerrepository.h"
#include "store/projectimporter.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Core;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fputs("usage: store-writer PATH DATA\n", stderr);
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const QString data = QString::fromLocal8Bit(argv[2]);
    const bool exists = QFileInfo::exists(path);
    auto store = exists ? ProjectStore::open(path, ProjectStore::Access::ReadWrite)
                        : ProjectStore::create(path, false);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
        return 1;
    }
    if (!exists) {
        auto imported =
            ProjectImporter::import(**store, {data, LayerKind::Gold, AnnotationFormat::Conll, u"gold"_s}, {});
        if (!imported) {
            std::fputs("import failed\n", stderr);
            return 1;
        }
    }
    LayerRepository layers(**store);
    const ImportedLayer gold{.name = {},
        .kind = LayerKind::System,
        .provenance = {},
        .spans = *layers.spans(layers.find(u"gold"_s)->id, 1287),
        .loss = {},
        .unalignedTokens = 0,
        .substitutedTokens = 0};
    CallLogRepository calls(**store);
    const qint64 start = calls.totals().calls + qint64(layers.list()->size());
    std::printf("ready\n");
    std::fflush(stdout);
    for (qint64 n = start;; ++n) {
        if (n % 5 == 0) {
            ImportedLayer layer = gold;
            layer.name = u"layer-%1"_s.arg(n);
            if (!layers.add(layer)) {
                return 1;
            }
        } else {
            const LlmCallRecord call{.id = 0,
                .created = QDateTime::currentDateTimeUtc(),
                .endpoint = u"http://127.0.0.1:1/v1"_s,
                .model = u"m"_s,
                .requestHash = u"hash-%1"_s.arg(n),
                .annotator = u"a"_s,
                .document = u"doc-%1"_s.arg(n % 7),
                .roundId = 0,
                .failure = {},
                .promptTokens = 100,
                .completionTokens = 20,
                .reasoningTokens = 0,
                .cost = 0.001,
                .durationMs = 5,
                .request = QByteArray(2000, 'q'),
                .response = QByteArray(500, 'r')};
            if (!calls.record(call)) {
                return 1;
            }
        }
        std::printf("committed %lld\n", static_cast<long long>(n));
        std::fflush(stdout);
    }
}
