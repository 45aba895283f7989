// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "annotatortotals.h"

#include "costtext.h"
#include "delegates/progressdelegate.h"
#include "pilot/mentionaligner.h"
#include "rowtable.h"

#include <QLocale>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

namespace {
enum Column {
    NameColumn,
    ProgressColumn,
    CallsColumn,
    FailedCallsColumn,
    SnappedColumn = 7,
    NotPlacedColumn,
    ColumnCount
};

// At most this many mentions are listed in a tooltip.
constexpr qsizetype listedMentions = 10;
} // namespace

AnnotatorTotals::AnnotatorTotals(QWidget *parent)
    : QTableWidget(0, ColumnCount, parent)
{
    setObjectName(u"annotatorTotals"_s);
    setHorizontalHeaderLabels({tr("Annotator"), tr("Progress"), tr("Calls"), tr("Failed calls"),
        tr("Tokens in"), tr("Tokens out"), tr("Cost (USD)"), tr("Snapped"), tr("Not placed")});
    makeRowTable(this);
    horizontalHeaderItem(SnappedColumn)
        ->setToolTip(tr("Mentions widened to the whole corpus tokens they cut into (\"Obama\" for "
                        "the token \"#Obama\"), in the last round analysed"));
    horizontalHeaderItem(NotPlacedColumn)
        ->setToolTip(tr("Mentions the annotator named that are not in the text (left out), or that fit "
                        "several places (one taken, a guess); shown for a round the project keeps"));
    setItemDelegateForColumn(ProgressColumn, new ProgressDelegate(this));
}

AnnotatorTotals::~AnnotatorTotals() = default;

void AnnotatorTotals::reset()
{
    setRowCount(0);
    m_totals.clear();
}

int AnnotatorTotals::rowOf(const QString &annotator)
{
    int row = 0;
    const auto nameAt = [this](const int at) { return item(at, NameColumn)->data(Qt::UserRole).toString(); };
    while (row < rowCount() && nameAt(row) < annotator) {
        ++row;
    }
    if (row == rowCount() || nameAt(row) != annotator) {
        insertRow(row);
        const QString zero = QLocale().toString(0);
        setRowTexts(this, row, {displayName(annotator), {}, zero, zero, zero, zero, zero, {}, {}});
        item(row, NameColumn)->setData(Qt::UserRole, annotator);
    }
    return row;
}

void AnnotatorTotals::showProgress(const QString &annotator, const int done, const int total)
{
    auto *cell = new QTableWidgetItem(u"%1/%2"_s.arg(done).arg(total));
    cell->setData(ProgressDelegate::DoneRole, done);
    cell->setData(ProgressDelegate::TotalRole, total);
    cell->setToolTip(tr("%1 of %n piece(s) done", nullptr, total).arg(done));
    setItem(rowOf(annotator), ProgressColumn, cell);
}

void AnnotatorTotals::showSnapped(const Core::RoundSummary &summary)
{
    for (const Core::RoundSummary::Annotator &annotator : summary.annotators) {
        auto *cell = new QTableWidgetItem(QLocale().toString(annotator.snapped));
        cell->setToolTip(
            tr("Round %1: %n mention(s) widened to whole tokens", nullptr, int(annotator.snapped))
                .arg(summary.round));
        setItem(rowOf(annotator.name), SnappedColumn, cell);
    }
}

QString AnnotatorTotals::displayName(const QString &annotator)
{
    // No annotator may take these names (PilotConfig): they are the calls of no annotator.
    if (annotator == u"supervisor"_s) {
        return tr("supervisor", "the row of the supervisor's calls");
    }
    if (annotator == u"embeddings"_s) {
        return tr("embeddings", "the row of the calls that fetched the pool's embeddings");
    }
    return annotator;
}

