// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "store/layerrepository.h"

#include "pilot/roundlayerbuilder.h"
#include "store/legacycoverage.h"
#include "store/transaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

namespace {

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString json(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// Document positions as a sorted JSON array, so that the column reads the same for the same set.
QString positionsJson(const QSet<qsizetype> &positions)
{
    QList<qsizetype> sorted(positions.cbegin(), positions.cend());
    std::ranges::sort(sorted);
    QJsonArray array;
    for (const qsizetype position : std::as_const(sorted)) {
        array.append(qint64(position));
    }
    return json(array);
}

QSet<qsizetype> positionsFromJson(const QByteArray &text)
{
    QSet<qsizetype> positions;
    for (const QJsonValue &value : QJsonDocument::fromJson(text).array()) {
        if (value.isDouble() && value.toInteger(-1) >= 0) {
            positions.insert(qsizetype(value.toInteger()));
        }
    }
    return positions;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// Inserts or deletes one span row; the query is returned for its error and affected rows.
QSqlQuery applySpan(const QSqlDatabase &db, const qint64 layerId, const QVariant &document, const Span &span,
    const bool insert)
{
    QSqlQuery query(db);
    query.prepare(insert
            ? u"INSERT INTO spans (layer_id, document_position, start, \"end\", type) VALUES (?, ?, ?, ?, ?)"_s
            : u"DELETE FROM spans WHERE layer_id = ? AND document_position = ? AND start = ? AND "
              u"\"end\" = ? AND type = ?"_s);
    query.addBindValue(layerId);
    query.addBindValue(document);
    query.addBindValue(span.start);
    query.addBindValue(span.end);
    query.addBindValue(span.type);
    query.exec();
    return query;
}

} // namespace

LayerRepository::LayerRepository(ProjectStore &store)
    : m_store(store)
{
}

std::expected<QList<LayerRepository::StoredLayer>, StoreError> LayerRepository::list() const
{
    QSqlQuery query(m_store.database());
    // A project opened read-only keeps its version: one before 8 has no coverage column (its
    // layers get what LegacyCoverage knows, as a migration would give them), one before 10 only
    // recorded coverage.
    const int version = m_store.schemaVersion();
    if (!query.exec(u"SELECT l.id, l.name, l.kind, l.provenance, l.loss, "
                    u"(SELECT count(*) FROM spans s WHERE s.layer_id = l.id), %1, %2 FROM layers l "
                    u"ORDER BY l.position"_s.arg(version >= 8 ? u"l.uncovered"_s : u"'[]'"_s,
                        version >= 10 ? u"l.coverage"_s : u"'recorded'"_s))) {
        return std::unexpected(m_store.errorFor(query.lastError(), u"read the layers"_s));
    }
    const QStringList documentIds =
        version < 8 ? LegacyCoverage::documentIds(m_store.database()) : QStringList();
    QList<StoredLayer> layers;
    while (query.next()) {
        StoredLayer layer{.id = query.value(0).toLongLong(),
            .name = query.value(1).toString(),
            .kind = layerKindFromName(query.value(2).toString()).value_or(LayerKind::System),
            .provenance =
                Provenance::fromJson(QJsonDocument::fromJson(query.value(3).toByteArray()).object()),
            .loss = LossReport::fromJson(QJsonDocument::fromJson(query.value(4).toByteArray()).array()),
            .spanCount = query.value(5).toLongLong(),
            .uncoveredDocuments = positionsFromJson(query.value(6).toByteArray()),
            .coverage = coverageOriginFromName(query.value(7).toString()).value_or(CoverageOrigin::Recorded)};
        if (version < 8) {
            const LegacyCoverage::Coverage known = LegacyCoverage::derive(layer.provenance, documentIds);
            layer.uncoveredDocuments = known.uncovered;
            layer.coverage = known.origin;
        }
        layers.append(layer);
    }
    return layers;
}

std::optional<LayerRepository::StoredLayer> LayerRepository::find(const QString &name) const
{
    const auto layers = list();
    if (layers) {
        for (const StoredLayer &layer : *layers) {
            if (layer.name == name) {
                return layer;
            }
        }
    }
    return std::nullopt;
}

std::expected<qint64, StoreError> LayerRepository::replace(const ImportedLayer &layer)
{
    if (auto writable = m_store.checkWritable(); !writable) {
        return std::unexpected(writable.error());
    }
    Transaction transaction(m_store);
    QSqlQuery query(m_store.database());
    query.prepare(u"DELETE FROM layers WHERE name = ?"_s); // spans and edits go by ON DELETE CASCADE
    query.addBindValue(layer.name);
    if (!query.exec()) {
        return std::unexpected(m_store.errorFor(query.lastError(), u"replace the layer"_s));
    }
    auto added = add(layer);
    if (!added) {
        return added;
    }
    if (!transaction.commit()) {
        return std::unexpected(m_store.errorFor(m_store.database().lastError(), u"replace the layer"_s));
    }
    return added;
}

std::expected<void, StoreError> LayerRepository::rename(const qint64 layerId, const QString &name)
{
    if (auto writable = m_store.checkWritable(); !writable) {
        return writable;
    }
    if (find(name)) {
        return std::unexpected(StoreError{
            StoreError::Code::Invalid, u"%1: a layer named '%2' exists already"_s.arg(m_store.path(), name)});
    }
    QSqlQuery query(m_store.database());
    query.prepare(u"UPDATE layers SET name = ? WHERE id = ?"_s);
    query.addBindValue(name);
    query.addBindValue(layerId);
    if (!query.exec()) {
        return std::unexpected(m_store.errorFor(query.lastError(), u"rename the layer"_s));
    }
    return {};
}

std::expected<qint64, StoreError> LayerRepository::add(const ImportedLayer &layer)
{
    if (auto writable = m_store.checkWritable(); !writable) {
        return std::unexpected(writable.error());
    }
    if (find(layer.name)) {
        return std::unexpected(StoreError{StoreError::Code::Invalid,
            u"%1: a layer named '%2' exists already"_s.arg(m_store.path(), layer.name)});
    }
    if (!layer.provenance.pilot && RoundLayerBuilder::isRoundLayerName(layer.name)) {
        return std::unexpected(StoreError{StoreError::Code::Invalid,
            u"%1: '%2' is a pilot round's layer name (round<N>/<annotator>), kept for the pilot's "
            u"layers; name the layer another way"_s.arg(m_store.path(), layer.name)});
    }
    QSqlDatabase db = m_store.database();
    Transaction transaction(m_store);
    QSqlQuery query(db);
    query.prepare(
        u"INSERT INTO layers (name, kind, position, provenance, loss, created, uncovered, coverage) "
        u"VALUES (?, ?, (SELECT coalesce(max(position), -1) + 1 FROM layers), ?, ?, ?, ?, ?)"_s);
    query.addBindValue(layer.name);
    query.addBindValue(layerKindName(layer.kind));
    query.addBindValue(json(layer.provenance.toJson()));
    query.addBindValue(json(layer.loss.toJson()));
    query.addBindValue(now());
    query.addBindValue(positionsJson(layer.uncoveredDocuments));
    query.addBindValue(coverageOriginName(layer.coverage));
    if (!query.exec()) {
        return std::unexpected(m_store.errorFor(query.lastError(), u"add the layer"_s));
    }
    const qint64 id = query.lastInsertId().toLongLong();
    QSqlQuery span(db);
    span.prepare(
        u"INSERT OR IGNORE INTO spans (layer_id, document_position, start, \"end\", type) VALUES (?, ?, ?, ?, ?)"_s);
    for (qsizetype d = 0; d < layer.spans.size(); ++d) {
        for (const Span &s : layer.spans.at(d)) {
            span.addBindValue(id);
            span.addBindValue(d);
            span.addBindValue(s.start);
            span.addBindValue(s.end);
            span.addBindValue(s.type);
            if (!span.exec()) {
                return std::unexpected(m_store.errorFor(span.lastError(), u"add the layer"_s));
            }
        }
    }
    if (!transaction.commit()) {
        return std::unexpected(m_store.errorFor(db.lastError(), u"add the layer"_s));
    }
    return id;
}

std::expected<DocumentSpans, StoreError> LayerRepository::spans(
    const qint64 layerId, const qsizetype documentCount) const
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT document_position, start, \"end\", type FROM spans WHERE layer_id = ? "
                  u"ORDER BY document_position, start, \"end\", type"_s);
    query.addBindValue(layerId);
    if (!query.exec()) {
        return std::unexpected(m_store.errorFor(query.lastError(), u"read a layer"_s));
    }
    DocumentSpans spans(documentCount);
    while (query.next()) {
        const qsizetype document = query.value(0).toLongLong();
        if (document >= 0 && document < documentCount) {
            spans[document].append(
                Span{query.value(1).toInt(), query.value(2).toInt(), query.value(3).toString()});
        }
    }
    return spans;
}

