// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "session/roundlayerrebuild.h"

#include "llm/responsecache.h"
#include "pilot/pilotrun.h"
#include "pilot/roundlayerbuilder.h"
#include "store/calllogrepository.h"
#include "store/corpusrepository.h"
#include "store/pilotrepository.h"
#include "store/projectstore.h"
#include "store/roundlayerrepository.h"

#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

namespace {

// The project's cache, read and never changed: a replayed piece that fails would otherwise
// forget the replies it did find, and a rebuild must leave the cache as it found it.
class ReadOnlyResponseCache final : public ResponseCache
{
public:
    explicit ReadOnlyResponseCache(ProjectStore &store)
        : m_calls(store)
    {
    }
    [[nodiscard]] std::optional<QByteArray> lookup(const QString &requestHash) const override
    {
        return m_calls.cachedResponse(requestHash);
    }
    void store(const QString & /*requestHash*/, const QByteArray & /*body*/) override { }
    void forget(const QString & /*requestHash*/) override { }

private:
    CallLogRepository m_calls;
};

QString documentList(QStringList documents)
{
    constexpr qsizetype shown = 5;
    const QString more =
        documents.size() > shown ? u" and %1 more"_s.arg(documents.size() - shown) : QString();
    return documents.mid(0, shown).join(u", "_s) + more;
}

} // namespace

RoundLayerRebuild::RoundLayerRebuild(ProjectStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_cache(std::make_unique<ReadOnlyResponseCache>(store))
    , m_scheduler(&m_network)
{
    m_scheduler.setCache(m_cache.get());
    m_scheduler.setCacheOnly(true);
}

RoundLayerRebuild::~RoundLayerRebuild() = default;

void RoundLayerRebuild::finish(const Result::Status status, const QString &error)
{
    m_result.status = status;
    m_result.error = error;
    // Always from the event loop, so that a caller connects after start() and still hears it.
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT finished(m_result); }, Qt::QueuedConnection);
}

void RoundLayerRebuild::gap(const int round, const QStringList &annotators, const Gap &why)
{
    for (const QString &annotator : annotators) {
        Gap gap = why;
        gap.round = round;
        gap.annotator = annotator;
        m_result.gaps.append(gap);
    }
}

QString RoundLayerRebuild::Gap::detail() const
{
    switch (reason) {
    case Reason::GuidelineMissing:
        return u"guideline v%1, which its prompts carried, is not in the project"_s.arg(number);
    case Reason::BatchOutsideCorpus:
        return u"its batch names document %1, and the corpus has %2"_s.arg(number).arg(count);
    case Reason::NotConfigured:
        return u"the run's configuration has no annotator of that name"_s;
    case Reason::RepliesNotCached:
        break;
    }
    return u"its replies to %1 pieces are not in the response cache (documents %2): purged, or never kept"_s
        .arg(count)
        .arg(documentList(documents));
}

