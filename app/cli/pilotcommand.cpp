// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "pilotcommand.h"

#include "base/countednoun.h"
#include "costwords.h"
#include "formats/corpusimporter.h"
#include "pilot/pilotoutput.h"
#include "pilot/pilotrun.h"
#include "pilotkeys.h"
#include "session/pilotproject.h"
#include "session/pilotsession.h"
#include "store/pilotrepository.h"
#include "verbparser.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Core;

namespace Workbench::Cli {

namespace {

// Runs \a pilot to its stop through \a session and turns the outcome into the exit code.
// In \a format json, one object on stdout says where the pilot stopped:
// {"status": "finished" | "awaiting_decision" | "failed", "reason", "error", "rounds": [...],
//  "guideline_version", "final_labelling": "done" | "failed" | "skipped" | null, "final_note",
//  "final": {...} | null, "proposal": {..., "cap_use"} | null, "failed_pieces"}.
int runToStop(PilotSession &session, PilotRun &pilot, ProjectStore &store, const qint64 runId,
    const OutputFormat format, const std::function<void()> &begin)
{
    QEventLoop loop;
    int exitCode = ExitSuccess;
    const bool json = format == OutputFormat::Json;
    const auto say = [json](const QString &line) {
        if (!json) {
            CliOutput::text(line);
        }
    };
    QJsonObject stop{{u"status"_s, u"failed"_s}, {u"reason"_s, QJsonValue::Null},
        {u"error"_s, QJsonValue::Null}, {u"final_labelling"_s, QJsonValue::Null},
        {u"final_note"_s, QJsonValue::Null}, {u"final"_s, QJsonValue::Null},
        {u"proposal"_s, QJsonValue::Null}};
    QObject::connect(&pilot, &PilotRun::progress, &loop, [](PilotRun::Phase phase, int done, int total) {
        if (done == total) {
            CliOutput::diagnostic(
                u"diziner-cli: %1: %2/%3"_s.arg(PilotRun::phaseName(phase)).arg(done).arg(total));
        }
    });
    QObject::connect(
        &session, &PilotSession::layerRenamed, &loop, [&store](const QString &from, const QString &to) {
            CliOutput::diagnostic(
                u"%1:1: warning: the layer '%2' was renamed '%3': a round layer of the pilot "
                u"takes its name; the layer itself is kept"_s.arg(store.path(), from, to));
        });
    QObject::connect(&pilot, &PilotRun::itemFailed, &loop, [&store](const FailedItem &failure) {
        CliOutput::diagnostic(u"%1:1: warning: %2 could not label document %3: %4"_s.arg(
            store.path(), failure.annotator, failure.document, failure.error));
    });
    QObject::connect(&pilot, &PilotRun::estimated, &loop,
        [&pilot](int round, qint64 callCount, qint64 tokens, const Cost &cost) {
            // What was spent counts priced calls only: nothing priced yet says nothing, not 0 USD.
            const QString spent = pilot.spent() > 0.0
                ? u" (spent so far on priced calls %1 USD)"_s.arg(pilot.spent(), 0, 'f', 4)
                : QString();
            CliOutput::diagnostic(u"diziner-cli: round %1: %2, at most %3, about %4%5"_s.arg(
                QString::number(round), CountedNoun::of(callCount, u"call"_s),
                CountedNoun::of(tokens, u"token"_s), CostWords::of(cost), spent));
        });
    QObject::connect(&pilot, &PilotRun::roundAnalysed, &loop, [](const RoundSummary &summary) {
        CliOutput::diagnostic(
            u"diziner-cli: round %1: pool agreement %2 [%3, %4]%5%6"_s.arg(summary.round)
                .arg(summary.poolAgreement, 0, 'f', 3)
                .arg(summary.poolInterval().first, 0, 'f', 3)
                .arg(summary.poolInterval().second, 0, 'f', 3)
                .arg(summary.alphaBio.value
                        ? u"; Krippendorff's alpha %1"_s.arg(*summary.alphaBio.value, 0, 'f', 3)
                        : QString())
                .arg(summary.improvement
                        ? u"; improvement %1 [%2, %3] over round %4"_s.arg(*summary.improvement, 0, 'f', 3)
                              .arg(summary.improvementInterval->first, 0, 'f', 3)
                              .arg(summary.improvementInterval->second, 0, 'f', 3)
                              .arg(summary.round - 1)
                        : QString()));
    });
    QString finalLine;
    QObject::connect(&pilot, &PilotRun::finalLabelled, &loop,
        [&](const FinalChoice &choice, const DocumentSpans &, const std::optional<double> f1) {
            QJsonObject final = choice.toJson();
            final.insert(u"f1"_s, f1 ? QJsonValue(*f1) : QJsonValue(QJsonValue::Null));
            stop.insert(u"final"_s, final);
            finalLine =
                u"final labelling: the whole pool by %1 under guideline v%2%3 (%4)\n"_s.arg(choice.annotator)
                    .arg(choice.guidelineVersion)
                    .arg(f1 ? u", F1 against gold %1"_s.arg(*f1, 0, 'f', 4) : QString(), choice.reason);
        });
    const auto warnUnmatched = [&store](const Proposal &proposal) {
        for (const UnmatchedInstructions &entry : proposal.unmatched) {
            CliOutput::diagnostic(
                u"%1:1: warning: the supervisor wrote %2 instructions for '%3', who is not in "
                u"the pool; they are kept in the proposal, not applied"_s.arg(store.path())
                    .arg(entry.instructions.size())
                    .arg(entry.name));
        }
    };
    QObject::connect(&pilot, &PilotRun::nothingProposed, &loop, [warnUnmatched](const Proposal &proposal) {
        CliOutput::diagnostic(
            u"diziner-cli: round %1: the supervisor proposed no change"_s.arg(proposal.round));
        warnUnmatched(proposal);
    });
    QObject::connect(&pilot, &PilotRun::proposalReady, &loop, warnUnmatched);
    QObject::connect(&session, &PilotSession::stopped, &loop,
        [&](const PilotSession::Outcome outcome, const QString &detail) {
            switch (outcome) {
            case PilotSession::Outcome::Finished:
                stop.insert(u"status"_s, u"finished"_s);
                stop.insert(u"reason"_s, detail);
                stop.insert(u"final_labelling"_s,
                    pilot.finalOutcome() == PilotRun::FinalOutcome::Done         ? u"done"_s
                        : pilot.finalOutcome() == PilotRun::FinalOutcome::Failed ? u"failed"_s
                                                                                 : u"skipped"_s);
                stop.insert(u"final_note"_s, pilot.finalNote());
                say(u"pilot finished (%1) after %2; guideline version %3\n"_s.arg(detail,
                    CountedNoun::of(pilot.history().size(), u"round"_s),
                    QString::number(pilot.guideline().version)));
                exitCode = ExitSuccess;
                switch (pilot.finalOutcome()) {
                case PilotRun::FinalOutcome::Done:
                    say(finalLine);
                    if (const qsizetype failed = pilot.failedItems().size(); failed > 0) {
                        // The labels are incomplete: the user must know, and can finish them.
                        say(u"final labelling: %1 could not be labelled; label them "
                            u"again with 'diziner-cli label'\n"_s.arg(CountedNoun::of(failed, u"piece"_s)));
                        exitCode = ExitFailure;
                    }
                    break;
                case PilotRun::FinalOutcome::Failed:
                    say(u"final labelling failed: %1; label the corpus with 'diziner-cli "
                        u"label'\n"_s.arg(pilot.finalNote()));
                    exitCode = ExitFailure;
                    break;
                case PilotRun::FinalOutcome::NotYet:
                case PilotRun::FinalOutcome::Skipped:
                    say(u"final labelling skipped: %1\n"_s.arg(pilot.finalNote()));
                    break;
                }
                break;
            case PilotSession::Outcome::AwaitingDecision: {
                const Proposal proposal = PilotRepository(store).pendingProposal(runId).value_or(Proposal{});
                QJsonObject proposalJson = proposal.toJson();
                proposalJson.insert(
                    u"cap_use"_s, proposal.capUse(pilot.guideline()).toJson(pilot.config().knobs.changeCap));
                stop.insert(u"status"_s, u"awaiting_decision"_s);
                stop.insert(u"proposal"_s, proposalJson);
                say(u"round %1: %2 proposed; decide them with 'diziner-cli decide'\n"_s.arg(
                    QString::number(proposal.round), CountedNoun::of(proposal.changes.size(), u"change"_s)));
                if (const Proposal::CapUse cap = proposal.capUse(pilot.guideline()); cap.existingWords > 0) {
                    say(u"round %1: edits and removals change %2 of the %3 words of the existing "
                        u"instructions (%4%; the cap is %5%)\n"_s.arg(proposal.round)
                            .arg(cap.changedWords)
                            .arg(cap.existingWords)
                            .arg(cap.share() * 100, 0, 'f', 1)
                            .arg(pilot.config().knobs.changeCap * 100, 0, 'f', 0));
                }
                if (const qsizetype failed = pilot.failedItems().size(); failed > 0) {
                    say(u"round %1: %2 could not be labelled; send them again with "
                        u"'diziner-cli decide --retry-failed'\n"_s.arg(
                            QString::number(proposal.round), CountedNoun::of(failed, u"piece"_s)));
                }
                exitCode = ExitAwaitingHuman;
                break;
            }
            case PilotSession::Outcome::Failed:
                stop.insert(u"error"_s, detail);
                CliOutput::diagnostic(
                    detail.contains(u": error: "_s) ? detail : u"diziner-cli: error: "_s + detail);
                exitCode = ExitFailure;
                break;
            }
            if (json) {
                QJsonArray rounds;
                for (const RoundSummary &round : pilot.history()) {
                    rounds.append(round.toJson());
                }
                stop.insert(u"rounds"_s, rounds);
                stop.insert(u"guideline_version"_s, pilot.guideline().version);
                stop.insert(u"failed_pieces"_s, pilot.failedItems().size());
                CliOutput::json(stop);
            }
            loop.quit();
        });
    QMetaObject::invokeMethod(&loop, begin, Qt::QueuedConnection);
    loop.exec();
    return exitCode;
}

// Continues the project's pilot: \a prepare sets the engine's state (or says why it cannot),
// \a begin sets it going.
int continuePilot(ProjectStore &store, const QString &directory, const PilotConfig &config,
    const qint64 runId, const bool autoAccept, const OutputFormat format,
    const std::function<std::expected<void, QString>(PilotSession &, PilotRun &)> &prepare,
    const std::function<void(PilotRun &)> &begin)
{
    const auto keys = pilotKeys(config);
    if (!keys) {
        return ExitFailure;
    }
    PilotSession session(store, directory, config, runId);
    session.setAutoAccept(autoAccept);
    auto pilot = session.createRun(*keys);
    if (!pilot) {
        CliOutput::diagnostic(u"%1:1: error: %2"_s.arg(store.path(), pilot.error()));
        return ExitFailure;
    }
    if (auto prepared = prepare(session, **pilot); !prepared) {
        CliOutput::diagnostic(u"%1:1: error: %2"_s.arg(store.path(), prepared.error()));
        return ExitFailure;
    }
    return runToStop(session, **pilot, store, runId, format, [&pilot, &begin] { begin(**pilot); });
}

} // namespace

int runPilot(const QStringList &arguments)
{
    VerbParser verb(u"pilot"_s,
        u"Run the DiZiNER pilot loop: annotate a fresh batch with every annotator, measure "
        u"agreement, let the supervisor propose guideline changes. Stops at the first "
        u"proposal (exit 3) unless --auto-accept."_s);
    verb.addPositional(u"CONFIG.json"_s, u"The pilot configuration (see README)."_s);
    verb.parser().addOptions({
        {u"corpus"_s, u"The unlabelled pool (CoNLL, doccano, Prodigy or brat)."_s, u"FILE"_s},
        {u"out"_s, u"The pilot's directory: DIR/project.dzn and the round files."_s, u"DIR"_s},
        {u"gold"_s, u"Gold labels for scoring only; the loop never sees them."_s, u"FILE"_s},
        {u"rounds"_s, u"Rounds at most (default: the configuration's)."_s, u"N"_s},
        {u"auto-accept"_s, u"Accept every proposed change and run to the end."_s},
        {u"dry-run"_s, u"Write the exact prompts of round 0 to DIR/dry-run and send nothing."_s},
    });
    if (auto exit = verb.parse(arguments, 1, 1)) {
        return *exit;
    }
    const QCommandLineParser &p = verb.parser();
    if (!p.isSet(u"corpus"_s) || !p.isSet(u"out"_s)) {
        return CliOutput::usageError(verb.verb(), u"--corpus and --out are required"_s);
    }
    const auto rounds = verb.number(u"rounds"_s, 0, 1);
    if (!rounds) {
        return ExitUsage;
    }
    const QString configPath = verb.positional().first();
    QFile configFile(configPath);
    if (!configFile.open(QIODevice::ReadOnly)) {
        CliOutput::diagnostic(
            u"%1:1: error: cannot open the file: %2"_s.arg(configPath, configFile.errorString()));
        return ExitFailure;
    }
    int line = 1;
    auto config = PilotConfig::fromJson(configFile.readAll(), &line);
    if (!config) {
        CliOutput::diagnostic(u"%1:%2: error: %3"_s.arg(configPath).arg(line).arg(config.error()));
        return ExitFailure;
    }
    if (*rounds > 0) {
        config->knobs.rounds = int(*rounds);
    }
    const QString directory = p.value(u"out"_s);
    const QString projectPath = QDir(directory).filePath(u"project.dzn"_s);
    if (QFileInfo::exists(projectPath)) {
        CliOutput::diagnostic(
            u"%1:1: error: this directory holds a pilot already; continue it with 'diziner-cli "
            u"decide %2'"_s.arg(projectPath, directory));
        return ExitFailure;
    }
    if (!QDir().mkpath(directory)) {
        CliOutput::diagnostic(u"%1:1: error: cannot create the directory"_s.arg(directory));
        return ExitFailure;
    }
    const auto keys = p.isSet(u"dry-run"_s)
        ? std::optional<QHash<QString, QString>>(QHash<QString, QString>{})
        : pilotKeys(*config);
    if (!keys) {
        return ExitFailure;
    }
    auto created = PilotProject::create(projectPath, p.value(u"corpus"_s), p.value(u"gold"_s), *config);
    if (!created) {
        if (const auto *parse = std::get_if<ParseError>(&created.error())) {
            CliOutput::diagnostic(parse->toString());
            return ExitFailure;
        }
        return CliOutput::storeFailure(std::get<StoreError>(created.error()));
    }
    auto store = std::move(created->store);
    const qint64 runId = created->runId;
    const PilotOutput output(directory);
    (void)output.writeGuideline(PilotRepository(*store).latestGuideline().value_or(Guideline{}));

    PilotSession session(*store, directory, *config, runId);
    session.setAutoAccept(p.isSet(u"auto-accept"_s));
    auto run = session.createRun(*keys);
    if (!run) {
        CliOutput::diagnostic(u"%1:1: error: %2"_s.arg(store->path(), run.error()));
        return ExitFailure;
    }
    PilotRun &pilot = **run;
    if (p.isSet(u"dry-run"_s)) {
        if (auto written = output.writeDryRun(pilot.prompts()); !written) {
            CliOutput::diagnostic(written.error().toString());
            return ExitFailure;
        }
        const QString written = QDir(directory).filePath(u"dry-run"_s);
        const QString embeddingsNote = config->embeddings
            ? u"embeddings are not fetched in a dry run: round 0's batch here comes from the local TF-IDF "
              u"vectors, the run's from %1"_s.arg(config->embeddings->model)
            : QString();
        if (verb.format() == OutputFormat::Json) {
            CliOutput::json({{u"dry_run"_s, true}, {u"prompts"_s, pilot.prompts().size()},
                {u"directory"_s, written},
                {u"note"_s,
                    embeddingsNote.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(embeddingsNote)}});
            return ExitSuccess;
        }
        CliOutput::text(
            u"%1 prompts written to %2; nothing sent\n"_s.arg(pilot.prompts().size()).arg(written));
        if (!embeddingsNote.isEmpty()) {
            CliOutput::text(embeddingsNote + u"\n"_s);
        }
        return ExitSuccess;
    }
    return runToStop(session, pilot, *store, runId, verb.format(), [&pilot] { pilot.start(); });
}

int runDecide(const QStringList &arguments)
{
    VerbParser verb(u"decide"_s,
        u"Decide every change of the pending proposal, then run to the next proposal "
        u"(exit 3) or, with --auto-accept, to the end."_s);
    verb.addPositional(u"DIR"_s, u"The pilot's directory."_s);
    verb.parser().addOptions({
        {u"accept"_s, u"Changes to accept, e.g. 1,3."_s, u"IDS"_s},
        {u"reject"_s, u"Changes to reject."_s, u"IDS"_s},
        {u"edit"_s,
            u"A change to accept with the text in FILE instead; its examples stay the proposed ones "
            u"(repeatable): ID=FILE."_s,
            u"ID=FILE"_s},
        {u"auto-accept"_s, u"Accept every later proposal and run to the end."_s},
        {u"retry-failed"_s,
            u"Instead of deciding: run the pending proposal's round again, the pieces that could not "
            u"be labelled sent afresh and every other call answered from the cache; stops at the "
            u"round's new proposal (exit 3)."_s},
    });
    if (auto exit = verb.parse(arguments, 1, 1)) {
        return *exit;
    }
    const bool retry = verb.parser().isSet(u"retry-failed"_s);
    for (const QString &option : {u"accept"_s, u"reject"_s, u"edit"_s, u"auto-accept"_s}) {
        if (retry && verb.parser().isSet(option)) {
            return CliOutput::usageError(
                verb.verb(), u"--retry-failed runs the round again; decide its new proposal afterwards"_s);
        }
    }
    const QString directory = verb.positional().first();
    auto store =
        ProjectStore::open(QDir(directory).filePath(u"project.dzn"_s), ProjectStore::Access::ReadWrite);
    if (!store) {
        return CliOutput::storeFailure(store.error());
    }
    PilotRepository repository(**store);
    const auto run = repository.run();
    if (!run) {
        CliOutput::diagnostic(u"%1:1: error: no pilot in this project"_s.arg((*store)->path()));
        return ExitFailure;
    }
    auto config = PilotConfig::fromJson(run->second);
    if (!config) {
        CliOutput::diagnostic(u"%1:1: error: %2"_s.arg((*store)->path(), config.error()));
        return ExitFailure;
    }
    if (retry) {
        return continuePilot(
            **store, directory, *config, run->first, false, verb.format(),
            [](PilotSession &session, PilotRun &pilot) -> std::expected<void, QString> {
                auto retried = session.retryFailed(pilot);
                if (!retried) {
                    return std::unexpected(retried.error());
                }
                CliOutput::diagnostic(u"diziner-cli: sending %1 failed pieces again"_s.arg(*retried));
                return {};
            },
            [](PilotRun &pilot) { pilot.start(); });
    }
    auto proposal = repository.pendingProposal(run->first);
    if (!proposal) {
        if (repository.runStatus(run->first) == RunStatus::Finished) {
            CliOutput::diagnostic(u"%1:1: error: the pilot has finished; no proposal awaits a decision"_s.arg(
                (*store)->path()));
            return ExitFailure;
        }
        // Stopped inside a round (killed, failed) or decided elsewhere: go on from the project.
        return continuePilot(
            **store, directory, *config, run->first, verb.parser().isSet(u"auto-accept"_s), verb.format(),
            [](PilotSession &session, PilotRun &pilot) -> std::expected<void, QString> {
                session.resume(pilot);
                return {};
            },
            [](PilotRun &pilot) { pilot.start(); });
    }
    const auto decide = [&](const QString &option, ProposalChange::Decision decision) -> std::optional<int> {
        for (const QString &value : verb.parser().values(option)) {
            for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
                QString idText = part;
                QString editFile;
                if (decision == ProposalChange::Decision::Edited) {
                    idText = part.section(u'=', 0, 0);
                    editFile = part.section(u'=', 1);
                }
                bool ok = false;
                const int id = idText.trimmed().toInt(&ok);
                if (!ok || id < 1 || id > proposal->changes.size()) {
                    return CliOutput::usageError(verb.verb(),
                        u"no change %1 in the proposal of round %2"_s.arg(idText).arg(proposal->round));
                }
                ProposalChange &change = proposal->changes[id - 1];
                change.decision = decision;
                if (decision == ProposalChange::Decision::Edited) {
                    QFile file(editFile);
                    if (!file.open(QIODevice::ReadOnly)) {
                        CliOutput::diagnostic(
                            u"%1:1: error: cannot open the file: %2"_s.arg(editFile, file.errorString()));
                        return ExitFailure;
                    }
                    change.editedText = QString::fromUtf8(file.readAll()).trimmed();
                }
            }
        }
        return std::nullopt;
    };
    for (const auto &[option, decision] : {std::pair{u"accept"_s, ProposalChange::Decision::Accepted},
             std::pair{u"reject"_s, ProposalChange::Decision::Rejected},
             std::pair{u"edit"_s, ProposalChange::Decision::Edited}}) {
        if (auto exit = decide(option, decision)) {
            return *exit;
        }
    }
    if (const QList<int> undecided = proposal->undecided(); !undecided.isEmpty()) {
        QStringList ids;
        for (const int id : undecided) {
            ids.append(QString::number(id));
        }
        return CliOutput::usageError(
            verb.verb(), u"every change must be decided; undecided: %1"_s.arg(ids.join(u", "_s)));
    }
    const Guideline guideline = *repository.latestGuideline();
    const QList<RoundSummary> rounds = repository.rounds(run->first);
    const Proposal decided = *proposal;
    return continuePilot(
        **store, directory, *config, run->first, verb.parser().isSet(u"auto-accept"_s), verb.format(),
        [&](PilotSession &, PilotRun &pilot) -> std::expected<void, QString> {
            pilot.resume(guideline, rounds);
            return {};
        },
        [decided](PilotRun &pilot) { pilot.decide(decided); });
}

} // namespace Workbench::Cli
