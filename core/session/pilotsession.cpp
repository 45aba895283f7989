// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "session/pilotsession.h"

#include "pilot/pilotrun.h"
#include "pilot/poolembedder.h"
#include "pilot/roundlayerbuilder.h"
#include "store/calllogrepository.h"
#include "store/corpusrepository.h"
#include "store/layerrepository.h"
#include "store/pilotrepository.h"
#include "store/projectstore.h"
#include "store/roundlayerrepository.h"
#include "store/transaction.h"

#include <QSet>
#include <QSqlError>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

PilotSession::PilotSession(
    ProjectStore &store, const QString &directory, PilotConfig config, const qint64 runId, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_runId(runId)
    , m_cache(store)
    , m_scheduler(&m_network)
    , m_config(std::move(config))
{
    if (!directory.isEmpty()) {
        m_output.emplace(directory);
    }
    m_scheduler.setCache(&m_cache);
    m_scheduler.setSeed(m_config.knobs.seed);
    m_config.network.applyTo(m_scheduler);
    m_scheduler.setPriceTable(&m_config.prices);
    connect(&m_scheduler, &Scheduler::callRecorded, this, &PilotSession::logCall);
}

void PilotSession::logCall(const LlmCallRecord &record)
{
    LlmCallRecord logged = record;
    if (m_pilot) {
        switch (m_pilot->state()) {
        case PilotRun::State::Embedding:
        case PilotRun::State::Annotating:
        case PilotRun::State::Analysing:
        case PilotRun::State::Supervising:
            // A round's row exists once it is analysed (or when it runs again); until then its
            // calls wait for it in the project, so that a process stopped first loses none.
            logged.roundId = PilotRepository(m_store).roundId(m_runId, m_pilot->round());
            if (logged.roundId == 0) {
                logged.pendingRound = LlmCallRecord::PendingRound{m_runId, m_pilot->round()};
            }
            break;
        default: // the final labelling, a labelling, a replay: no round's
            break;
        }
    }
    if (auto saved = CallLogRepository(m_store).record(logged); !saved) {
        stop(Outcome::Failed, u"%1:1: error: %2"_s.arg(m_store.path(), saved.error().message));
        return;
    }
    Q_EMIT callLogged(logged);
}

PilotSession::~PilotSession() = default;

void PilotSession::stop(const Outcome outcome, const QString &detail)
{
    if (m_stopped) {
        return;
    }
    m_stopped = true;
    m_scheduler.cancelAll();
    Q_EMIT stopped(outcome, detail);
}

void PilotSession::cancel()
{
    stop(Outcome::Failed, u"cancelled"_s);
}

std::expected<std::unique_ptr<PilotRun>, QString> PilotSession::createRun(const QHash<QString, QString> &keys)
{
    auto documents = CorpusRepository(m_store).load();
    if (!documents) {
        return std::unexpected(documents.error().message);
    }
    m_documents = *documents;
    std::optional<DocumentSpans> gold;
    LayerRepository layers(m_store);
    if (const auto goldLayer = layers.find(u"gold"_s)) {
        auto spans = layers.spans(goldLayer->id, m_documents.size());
        if (!spans) {
            return std::unexpected(spans.error().message);
        }
        gold = *spans;
    }
    auto pilot = std::make_unique<PilotRun>(m_config, m_documents, gold, &m_scheduler, keys);
    pilot->setGuidelineVersions(PilotRepository(m_store).guidelines()); // any may label the corpus
    attach(*pilot);
    return pilot;
}

void PilotSession::resume(PilotRun &pilot)
{
    PilotRepository repository(m_store);
    QList<RoundSummary> rounds = repository.rounds(m_runId);
    if (!rounds.isEmpty() && !repository.hasProposal(m_runId, rounds.last().round)) {
        // Analysed, but stopped before its proposal: that round again. What it cost was paid;
        // run again from the cache it costs nothing, so the round keeps the first bill.
        pilot.carryRoundCost(rounds.last());
        rounds.removeLast();
    } else {
        // A process stopped before the next round was saved paid for its calls: the round, run
        // again mostly from the cache, keeps that bill too.
        const int next = rounds.isEmpty() ? 0 : rounds.last().round + 1;
        RoundSummary bill;
        for (const RoundSummary::Annotator &caller : CallLogRepository(m_store).pendingBill(m_runId, next)) {
            if (caller.name == PoolEmbedder::caller) {
                bill.embeddings = caller;
            } else {
                bill.annotators.append(caller); // the supervisor's too: the bill goes by name
            }
        }
        pilot.carryRoundCost(bill);
    }
    pilot.restart(repository.latestGuideline().value_or(Guideline{}), rounds);
    if (!rounds.isEmpty() && repository.proposalChanges(m_runId, rounds.last().round) == 0) {
        // The supervisor had proposed nothing, so the run was ending: its final labelling again
        // (answered from the cache), never a further round to pay for.
        pilot.endOnStart(PilotRun::FinishReason::NothingProposed);
    }
}

std::expected<qsizetype, QString> PilotSession::retryFailed(PilotRun &pilot)
{
    PilotRepository repository(m_store);
    QList<RoundSummary> rounds = repository.rounds(m_runId);
    if (rounds.isEmpty() || rounds.last().failures.isEmpty()) {
        return std::unexpected(u"the last round has no failed pieces to retry"_s);
    }
    if (const int round = rounds.last().round; !repository.isUndecided(m_runId, round)) {
        return std::unexpected(
            u"round %1 is decided: its failed pieces can no longer change its proposal"_s.arg(round));
    }
    pilot.carryRoundCost(rounds.last()); // the round again: its bill stays
    const QList<FailedItem> failures = rounds.takeLast().failures;
    pilot.restart(repository.latestGuideline().value_or(Guideline{}), rounds);
    pilot.retryAfresh(failures);
    return failures.size();
}

std::expected<void, StoreError> PilotSession::saveAnalysed(const PilotRun &pilot, const RoundSummary &round)
{
    // Later saves of the round (its supervisor's cost, decisions) change the summary alone.
    Transaction transaction(m_store);
    PilotRepository repository(m_store);
    if (auto saved = repository.saveRound(m_runId, round); !saved) {
        return saved;
    }
    const auto written = RoundLayerRepository(m_store).replaceRound(
        m_runId, round.round, RoundLayerBuilder::build(pilot, round, m_runId));
    if (!written) {
        return std::unexpected(written.error());
    }
    if (auto saved =
            repository.saveReports(m_runId, round.round, {pilot.hotspotReport(), pilot.annotatorReports()});
        !saved) {
        return saved;
    }
    if (auto assigned = CallLogRepository(m_store).assignPendingRound(
            m_runId, round.round, repository.roundId(m_runId, round.round));
        !assigned) {
        return assigned;
    }
    if (!transaction.commit()) {
        return std::unexpected(m_store.errorFor(m_store.database().lastError(), u"save a round"_s));
    }
    for (const RoundLayerRepository::Renamed &renamed : *written) {
        Q_EMIT layerRenamed(renamed.from, renamed.to);
    }
    return {};
}

std::expected<void, StoreError> PilotSession::saveSupervised(
    const RoundSummary &round, const Proposal &proposal)
{
    // One transaction: the round with its supervisor's cost, and the proposal that cost bought.
    Transaction transaction(m_store);
    PilotRepository repository(m_store);
    if (auto saved = repository.saveRound(m_runId, round); !saved) {
        return saved;
    }
    if (auto saved = repository.saveProposal(m_runId, proposal); !saved) {
        return saved;
    }
    if (!transaction.commit()) {
        return std::unexpected(m_store.errorFor(m_store.database().lastError(), u"save a proposal"_s));
    }
    return {};
}

void PilotSession::attach(PilotRun &pilot)
{
    m_stopped = false;
    m_pilot = &pilot;
    connect(&pilot, &PilotRun::callRecorded, this, &PilotSession::logCall);
    connect(&pilot, &PilotRun::roundAnalysed, this, [this, &pilot](const RoundSummary &summary) {
        auto saved = saveAnalysed(pilot, summary);
        if (!saved) {
            // No further step: the supervisor's proposal would save the round without its layers.
            pilot.cancel();
            stop(Outcome::Failed, saved.error().message);
            return;
        }
        if (m_output) {
            if (auto written = m_output->writeRound(pilot, summary); !written) {
                stop(Outcome::Failed, written.error().toString());
                return;
            }
            (void)m_output->writeSummary(pilot.history(), pilot.guideline().version);
        }
    });
    connect(&pilot, &PilotRun::guidelineChanged, this,
        [this](const Guideline &guideline, const Proposal &decided) {
            PilotRepository repository(m_store);
            const int before = repository.latestGuideline().value_or(Guideline{}).version;
            auto recorded = repository.recordDecision(m_runId, decided);
            if (!recorded) {
                stop(Outcome::Failed, recorded.error().message);
                return;
            }
            Q_ASSERT(recorded->version == guideline.version); // the engine applied the same changes
            if (m_output && recorded->version > before) {
                (void)m_output->writeGuideline(*recorded);
            }
        });
    connect(&pilot, &PilotRun::proposalReady, this, [this, &pilot](const Proposal &proposal) {
        if (m_autoAccept) {
            // Only the round changed (it now carries what the supervisor cost).
            if (auto saved = PilotRepository(m_store).saveRound(m_runId, pilot.history().last()); !saved) {
                stop(Outcome::Failed, saved.error().message);
                return;
            }
            Proposal accepted = proposal;
            for (ProposalChange &change : accepted.changes) {
                change.decision = ProposalChange::Decision::Accepted;
            }
            pilot.decide(accepted);
            return;
        }
        if (auto saved = saveSupervised(pilot.history().last(), proposal); !saved) {
            stop(Outcome::Failed, saved.error().message);
            return;
        }
        if (m_output) {
            (void)m_output->writeSummary(pilot.history(), pilot.guideline().version);
            if (auto written = m_output->writeProposal(proposal, pilot.guideline(), m_config.knobs.changeCap);
                !written) {
                stop(Outcome::Failed, written.error().toString());
                return;
            }
        }
        stop(Outcome::AwaitingDecision, {});
    });
    connect(&pilot, &PilotRun::nothingProposed, this, [this, &pilot](const Proposal &proposal) {
        // Kept as a decided proposal: what the supervisor analysed (and cost) stays with the round.
        if (auto saved = saveSupervised(pilot.history().last(), proposal); !saved) {
            stop(Outcome::Failed, saved.error().message);
            return;
        }
        if (m_output) {
            (void)m_output->writeProposal(proposal, pilot.guideline(), m_config.knobs.changeCap);
        }
    });
    connect(&pilot, &PilotRun::finalLabelled, this,
        [this, &pilot](
            const FinalChoice &choice, const DocumentSpans &spans, const std::optional<double> f1) {
            const QSet<QString> failed = pilot.failedDocuments();
            QStringList unlabelled; // in corpus order
            QSet<qsizetype> unlabelledPositions;
            for (qsizetype d = 0; d < m_documents.size(); ++d) {
                if (failed.contains(m_documents.at(d).id())) {
                    unlabelled.append(m_documents.at(d).id());
                    unlabelledPositions.insert(d);
                }
            }
            m_final = PilotOutput::Final{choice, f1, pilot.failedItems().size(), unlabelled};
            if (m_output) {
                (void)m_output->writeFinal(m_documents, spans, failed);
            }
            const ImportedLayer layer{.name = u"final-%1"_s.arg(choice.annotator),
                .kind = LayerKind::Llm,
                .provenance = {.source = choice.annotator,
                    .tool = unlabelled.isEmpty()
                        ? u"pilot final labelling, guideline v%1"_s.arg(choice.guidelineVersion)
                        : u"pilot final labelling, guideline v%1; not labelled (a piece failed): %2"_s
                              .arg(choice.guidelineVersion)
                              .arg(unlabelled.join(u", "_s)),
                    .tagScheme = {},
                    .created = QDateTime::currentDateTimeUtc()},
                .spans = spans,
                .loss = {},
                .unalignedTokens = 0,
                .substitutedTokens = 0,
                // Kept with the layer: compared in the window, they are missing, not "no entities".
                .uncoveredDocuments = unlabelledPositions};
            // Labelling again (another guideline, a batch) replaces the annotator's final layer.
            if (auto added = LayerRepository(m_store).replace(layer); !added) {
                stop(Outcome::Failed, added.error().message);
            }
        });
    connect(&pilot, &PilotRun::labellingFinished, this, [this] {
        if (m_output && m_final) {
            if (auto written = m_output->updateFinal(*m_final); !written) {
                stop(Outcome::Failed, written.error().toString());
            }
        }
    });
    connect(&pilot, &PilotRun::finished, this, [this, &pilot](const PilotRun::FinishReason reason) {
        (void)PilotRepository(m_store).setRunStatus(m_runId, RunStatus::Finished);
        if (m_output) {
            (void)m_output->writeSummary(pilot.history(), pilot.guideline().version, m_final,
                PilotOutput::Ending{PilotRun::reasonName(reason), pilot.finalOutcome(), pilot.finalNote()});
        }
        stop(Outcome::Finished, PilotRun::reasonName(reason));
    });
    connect(
        &pilot, &PilotRun::failed, this, [this](const QString &message) { stop(Outcome::Failed, message); });
}

} // namespace Workbench::Core
