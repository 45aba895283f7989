// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
// Writes the seed for fuzz_project: a small project with every kind of row the workbench
// stores (corpus, gold and system layers, a curation edit, a pilot run with guideline versions,
// a round, a proposal and a call). Usage: fuzz_project_seed CONLL OUT.dzn
#include "store/calllogrepository.h"
#include "store/layerrepository.h"
#include "store/pilotrepository.h"
#include "store/projectimporter.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Core;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fputs("usage: fuzz_project_seed CONLL OUT.dzn\n", stderr);
        return 2;
    }
    const QString conll = QString::fromLocal8Bit(argv[1]);
    const QString out = QString::fromLocal8Bit(argv[2]);
    QFile::remove(out);
    auto store = ProjectStore::create(out, false);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
        return 1;
    }
    for (const auto &[kind, name] :
        {std::pair{LayerKind::Gold, u"gold"_s}, std::pair{LayerKind::System, u"system"_s}}) {
        if (!ProjectImporter::import(**store, {conll, kind, AnnotationFormat::Conll, name}, {})) {
            std::fputs("import failed\n", stderr);
            return 1;
        }
    }
    LayerRepository layers(**store);
    const qint64 system = layers.find(u"system"_s)->id;
    const Span added{0, 4, u"person"_s};
    const bool edited = layers.insertSpan(system, 0, added) && layers.removeSpan(system, 0, added)
        && layers.undo(system).has_value();

    PilotRepository pilot(**store);
    const auto run = pilot.saveRun(QJsonObject{{u"goal"_s, u"Tag people."_s}});
    Guideline guideline;
    guideline.goal = u"Tag people and places."_s;
    const bool first = run && pilot.saveGuideline(guideline, QJsonObject{{u"source"_s, u"seed"_s}});
    guideline.version = 1;
    guideline.common = {Instruction{u"Boundaries"_s, u"Leave titles out."_s, {}, {}, {}}};
    RoundSummary round;
    round.round = 0;
    round.poolAgreement = 0.5;
    round.batch = {0, 1, 2};
    Proposal proposal;
    proposal.round = 0;
    ProposalChange change;
    change.id = 1;
    change.target = u"common"_s;
    change.text = u"Leave titles out."_s;
    change.rationale = u"titles split the annotators"_s;
    change.patterns = {u"titles in names"_s};
    proposal.changes = {change};
    const bool pilotRows = first && pilot.saveRound(*run, round) && pilot.saveProposal(*run, proposal)
        && pilot.saveGuideline(guideline, QJsonObject{{u"round"_s, 0}});
    const bool called = CallLogRepository(**store)
                            .record({.created = QDateTime::currentDateTimeUtc(),
                                .endpoint = u"http://127.0.0.1:1/v1"_s,
                                .model = u"m"_s,
                                .requestHash = u"0123abcd"_s,
                                .annotator = u"a"_s,
                                .roundId = 0,
                                .failure = {},
                                .promptTokens = 10,
                                .completionTokens = 2,
                                .reasoningTokens = 0,
                                .cost = 0.0,
                                .durationMs = 5,
                                .request = "POST /v1/chat/completions",
                                .response = R"({"choices": []})"})
                            .has_value();
    if (!edited || !pilotRows || !called || !(*store)->compact()) {
        std::fputs("writing the seed failed\n", stderr);
        return 1;
    }
    return 0;
}