std::expected<QHash<qint64, QList<Span>>, StoreError> LayerRepository::documentSpans(
    const qsizetype document) const
{
    QSqlQuery query(m_store.database());
    // Naming the layers lets SQLite seek the (layer, document) primary key once per layer.
    query.prepare(
        u"SELECT layer_id, start, \"end\", type FROM spans WHERE layer_id IN (SELECT id FROM layers) "
        u"AND document_position = ? ORDER BY layer_id, start, \"end\", type"_s);
    query.addBindValue(document);
    if (!query.exec()) {
        return std::unexpected(m_store.errorFor(query.lastError(), u"read a document's layers"_s));
    }
    QHash<qint64, QList<Span>> result;
    while (query.next()) {
        result[query.value(0).toLongLong()].append(
            Span{query.value(1).toInt(), query.value(2).toInt(), query.value(3).toString()});
    }
    return result;
}

std::expected<void, StoreError> LayerRepository::insertSpan(
    const qint64 layerId, const qsizetype document, const Span &span)
{
    return applyStep(layerId, document, {{span, true}});
}

std::expected<void, StoreError> LayerRepository::applyStep(
    const qint64 layerId, const qsizetype document, const QList<SpanEdit> &edits)
{
    QList<DocumentEdit> documentEdits;
    documentEdits.reserve(edits.size());
    for (const SpanEdit &change : edits) {
        documentEdits.append({document, change});
    }
    return applyStep(layerId, documentEdits);
}

