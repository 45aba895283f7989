// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "model/pilotorigin.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

namespace {

QJsonArray positionsJson(const QList<qsizetype> &positions)
{
    QJsonArray array;
    for (const qsizetype position : positions) {
        array.append(qint64(position));
    }
    return array;
}

QList<qsizetype> positionsFromJson(const QJsonValue &value)
{
    QList<qsizetype> positions;
    for (const QJsonValue &entry : value.toArray()) {
        if (entry.isDouble() && entry.toInteger(-1) >= 0) {
            positions.append(qsizetype(entry.toInteger()));
        }
    }
    return positions;
}

} // namespace

QSet<qsizetype> PilotOrigin::covered() const
{
    QSet<qsizetype> documents(batch.cbegin(), batch.cend());
    for (const qsizetype document : failed) {
        documents.remove(document);
    }
    return documents;
}

QSet<qsizetype> PilotOrigin::uncovered(const qsizetype documentCount) const
{
    const QSet<qsizetype> kept = covered();
    QSet<qsizetype> documents;
    for (qsizetype d = 0; d < documentCount; ++d) {
        if (!kept.contains(d)) {
            documents.insert(d);
        }
    }
    return documents;
}

QJsonObject PilotOrigin::toJson() const
{
    return QJsonObject{{u"run"_s, runId}, {u"round"_s, round}, {u"annotator"_s, annotator},
        {u"model"_s, model}, {u"endpoint"_s, endpoint}, {u"guideline_version"_s, guidelineVersion},
        {u"batch"_s, positionsJson(batch)}, {u"failed"_s, positionsJson(failed)}};
}

std::optional<PilotOrigin> PilotOrigin::fromJson(const QJsonObject &object)
{
    if (!object.value(u"round"_s).isDouble()) {
        return std::nullopt;
    }
    return PilotOrigin{.runId = object.value(u"run"_s).toInteger(),
        .round = object.value(u"round"_s).toInt(),
        .annotator = object.value(u"annotator"_s).toString(),
        .model = object.value(u"model"_s).toString(),
        .endpoint = object.value(u"endpoint"_s).toString(),
        .guidelineVersion = object.value(u"guideline_version"_s).toInt(),
        .batch = positionsFromJson(object.value(u"batch"_s)),
        .failed = positionsFromJson(object.value(u"failed"_s))};
}

} // namespace Workbench::Core
