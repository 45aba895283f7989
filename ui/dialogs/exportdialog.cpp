// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "exportdialog.h"

#include "background.h"
#include "formats/layerfilewriter.h"
#include "model/corpus.h"
#include "model/layerset.h"
#include "model/spanlayer.h"
#include "model/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

ExportDialog::ExportDialog(Core::Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setObjectName(u"exportDialog"_s);
    setWindowTitle(tr("Export a Layer"));
    m_layer = new QComboBox(this);
    m_layer->setObjectName(u"exportLayer"_s);
    for (const Core::SpanLayer *layer : workspace->layers().layers()) {
        m_layer->addItem(layer->name());
    }
    m_format = new QComboBox(this);
    m_format->setObjectName(u"exportFormat"_s);
    for (const Core::AnnotationFormat format :
        {Core::AnnotationFormat::Conll, Core::AnnotationFormat::Doccano, Core::AnnotationFormat::Prodigy,
            Core::AnnotationFormat::Brat}) {
        m_format->addItem(Core::annotationFormatName(format), int(format));
    }
    m_scheme = new QComboBox(this);
    m_scheme->setObjectName(u"exportScheme"_s);
    m_scheme->addItem(u"IOB2"_s, int(Core::TagScheme::Iob2));
    m_scheme->addItem(u"IOB1"_s, int(Core::TagScheme::Iob1));
    m_scheme->addItem(u"BIOES"_s, int(Core::TagScheme::Bioes));
    m_docstart = new QCheckBox(tr("A -DOCSTART- line before each document"), this);
    m_docstart->setObjectName(u"exportDocstart"_s);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        const bool conll =
            Core::AnnotationFormat(m_format->currentData().toInt()) == Core::AnnotationFormat::Conll;
        m_scheme->setEnabled(conll);
        m_docstart->setEnabled(conll);
    });
    m_export = new QPushButton(tr("&Export…"), this);
    m_export->setObjectName(u"exportButton"_s);
    m_export->setEnabled(m_layer->count() > 0);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::chooseAndExport);
    m_result = new QLabel(
        tr("Each format keeps and loses different things; what this export loses is listed here."), this);
    m_result->setObjectName(u"exportResult"_s);
    m_result->setWordWrap(true);
    m_loss = new QTableWidget(0, 3, this);
    m_loss->setObjectName(u"exportLoss"_s);
    m_loss->setHorizontalHeaderLabels({tr("What"), tr("Document"), tr("Detail")});
    m_loss->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_loss->verticalHeader()->hide();
    m_loss->horizontalHeader()->setStretchLastSection(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Layer:"), m_layer);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("CoNLL tags:"), m_scheme);
    form->addRow(QString(), m_docstart);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(m_loss, 1);
    layout->addWidget(buttons);
    resize(720, 480);
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::chooseAndExport()
{
    const auto format = Core::AnnotationFormat(m_format->currentData().toInt());
    const QString suggested = m_layer->currentText()
        + (format == Core::AnnotationFormat::Conll       ? u".conll"_s
                : format == Core::AnnotationFormat::Brat ? QString()
                                                         : u".jsonl"_s);
    const QString path = format == Core::AnnotationFormat::Brat
        ? QFileDialog::getExistingDirectory(this, tr("Export as brat: choose a directory"))
        : QFileDialog::getSaveFileName(this, tr("Export Layer"), suggested);
    if (!path.isEmpty()) {
        exportTo(path);
    }
}

void ExportDialog::exportTo(const QString &path)
{
    const Core::SpanLayer *layer = m_workspace->layers().layer(m_layer->currentText());
    if (layer == nullptr) {
        return;
    }
    // Values cross to the worker: the documents, the spans, the options.
    const QList<Core::Document> documents = m_workspace->corpus().documents();
    const Core::DocumentSpans spans = layer->allSpans();
    // Left out, a document the layer does not cover reads as uncovered again when imported.
    const QSet<qsizetype> uncovered = layer->uncoveredDocuments();
    const auto format = Core::AnnotationFormat(m_format->currentData().toInt());
    const Core::ConllWriter::Options options{
        .scheme = Core::TagScheme(m_scheme->currentData().toInt()), .docstart = m_docstart->isChecked()};
    m_export->setEnabled(false);
    m_result->setText(tr("Writing %1…").arg(path));
    Background::run(
        this,
        [=] { return Core::LayerFileWriter::write(path, format, documents, spans, uncovered, options); },
        [this, path, omitted = uncovered.size()](
            const std::expected<Core::LossReport, Core::ParseError> &result) {
            showResult(path, result ? *result : Core::LossReport{}, omitted,
                result ? QString() : result.error().toString());
        });
}

void ExportDialog::showResult(
    const QString &path, const Core::LossReport &loss, const qsizetype omitted, const QString &errorString)
{
    m_export->setEnabled(true);
    m_loss->setRowCount(int(loss.entries().size()));
    for (int row = 0; row < loss.entries().size(); ++row) {
        const Core::LossReport::Entry &entry = loss.entries().at(row);
        m_loss->setItem(row, 0, new QTableWidgetItem(entry.reason));
        m_loss->setItem(row, 1, new QTableWidgetItem(entry.documentId));
        m_loss->setItem(row, 2, new QTableWidgetItem(entry.detail));
    }
    QString text = !errorString.isEmpty() ? tr("Not written: %1").arg(errorString)
        : loss.isEmpty()                  ? tr("Written to %1; nothing was lost.").arg(path)
                         : tr("Written to %1; %n span(s) or detail(s) could not be kept, listed below.",
                             nullptr, int(loss.entries().size()))
                               .arg(path);
    if (errorString.isEmpty() && omitted > 0) {
        text += u' '
            + tr("%n document(s) the layer does not cover were left out, so that importing the file "
                 "reads them as missing, not as documents without entities.",
                nullptr, int(omitted));
    }
    m_result->setText(text);
    Q_EMIT finished(path, loss, errorString);
}

} // namespace Workbench::Ui