std::expected<void, StoreError> LayerRepository::applyStep(
    const qint64 layerId, const QList<DocumentEdit> &edits)
{
    Transaction transaction(m_store);
    qint64 step = 0;
    for (const auto &[document, change] : edits) {
        auto id = edit(layerId, document, change.span, change.insert, step);
        if (!id) {
            return std::unexpected(id.error());
        }
        step = step == 0 ? *id : step; // the action's first edit names the step
    }
    if (step != 0 && edits.size() > 1) {
        QSqlQuery first(m_store.database());
        first.prepare(u"UPDATE curation_edits SET step = ? WHERE id = ?"_s);
        first.addBindValue(step);
        first.addBindValue(step);
        if (!first.exec()) {
            return std::unexpected(m_store.errorFor(first.lastError(), u"record an edit"_s));
        }
    }
    if (!transaction.commit()) {
        return std::unexpected(m_store.errorFor(m_store.database().lastError(), u"edit spans"_s));
    }
    return {};
}

std::expected<void, StoreError> LayerRepository::removeSpan(
    const qint64 layerId, const qsizetype document, const Span &span)
{
    return applyStep(layerId, document, {{span, false}});
}

std::expected<qint64, StoreError> LayerRepository::edit(
    const qint64 layerId, const qsizetype document, const Span &span, const bool insert, const qint64 step)
{
    if (auto writable = m_store.checkWritable(); !writable) {
        return std::unexpected(writable.error());
    }
    QSqlDatabase db = m_store.database();
    Transaction transaction(m_store);
    const QSqlQuery query = applySpan(db, layerId, qint64(document), span, insert);
    if (query.lastError().isValid() && !(insert && query.lastError().nativeErrorCode().toInt() % 256 == 19)) {
        return std::unexpected(m_store.errorFor(query.lastError(), u"edit a span"_s));
    }
    if (query.numRowsAffected() != 1) {
        return std::unexpected(StoreError{StoreError::Code::Invalid,
            insert ? u"%1: the layer holds that span already"_s.arg(m_store.path())
                   : u"%1: the layer holds no such span"_s.arg(m_store.path())});
    }
    // The undo record goes in the same transaction; a new edit ends the redo chain.
    QSqlQuery forget(db);
    forget.prepare(u"DELETE FROM curation_edits WHERE layer_id = ? AND undone = 1"_s);
    forget.addBindValue(layerId);
    QSqlQuery log(db);
    log.prepare(
        u"INSERT INTO curation_edits (created, layer_id, document_position, action, start, \"end\", type, "
        u"step) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    log.addBindValue(now());
    log.addBindValue(layerId);
    log.addBindValue(document);
    log.addBindValue(insert ? u"insert"_s : u"remove"_s);
    log.addBindValue(span.start);
    log.addBindValue(span.end);
    log.addBindValue(span.type);
    log.addBindValue(step);
    if (!forget.exec() || !log.exec()) {
        return std::unexpected(m_store.errorFor(log.lastError(), u"record an edit"_s));
    }
    const qint64 id = log.lastInsertId().toLongLong();
    if (!transaction.commit()) {
        return std::unexpected(m_store.errorFor(db.lastError(), u"edit a span"_s));
    }
    return id;
}

std::expected<bool, StoreError> LayerRepository::undo(const qint64 layerId)
{
    return step(layerId, true);
}

std::expected<bool, StoreError> LayerRepository::redo(const qint64 layerId)
{
    return step(layerId, false);
}

std::expected<QList<std::pair<qint64, LayerRepository::StepEdit>>, StoreError> LayerRepository::pendingStep(
    const qint64 layerId, const bool undo) const
{
    const QString doing = undo ? u"undo"_s : u"redo"_s;
    QSqlDatabase db = m_store.database();
    // Undo takes the latest action still applied; redo the earliest one undone. An action is its
    // edits sharing a step (or one edit alone), undone newest first and redone oldest first.
    QSqlQuery latest(db);
    latest.prepare(undo ? u"SELECT id, step FROM curation_edits WHERE layer_id = ? AND undone = 0 "
                          u"ORDER BY id DESC LIMIT 1"_s
                        : u"SELECT id, step FROM curation_edits WHERE layer_id = ? AND undone = 1 "
                          u"ORDER BY id ASC LIMIT 1"_s);
    latest.addBindValue(layerId);
    if (!latest.exec()) {
        return std::unexpected(m_store.errorFor(latest.lastError(), doing));
    }
    QList<std::pair<qint64, StepEdit>> edits;
    if (!latest.next()) {
        return edits;
    }
    const qint64 group = latest.value(1).toLongLong();
    QSqlQuery query(db);
    query.prepare(
        u"SELECT id, document_position, action, start, \"end\", type FROM curation_edits WHERE layer_id = ? "
        u"AND undone = ? AND (id = ? OR (step <> 0 AND step = ?)) ORDER BY id "_s
        + (undo ? u"DESC"_s : u"ASC"_s));
    query.addBindValue(layerId);
    query.addBindValue(undo ? 0 : 1);
    query.addBindValue(latest.value(0));
    query.addBindValue(group);
    if (!query.exec()) {
        return std::unexpected(m_store.errorFor(query.lastError(), doing));
    }
    while (query.next()) {
        edits.append({query.value(0).toLongLong(),
            StepEdit{.document = qsizetype(query.value(1).toLongLong()),
                .span = Span{query.value(3).toInt(), query.value(4).toInt(), query.value(5).toString()},
                .insert = query.value(2).toString() == u"insert"}});
    }
    return edits;
}

std::expected<QList<LayerRepository::StepEdit>, StoreError> LayerRepository::nextStep(
    const qint64 layerId, const bool undo) const
{
    auto pending = pendingStep(layerId, undo);
    if (!pending) {
        return std::unexpected(pending.error());
    }
    QList<StepEdit> edits;
    edits.reserve(pending->size());
    for (const auto &[id, edit] : std::as_const(*pending)) {
        edits.append(edit);
    }
    if (undo) {
        std::ranges::reverse(edits); // undo lists them newest first
    }
    return edits;
}

std::expected<bool, StoreError> LayerRepository::step(const qint64 layerId, const bool undo)
{
    const QString doing = undo ? u"undo"_s : u"redo"_s;
    if (auto writable = m_store.checkWritable(); !writable) {
        return std::unexpected(writable.error());
    }
    QSqlDatabase db = m_store.database();
    Transaction transaction(m_store);
    const auto pending = pendingStep(layerId, undo);
    if (!pending) {
        return std::unexpected(pending.error());
    }
    if (pending->isEmpty()) {
        return false;
    }
    for (const auto &[id, edit] : std::as_const(*pending)) {
        QSqlQuery mark(db);
        mark.prepare(u"UPDATE curation_edits SET undone = ? WHERE id = ?"_s);
        mark.addBindValue(undo ? 1 : 0);
        mark.addBindValue(id);
        if (!mark.exec()) {
            return std::unexpected(m_store.errorFor(mark.lastError(), doing));
        }
        const QSqlQuery apply =
            applySpan(db, layerId, qint64(edit.document), edit.span, undo ? !edit.insert : edit.insert);
        if (apply.lastError().isValid()) {
            return std::unexpected(m_store.errorFor(apply.lastError(), doing));
        }
    }
    if (!transaction.commit()) {
        return std::unexpected(m_store.errorFor(db.lastError(), doing));
    }
    return true;
}

} // namespace Workbench::Core
