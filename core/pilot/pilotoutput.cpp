// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "pilot/pilotoutput.h"

#include "formats/conllwriter.h"
#include "formats/coveredselection.h"
#include "formats/safefilenames.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

namespace {

// Annotator names come from the configuration (a model name such as "org/model" by default):
// made safe for file names, the same way in every round since the names come sorted.
QHash<QString, QString> fileNames(QStringList annotators)
{
    annotators.sort();
    annotators.removeDuplicates();
    SafeFileNames names;
    QHash<QString, QString> result;
    for (const QString &annotator : std::as_const(annotators)) {
        result.insert(annotator, names.take(annotator));
    }
    return result;
}

} // namespace

PilotOutput::PilotOutput(QString directory)
    : m_directory(std::move(directory))
{
}

std::expected<void, ParseError> PilotOutput::write(const QString &relative, const QByteArray &bytes) const
{
    const QString path = QDir(m_directory).filePath(relative);
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        return std::unexpected(
            ParseError{QFileInfo(path).absolutePath(), 0, u"cannot create the directory"_s});
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return std::unexpected(ParseError{path, 0, u"cannot write the file: %1"_s.arg(file.errorString())});
    }
    return {};
}

std::expected<void, ParseError> PilotOutput::writeRound(
    const PilotRun &run, const RoundSummary &summary) const
{
    const QString dir = u"round-%1/"_s.arg(summary.round);
    const QList<Document> documents = run.batchDocuments();
    const QHash<QString, QString> names = fileNames(run.layers().keys() + run.annotatorReports().keys());
    for (auto it = run.layers().cbegin(); it != run.layers().cend(); ++it) {
        const ConllWriter::Output conll = labelledConll(documents, it.value(), run.failedDocuments(it.key()));
        if (auto ok = write(dir + names.value(it.key()) + u".conll"_s, conll.bytes); !ok) {
            return ok;
        }
    }
    if (auto ok = write(dir + u"hotspots.md"_s, run.hotspotReport().toUtf8()); !ok) {
        return ok;
    }
    for (auto it = run.annotatorReports().cbegin(); it != run.annotatorReports().cend(); ++it) {
        if (auto ok = write(dir + u"annotator-%1.md"_s.arg(names.value(it.key())), it.value().toUtf8());
            !ok) {
            return ok;
        }
    }
    QByteArray failures;
    for (const FailedItem &item : run.failedItems()) {
        failures += QJsonDocument(item.toJson()).toJson(QJsonDocument::Compact) + '\n';
    }
    return write(dir + u"failures.jsonl"_s, failures);
}

std::expected<void, ParseError> PilotOutput::writeGuideline(const Guideline &guideline) const
{
    if (auto ok = write(u"guideline-v%1.md"_s.arg(guideline.version), guideline.toMarkdown().toUtf8()); !ok) {
        return ok;
    }
    return write(u"guideline-v%1.html"_s.arg(guideline.version), guideline.toHtml().toUtf8());
}

std::expected<void, ParseError> PilotOutput::writeProposal(
    const Proposal &proposal, const Guideline &current, const double changeCap) const
{
    QJsonObject json = proposal.toJson();
    json.insert(u"cap_use"_s, proposal.capUse(current).toJson(changeCap));
    return write(u"proposal-%1.json"_s.arg(proposal.round), QJsonDocument(json).toJson());
}

std::expected<void, ParseError> PilotOutput::writeFinal(
    const QList<Document> &documents, const DocumentSpans &spans, const QSet<QString> &unlabelled) const
{
    return write(u"final.conll"_s, labelledConll(documents, spans, unlabelled).bytes);
}

ConllWriter::Output PilotOutput::labelledConll(
    const QList<Document> &documents, const DocumentSpans &spans, const QSet<QString> &unlabelled)
{
    // Only what was labelled: a document whose piece failed would read as "no entities".
    QSet<qsizetype> uncovered;
    for (qsizetype d = 0; d < documents.size(); ++d) {
        if (unlabelled.contains(documents.at(d).id())) {
            uncovered.insert(d);
        }
    }
    const CoveredSelection labelled = CoveredSelection::of(documents, spans, uncovered);
    return ConllWriter::write(labelled.documents, labelled.spans, {});
}

std::expected<void, ParseError> PilotOutput::writeSummary(const QList<RoundSummary> &rounds,
    const int guidelineVersion, const std::optional<Final> &labelled,
    const std::optional<Ending> &ending) const
{
    QJsonArray array;
    for (const RoundSummary &round : rounds) {
        array.append(round.toJson());
    }
    QJsonObject summary{{u"rounds"_s, array}, {u"guideline_version"_s, guidelineVersion},
        {u"final"_s, QJsonValue(QJsonValue::Null)}};
    if (labelled) {
        summary.insert(u"final"_s, labelled->toJson());
    }
    if (ending) {
        QJsonObject finish{{u"reason"_s, ending->reason}};
        switch (ending->outcome) {
        case PilotRun::FinalOutcome::Done:
            finish.insert(u"final_labelling"_s, u"done"_s);
            break;
        case PilotRun::FinalOutcome::Failed:
            finish.insert(u"final_labelling"_s, u"failed"_s);
            finish.insert(u"failed_because"_s, ending->note);
            break;
        case PilotRun::FinalOutcome::NotYet:
        case PilotRun::FinalOutcome::Skipped:
            finish.insert(u"final_labelling"_s, u"skipped"_s);
            finish.insert(u"skipped_because"_s, ending->note);
            break;
        }
        summary.insert(u"finish"_s, finish);
    }
    return write(u"summary.json"_s, QJsonDocument(summary).toJson());
}

QJsonObject PilotOutput::Final::toJson() const
{
    QJsonObject json = choice.toJson();
    json.insert(u"f1"_s, f1 ? QJsonValue(*f1) : QJsonValue(QJsonValue::Null));
    json.insert(u"failed_pieces"_s, failedPieces);
    json.insert(u"unlabelled_documents"_s, QJsonArray::fromStringList(unlabelledDocuments));
    return json;
}

std::expected<void, ParseError> PilotOutput::updateFinal(const Final &labelled) const
{
    QFile file(QDir(m_directory).filePath(u"summary.json"_s));
    QJsonObject summary;
    if (file.open(QIODevice::ReadOnly)) {
        summary = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
    }
    summary.insert(u"final"_s, labelled.toJson());
    if (summary.contains(u"finish"_s)) {
        QJsonObject finish = summary.value(u"finish"_s).toObject();
        finish.insert(u"final_labelling"_s, u"done"_s);
        finish.remove(u"skipped_because"_s);
        finish.remove(u"failed_because"_s);
        summary.insert(u"finish"_s, finish);
    }
    return write(u"summary.json"_s, QJsonDocument(summary).toJson());
}

std::expected<void, ParseError> PilotOutput::writeDryRun(
    const QList<std::tuple<QString, QString, QString>> &prompts) const
{
    QHash<QString, SafeFileNames> documentNames; // per annotator directory
    QStringList annotators;
    for (const auto &[annotator, document, prompt] : prompts) {
        annotators.append(annotator);
    }
    const QHash<QString, QString> names = fileNames(annotators);
    for (const auto &[annotator, document, prompt] : prompts) {
        const QString relative = u"dry-run/round-0/%1/%2.txt"_s.arg(
            names.value(annotator), documentNames[annotator].take(document));
        if (auto ok = write(relative, prompt.toUtf8()); !ok) {
            return ok;
        }
    }
    return {};
}

} // namespace Workbench::Core