void RoundLayerRebuild::start()
{
    m_result = {};
    if (auto writable = m_store.checkWritable(); !writable) {
        finish(Result::Status::Failed, writable.error().message);
        return;
    }
    PilotRepository repository(m_store);
    const auto run = repository.run();
    if (!run) {
        finish(Result::Status::Done); // no pilot: no rounds to have layers
        return;
    }
    m_runId = run->first;
    const auto missing = RoundLayerRepository(m_store).missing(m_runId);
    if (!missing) {
        finish(Result::Status::Failed, missing.error().message);
        return;
    }
    if (missing->isEmpty()) {
        finish(Result::Status::Done);
        return;
    }
    const auto config = PilotConfig::fromJson(run->second);
    if (!config) {
        finish(Result::Status::Failed, u"the run's configuration: %1"_s.arg(config.error()));
        return;
    }
    auto documents = CorpusRepository(m_store).load();
    if (!documents) {
        finish(Result::Status::Failed, documents.error().message);
        return;
    }
    QHash<int, QStringList> wanted;
    for (const RoundLayerRepository::MissingLayers &round : *missing) {
        wanted.insert(round.round, round.annotators);
    }
    const QList<Guideline> versions = repository.guidelines();
    for (RoundSummary summary : repository.rounds(m_runId)) {
        if (!wanted.contains(summary.round)) {
            continue;
        }
        const QStringList annotators = wanted.value(summary.round);
        if (std::ranges::find(versions, summary.guidelineVersion, &Guideline::version) == versions.end()) {
            gap(summary.round, annotators,
                {.reason = Gap::Reason::GuidelineMissing, .number = summary.guidelineVersion});
            continue;
        }
        if (const auto outside = std::ranges::find_if(
                summary.batch, [&documents](const qsizetype d) { return d < 0 || d >= documents->size(); });
            outside != summary.batch.end()) {
            gap(summary.round, annotators,
                {.reason = Gap::Reason::BatchOutsideCorpus, .number = *outside, .count = documents->size()});
            continue;
        }
        QStringList replayed;
        for (const QString &annotator : annotators) {
            if (std::ranges::find(config->annotators, annotator, &PilotConfig::Annotator::name)
                == config->annotators.end()) {
                gap(summary.round, {annotator}, {.reason = Gap::Reason::NotConfigured});
            } else {
                replayed.append(annotator);
            }
        }
        // Only the annotators to rebuild are asked again (replayRound() asks the summary's).
        summary.annotators.removeIf(
            [&replayed](const RoundSummary::Annotator &a) { return !replayed.contains(a.name); });
        if (!summary.annotators.isEmpty()) {
            m_pending.append(summary);
        }
    }
    m_pilot = std::make_unique<PilotRun>(
        *config, *documents, std::nullopt, &m_scheduler, QHash<QString, QString>{});
    m_pilot->setGuidelineVersions(versions);
    connect(m_pilot.get(), &PilotRun::roundReplayed, this, &RoundLayerRebuild::onReplayed);
    next();
}

void RoundLayerRebuild::next()
{
    if (m_pending.isEmpty()) {
        finish(m_result.gaps.isEmpty() ? Result::Status::Done : Result::Status::Partial);
        return;
    }
    m_replaying = m_pending.takeFirst();
    m_pilot->replayRound(m_replaying, *m_pilot->guidelineVersion(m_replaying.guidelineVersion));
}

void RoundLayerRebuild::onReplayed()
{
    // A piece that failed in the round fails again (its replies were never kept): as it was. One
    // that failed only now had a reply the cache no longer holds: its annotator is not rebuilt.
    QSet<QString> failedThen;
    for (const FailedItem &failure : std::as_const(m_replaying.failures)) {
        failedThen.insert(failure.key());
    }
    QHash<QString, QStringList> lost; // annotator -> documents
    for (const FailedItem &failure : m_pilot->failedItems()) {
        if (!failedThen.contains(failure.key())) {
            lost[failure.annotator].append(failure.document);
        }
    }
    for (auto it = lost.cbegin(); it != lost.cend(); ++it) {
        QStringList ids = it.value();
        ids.removeDuplicates();
        gap(m_replaying.round, {it.key()},
            {.reason = Gap::Reason::RepliesNotCached, .count = it.value().size(), .documents = ids});
    }
    QList<ImportedLayer> layers = RoundLayerBuilder::build(*m_pilot, m_replaying, m_runId);
    layers.removeIf(
        [&lost](const ImportedLayer &layer) { return lost.contains(layer.provenance.pilot->annotator); });
    const auto written = RoundLayerRepository(m_store).write(layers);
    if (!written) {
        finish(Result::Status::Failed, written.error().message);
        return;
    }
    m_result.renamed += *written;
    for (const ImportedLayer &layer : std::as_const(layers)) {
        m_result.rebuilt.append(layer.name);
    }
    next();
}

} // namespace Workbench::Core
