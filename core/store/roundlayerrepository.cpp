// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "store/roundlayerrepository.h"

#include "pilot/faileditem.h"
#include "store/layerrepository.h"
#include "store/pilotrepository.h"
#include "store/transaction.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

QStringList RoundLayerRepository::RoundLayer::failedDocumentIds() const
{
    QStringList ids;
    for (const LossReport::Entry &entry : loss.entries()) {
        if (entry.reason == QLatin1String(FailedItem::lossReason) && !ids.contains(entry.documentId)) {
            ids.append(entry.documentId);
        }
    }
    return ids;
}

namespace {

// \a wanted, or with " 2", " 3", ... after it: the first no layer of the project holds.
QString freeName(const LayerRepository &layers, const QString &wanted)
{
    QString name = wanted;
    for (int n = 2; layers.find(name); ++n) {
        name = u"%1 %2"_s.arg(wanted).arg(n);
    }
    return name;
}

} // namespace

RoundLayerRepository::RoundLayerRepository(ProjectStore &store)
    : m_store(store)
{
}

std::expected<QList<RoundLayerRepository::RoundLayer>, StoreError> RoundLayerRepository::list() const
{
    const auto layers = LayerRepository(m_store).list();
    if (!layers) {
        return std::unexpected(layers.error());
    }
    QList<RoundLayer> rounds;
    for (const LayerRepository::StoredLayer &layer : *layers) {
        if (layer.provenance.pilot) {
            rounds.append(RoundLayer{.layerId = layer.id,
                .name = layer.name,
                .origin = *layer.provenance.pilot,
                .loss = layer.loss,
                .spanCount = layer.spanCount});
        }
    }
    std::ranges::stable_sort(rounds, {}, [](const RoundLayer &layer) { return layer.origin.round; });
    return rounds;
}

std::expected<QList<RoundLayerRepository::RoundLayer>, StoreError> RoundLayerRepository::round(
    const qint64 runId, const int round) const
{
    auto all = list();
    if (!all) {
        return all;
    }
    all->removeIf([runId, round](const RoundLayer &layer) {
        return layer.origin.runId != runId || layer.origin.round != round;
    });
    return all;
}

std::expected<QList<RoundLayerRepository::Renamed>, StoreError> RoundLayerRepository::replaceRound(
    const qint64 runId, const int round, const QList<ImportedLayer> &layers)
{
    if (auto writable = m_store.checkWritable(); !writable) {
        return std::unexpected(writable.error());
    }
    const auto old = this->round(runId, round);
    if (!old) {
        return std::unexpected(old.error());
    }
    Transaction transaction(m_store);
    // An annotator of the round's earlier run may be missing from this one: its layer goes too.
    QSqlQuery remove(m_store.database());
    remove.prepare(u"DELETE FROM layers WHERE id = ?"_s); // spans and edits go by ON DELETE CASCADE
    for (const RoundLayer &layer : *old) {
        remove.addBindValue(layer.layerId);
        if (!remove.exec()) {
            return std::unexpected(m_store.errorFor(remove.lastError(), u"replace a round's layers"_s));
        }
    }
    auto written = write(layers);
    if (!written) {
        return written;
    }
    if (!transaction.commit()) {
        return std::unexpected(
            m_store.errorFor(m_store.database().lastError(), u"replace a round's layers"_s));
    }
    return written;
}

std::expected<QList<RoundLayerRepository::Renamed>, StoreError> RoundLayerRepository::write(
    const QList<ImportedLayer> &layers)
{
    Transaction transaction(m_store);
    LayerRepository repository(m_store);
    QList<Renamed> renamed;
    for (const ImportedLayer &layer : layers) {
        const auto held = repository.find(layer.name);
        const qint64 runId = layer.provenance.pilot ? layer.provenance.pilot->runId : 0;
        if (held && (!held->provenance.pilot || held->provenance.pilot->runId != runId)) {
            // Not this run's round layer: the user's, or another run's. It stays, by another name.
            const QString to = freeName(repository,
                held->provenance.pilot ? u"%1 (run %2)"_s.arg(layer.name).arg(held->provenance.pilot->runId)
                                       : u"%1 (imported)"_s.arg(layer.name));
            if (auto moved = repository.rename(held->id, to); !moved) {
                return std::unexpected(moved.error());
            }
            renamed.append({layer.name, to});
        }
        if (auto added = repository.replace(layer); !added) {
            return std::unexpected(added.error());
        }
    }
    if (!transaction.commit()) {
        return std::unexpected(m_store.errorFor(m_store.database().lastError(), u"write round layers"_s));
    }
    return renamed;
}

std::expected<QList<RoundLayerRepository::MissingLayers>, StoreError> RoundLayerRepository::missing(
    const qint64 runId) const
{
    const auto layers = list();
    if (!layers) {
        return std::unexpected(layers.error());
    }
    QSet<std::pair<int, QString>> present;
    for (const RoundLayer &layer : *layers) {
        if (layer.origin.runId == runId) {
            present.insert({layer.origin.round, layer.origin.annotator});
        }
    }
    QList<MissingLayers> result;
    for (const RoundSummary &summary : PilotRepository(m_store).rounds(runId)) {
        MissingLayers gap{summary.round, {}};
        for (const QString &annotator : summary.annotatorNames()) {
            if (!present.contains({summary.round, annotator})) {
                gap.annotators.append(annotator);
            }
        }
        if (!gap.annotators.isEmpty()) {
            result.append(gap);
        }
    }
    return result;
}

} // namespace Workbench::Core
