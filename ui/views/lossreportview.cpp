// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "lossreportview.h"

#include "model/span.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

namespace {

qsizetype tokenCount(const QList<Core::Document> &documents)
{
    qsizetype tokens = 0;
    for (const Core::Document &document : documents) {
        tokens += document.tokenCount();
    }
    return tokens;
}

} // namespace

LossReportView::LossReportView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_entries(new QTableWidget(0, 4, this))
{
    m_summary->setObjectName(u"lossSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_entries->setObjectName(u"lossEntries"_s);
    m_entries->setHorizontalHeaderLabels({tr("Not kept"), tr("Document"), tr("Line"), tr("Detail")});
    m_entries->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_entries->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_entries->verticalHeader()->hide();
    m_entries->horizontalHeader()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_entries, 1);
}

LossReportView::~LossReportView() = default;

QString LossReportView::brief(const Core::ProjectImporter::Outcome &outcome)
{
    const qsizetype spans = Core::spanCount(outcome.layer.spans);
    if (outcome.definedCorpus) {
        return tr("corpus: %n document(s)", nullptr, int(outcome.documents.size())) + u", "_s
            + tr("%n span(s)", nullptr, int(spans));
    }
    const qsizetype lost = outcome.layer.loss.size();
    return lost == 0
        ? tr("%n span(s), all aligned", nullptr, int(spans))
        : tr("%n span(s) aligned", nullptr, int(spans)) + u", "_s + tr("%n not aligned", nullptr, int(lost));
}

void LossReportView::showOutcome(const QString &file, const Core::ProjectImporter::Outcome &outcome)
{
    const QString name = QFileInfo(file).fileName();
    const Core::ImportedLayer &layer = outcome.layer;
    const qsizetype spans = Core::spanCount(layer.spans);
    QStringList sentences;
    if (outcome.definedCorpus) {
        sentences.append(
            tr("%1 is the corpus: %n document(s)", nullptr, int(outcome.documents.size())).arg(name) + u", "_s
            + tr("%n token(s)", nullptr, int(tokenCount(outcome.documents))) + u", "_s
            + tr("%n span(s) as its layer.", nullptr, int(spans)));
    } else {
        sentences.append(tr("%1: %n span(s) aligned to the corpus.", nullptr, int(spans)).arg(name));
        sentences.append(layer.loss.isEmpty()
                ? tr("Every span of the file was aligned.")
                : tr("%n span(s) could not be aligned and are not imported; they are listed below.", nullptr,
                    int(layer.loss.size())));
        if (layer.unalignedTokens > 0) {
            sentences.append(tr("%n token(s) of the file have no partner in the corpus.", nullptr,
                int(layer.unalignedTokens)));
        }
        if (layer.substitutedTokens > 0) {
            sentences.append(tr("%n token(s) are spelt differently from the corpus's and were paired anyway.",
                nullptr, int(layer.substitutedTokens)));
        }
        if (!layer.uncoveredDocuments.isEmpty()) {
            sentences.append(tr("%n document(s) of the corpus are not in this file: agreement reads them "
                                "as missing, not as documents without entities.",
                nullptr, int(layer.uncoveredDocuments.size())));
        }
    }
    if (!outcome.warnings.isEmpty()) {
        sentences.append(tr("%n warning(s), listed below.", nullptr, int(outcome.warnings.size())));
    }
    m_summary->setText(sentences.join(u' '));
    fillEntries(outcome);
}

void LossReportView::fillEntries(const Core::ProjectImporter::Outcome &outcome)
{
    const QList<Core::LossReport::Entry> &entries = outcome.layer.loss.entries();
    const int warnings = int(std::min<qsizetype>(outcome.warnings.size(), maxEntries));
    const int rows = int(std::min<qsizetype>(entries.size(), maxEntries - warnings)) + warnings;
    m_entries->setRowCount(0);
    m_entries->setRowCount(rows);
    for (int row = 0; row < warnings; ++row) {
        m_entries->setItem(row, 0, new QTableWidgetItem(tr("warning")));
        m_entries->setItem(row, 3, new QTableWidgetItem(outcome.warnings.at(row)));
    }
    for (int row = warnings; row < rows; ++row) {
        const Core::LossReport::Entry &entry = entries.at(row - warnings);
        auto *what = new QTableWidgetItem(describe(entry.reason));
        what->setToolTip(entry.reason);
        m_entries->setItem(row, 0, what);
        m_entries->setItem(row, 1, new QTableWidgetItem(entry.documentId));
        m_entries->setItem(
            row, 2, new QTableWidgetItem(entry.line > 0 ? QString::number(entry.line) : QString()));
        m_entries->setItem(row, 3, new QTableWidgetItem(entry.detail));
    }
    m_entries->resizeColumnToContents(0);
}

void LossReportView::showText(const QString &text)
{
    m_summary->setText(text);
    m_entries->setRowCount(0);
}

QString LossReportView::describe(const QString &reason)
{
    if (reason == u"no-token") {
        return tr("on no token");
    }
    if (reason == u"endpoint-inside-token") {
        return tr("begins or ends inside a token");
    }
    if (reason == u"endpoint-unaligned") {
        return tr("first or last token not in the corpus");
    }
    if (reason == u"tokenisation-differs") {
        return tr("tokens differ from the corpus's");
    }
    if (reason == u"alignment-crosses-sentence" || reason == u"crosses-sentence") {
        return tr("would cross a sentence boundary");
    }
    if (reason == u"document-not-in-file") {
        return tr("in a document the file does not cover");
    }
    if (reason == u"discontinuous") {
        return tr("discontinuous");
    }
    if (reason == u"overlap-dropped") {
        return tr("overlaps another span");
    }
    return reason;
}

} // namespace Workbench::Ui
