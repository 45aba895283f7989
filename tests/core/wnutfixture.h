// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

// The seven WNUT-17 shared-task systems as annotator layers on the gold's tokens, for metric tests.
#include "formats/corpusimporter.h"
#include "metrics/annotatorlayer.h"
#include "model/tokengrid.h"

#include <QTest>

#include <optional>

struct WnutFixture
{
    QList<Workbench::Core::Document> documents;
    QList<Workbench::Core::AnnotatorLayer> systems;
    Workbench::Core::DocumentSpans gold;

    static std::optional<WnutFixture> load()
    {
        using namespace Workbench::Core;
        const QString dir = QStringLiteral(WORKBENCH_SHARED_DATA) + QStringLiteral("/wnut17/");
        QList<CorpusImporter::Source> sources{
            {dir + QStringLiteral("emerging.test.annotated"), LayerKind::Gold, {}}};
        for (const char *system : {"arcada", "drexel_cci", "flytxt", "mic-cis.txt", "sjtu_adapt.txt",
                 "spinningbytes.txt", "uh_ritual"}) {
            sources.append(
                {dir + QStringLiteral("submissions/") + QLatin1String(system), LayerKind::System, {}});
        }
        const auto corpus = CorpusImporter::import(sources, {});
        if (!corpus) {
            qWarning("%s", qPrintable(corpus.error().toString()));
            return std::nullopt;
        }
        WnutFixture fixture;
        fixture.documents = corpus->documents;
        fixture.gold = corpus->layers.first().spans;
        for (qsizetype l = 1; l < corpus->layers.size(); ++l) {
            fixture.systems.append({corpus->layers.at(l).name, corpus->layers.at(l).spans});
        }
        return fixture;
    }
};