void AnnotatorTotals::showUnplaced(const int round, const QHash<QString, Core::LossReport> &losses)
{
    for (auto it = losses.cbegin(); it != losses.cend(); ++it) {
        QStringList notFound;
        QStringList guessed;
        for (const Core::LossReport::Entry &entry : it.value().entries()) {
            if (entry.reason == QLatin1String(Core::MentionAligner::notFoundReason)) {
                notFound.append(mentionText(entry));
            } else if (entry.reason == QLatin1String(Core::MentionAligner::ambiguousReason)) {
                guessed.append(mentionText(entry));
            }
        }
        auto *cell = new QTableWidgetItem(QLocale().toString(notFound.size() + guessed.size()));
        QString tip =
            tr("Round %1: %n mention(s) not in the text, left out", nullptr, int(notFound.size())).arg(round);
        tip += listing(notFound);
        if (!guessed.isEmpty()) {
            tip += u"\n"_s
                + tr("%n mention(s) that fit several places: one taken", nullptr, int(guessed.size()))
                + listing(guessed);
        }
        cell->setToolTip(tip);
        setItem(rowOf(it.key()), NotPlacedColumn, cell);
    }
}

QString AnnotatorTotals::mentionText(const Core::LossReport::Entry &entry)
{
    // The aligner's entries start with the mention: "\"Obama\" (PER): ..." (PilotRun::place).
    static const QRegularExpression quoted(u"^\"(.*?)\" \\(([^)]*)\\)"_s);
    const QRegularExpressionMatch match = quoted.match(entry.detail);
    const QString mention =
        match.hasMatch() ? tr("“%1” (%2)").arg(match.captured(1), match.captured(2)) : entry.detail;
    return tr("document %1: %2").arg(entry.documentId, mention);
}

QString AnnotatorTotals::listing(const QStringList &mentions)
{
    QString text;
    for (const QString &mention : mentions.mid(0, listedMentions)) {
        text += u"\n  "_s + mention;
    }
    if (mentions.size() > listedMentions) {
        text += u"\n  "_s + tr("and %n more", nullptr, int(mentions.size() - listedMentions));
    }
    return text;
}

void AnnotatorTotals::count(const Core::LlmCallRecord &record)
{
    CallTotals &t = m_totals[record.annotator];
    t.add(record);
    setRowTexts(this, rowOf(record.annotator),
        {QLocale().toString(t.calls), QLocale().toString(t.failed), QLocale().toString(t.promptTokens),
            QLocale().toString(t.completionTokens), CostText::amount(t.cost, 4)},
        CallsColumn);
}

void AnnotatorTotals::showRound(const Core::RoundSummary &summary, const QList<Core::LlmCallRecord> &calls)
{
    reset();
    horizontalHeaderItem(SnappedColumn)
        ->setToolTip(tr("Mentions widened to the whole corpus tokens they cut into (\"Obama\" for the token "
                        "\"#Obama\"), in round %1")
                         .arg(summary.round));
    QHash<QString, int> failedCalls;
    for (const Core::LlmCallRecord &call : calls) {
        failedCalls[call.annotator] += call.succeeded() ? 0 : 1;
    }
    const auto failedOf = [&](const QString &name) {
        return calls.isEmpty() ? std::nullopt : std::optional<int>(failedCalls.value(name));
    };
    for (const Core::RoundSummary::Annotator &annotator : summary.annotators) {
        showFinished(annotator, failedOf(annotator.name));
    }
    // The supervisor and the embeddings label nothing: a row only when they were paid for.
    for (const Core::RoundSummary::Annotator *helper : {&summary.supervisor, &summary.embeddings}) {
        if (helper->calls > 0) {
            showFinished(*helper, failedOf(helper->name));
        }
    }
    showSnapped(summary);
}

void AnnotatorTotals::showFinished(
    const Core::RoundSummary::Annotator &annotator, const std::optional<int> failedCalls)
{
    const int row = rowOf(annotator.name);
    const QLocale locale;
    setRowTexts(this, row,
        {annotator.failedItems > 0 ? tr("%n piece(s) failed", nullptr, int(annotator.failedItems))
                                   : tr("done", "every piece of the annotator's in the round labelled"),
            locale.toString(annotator.calls), failedCalls ? locale.toString(*failedCalls) : tr("n/a"),
            locale.toString(annotator.promptTokens), locale.toString(annotator.completionTokens),
            CostText::amount(annotator.cost, 4)},
        ProgressColumn);
    if (!failedCalls) {
        item(row, FailedCallsColumn)->setToolTip(tr("The round's calls are not in the project's call log"));
    }
    if (annotator.leftOut > 0) {
        item(row, ProgressColumn)
            ->setToolTip(tr("%n document(s) left out of its agreement: it could not label them", nullptr,
                int(annotator.leftOut)));
    }
}

} // namespace Workbench::Ui
