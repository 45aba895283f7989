// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "pilotoutput.h"

#include "../formats/conllwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

PilotOutput::PilotOutput(QString directory)
    : m_directory(std::move(directory))
{
}

std::expected<void, QString> PilotOutput::write(const QString &relative, const QByteArray &bytes) const
{
    const QString path = QDir(m_directory).filePath(relative);
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        return std::unexpected(u"%1: cannot create the directory"_s.arg(QFileInfo(path).absolutePath()));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return std::unexpected(u"%1: cannot write the file: %2"_s.arg(path, file.errorString()));
    }
    return {};
}

std::expected<void, QString> PilotOutput::writeRound(const PilotRun &run, const RoundSummary &summary) const
{
    const QString dir = u"round-%1/"_s.arg(summary.round);
    const QList<Document> documents = run.batchDocuments();
    for (auto it = run.layers().cbegin(); it != run.layers().cend(); ++it) {
        const ConllWriter::Output conll = ConllWriter::write(documents, it.value(), {});
        if (auto ok = write(dir + it.key() + u".conll"_s, conll.bytes); !ok) {
            return ok;
        }
    }
    if (auto ok = write(dir + u"hotspots.md"_s, run.hotspotReport().toUtf8()); !ok) {
        return ok;
    }
    for (auto it = run.annotatorReports().cbegin(); it != run.annotatorReports().cend(); ++it) {
        if (auto ok = write(dir + u"annotator-%1.md"_s.arg(it.key()), it.value().toUtf8()); !ok) {
            return ok;
        }
    }
    QByteArray failures;
    for (const PilotRun::FailedItem &item : run.failedItems()) {
        failures +=
            QJsonDocument(QJsonObject{{u"annotator"_s, item.annotator}, {u"document"_s, item.document},
                              {u"error"_s, item.error}, {u"raw"_s, item.raw}})
                .toJson(QJsonDocument::Compact)
            + '\n';
    }
    return write(dir + u"failures.jsonl"_s, failures);
}

std::expected<void, QString> PilotOutput::writeGuideline(const Guideline &guideline) const
{
    if (auto ok = write(u"guideline-v%1.md"_s.arg(guideline.version), guideline.toMarkdown().toUtf8()); !ok) {
        return ok;
    }
    return write(u"guideline-v%1.html"_s.arg(guideline.version), guideline.toHtml().toUtf8());
}

std::expected<void, QString> PilotOutput::writeProposal(const Proposal &proposal) const
{
    return write(u"proposal-%1.json"_s.arg(proposal.round), QJsonDocument(proposal.toJson()).toJson());
}

std::expected<void, QString> PilotOutput::writeFinal(
    const QList<Document> &documents, const DocumentSpans &spans) const
{
    return write(u"final.conll"_s, ConllWriter::write(documents, spans, {}).bytes);
}

std::expected<void, QString> PilotOutput::writeSummary(
    const QList<RoundSummary> &rounds, const int guidelineVersion, const std::optional<Final> &labelled) const
{
    QJsonArray array;
    for (const RoundSummary &round : rounds) {
        array.append(round.toJson());
    }
    QJsonObject final{{u"guideline_version"_s, guidelineVersion}};
    if (labelled) {
        final.insert(u"annotator"_s, labelled->annotator);
        final.insert(u"f1"_s, labelled->f1 ? QJsonValue(*labelled->f1) : QJsonValue(QJsonValue::Null));
    } else if (!rounds.isEmpty()) {
        const auto &annotators = rounds.last().annotators;
        const auto best = std::ranges::max_element(annotators, {}, &RoundSummary::Annotator::meanAgreement);
        if (best != annotators.end()) {
            final.insert(u"annotator"_s, best->name);
            final.insert(u"f1"_s, best->f1 ? QJsonValue(*best->f1) : QJsonValue(QJsonValue::Null));
        }
    }
    return write(
        u"summary.json"_s, QJsonDocument(QJsonObject{{u"rounds"_s, array}, {u"final"_s, final}}).toJson());
}

} // namespace Workbench::Core
