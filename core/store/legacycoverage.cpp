// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "store/legacycoverage.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

namespace {

// What the pilot's final layer said of itself before coverage was kept (pilotsession.cpp until
// schema 8): the only record of the documents its failed pieces left unlabelled.
const QString finalLabelling = u"pilot final labelling, guideline v"_s;
const QString notLabelled = u"; not labelled (a piece failed): "_s;

// The positions of the ids \a listed names (joined with ", " in corpus order), or nothing when
// the list does not name documents of the corpus unambiguously.
std::optional<QSet<qsizetype>> listedDocuments(const QString &listed, const QStringList &documentIds)
{
    QHash<QString, qsizetype> positionOf;
    QSet<QString> repeated;
    for (qsizetype d = 0; d < documentIds.size(); ++d) {
        if (positionOf.contains(documentIds.at(d))) {
            repeated.insert(documentIds.at(d));
        }
        positionOf.insert(documentIds.at(d), d);
    }
    QSet<qsizetype> positions;
    for (const QString &id : listed.split(u", "_s)) {
        if (!positionOf.contains(id) || repeated.contains(id)) {
            return std::nullopt; // an id with ", " in it, or one the corpus has twice: not known
        }
        positions.insert(positionOf.value(id));
    }
    // The list must be exactly these documents' ids in corpus order, as it was written.
    QList<qsizetype> ordered(positions.cbegin(), positions.cend());
    std::ranges::sort(ordered);
    QStringList ids;
    for (const qsizetype position : std::as_const(ordered)) {
        ids.append(documentIds.at(position));
    }
    if (ids.join(u", "_s) != listed) {
        return std::nullopt;
    }
    return positions;
}

QString positionsJson(const QSet<qsizetype> &positions)
{
    QList<qsizetype> sorted(positions.cbegin(), positions.cend());
    std::ranges::sort(sorted);
    QJsonArray array;
    for (const qsizetype position : std::as_const(sorted)) {
        array.append(qint64(position));
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

LegacyCoverage::Coverage LegacyCoverage::derive(const Provenance &provenance, const QStringList &documentIds)
{
    if (provenance.pilot) {
        return {provenance.pilot->uncovered(documentIds.size()), CoverageOrigin::Derived};
    }
    const QString &tool = provenance.tool;
    if (tool.startsWith(finalLabelling)) {
        const qsizetype at = tool.indexOf(notLabelled);
        if (at < 0) {
            return {{}, CoverageOrigin::Derived}; // every piece labelled: the whole corpus
        }
        if (const auto unlabelled = listedDocuments(tool.mid(at + notLabelled.size()), documentIds)) {
            return {*unlabelled, CoverageOrigin::Derived};
        }
    }
    return {{}, CoverageOrigin::Assumed};
}

QStringList LegacyCoverage::documentIds(const QSqlDatabase &database)
{
    QSqlQuery query(database);
    QStringList ids;
    if (query.exec(u"SELECT external_id FROM documents ORDER BY position"_s)) {
        while (query.next()) {
            ids.append(query.value(0).toString());
        }
    }
    return ids;
}

std::expected<void, QString> LegacyCoverage::apply(const QSqlDatabase &database)
{
    const QStringList ids = documentIds(database);
    QSqlQuery layers(database);
    if (!layers.exec(u"SELECT id, provenance FROM layers"_s)) {
        return std::unexpected(u"cannot read the layers: %1"_s.arg(layers.lastError().text()));
    }
    QSqlQuery update(database);
    update.prepare(u"UPDATE layers SET uncovered = ?, coverage = ? WHERE id = ?"_s);
    while (layers.next()) {
        const Coverage coverage = derive(
            Provenance::fromJson(QJsonDocument::fromJson(layers.value(1).toByteArray()).object()), ids);
        update.addBindValue(positionsJson(coverage.uncovered));
        update.addBindValue(coverageOriginName(coverage.origin));
        update.addBindValue(layers.value(0));
        if (!update.exec()) {
            return std::unexpected(u"cannot write a layer's coverage: %1"_s.arg(update.lastError().text()));
        }
    }
    return {};
}

} // namespace Workbench::Core
