// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "agreementpane.h"

#include "agreementscatter.h"
#include "layerlabels.h"
#include "metrics/layercomparison.h"
#include "model/layerset.h"
#include "model/spanlayer.h"
#include "model/workspace.h"
#include "models/matrixmodel.h"
#include "rowtable.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

namespace {
enum ByTypeColumn { TypeColumn, AlphaColumn, IntervalColumn, FleissColumn, ByTypeColumnCount };
} // namespace

AgreementPane::AgreementPane(Core::Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new MatrixModel(this))
{
    m_matrix = new QTableView(this);
    m_matrix->setObjectName(u"agreementMatrix"_s);
    m_matrix->setModel(m_model);
    m_matrix->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrix->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_matrix->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_note = new QLabel(tr("Click a cell to list the documents where its two layers differ."), this);
    m_note->setObjectName(u"matrixNote"_s);
    m_note->setWordWrap(true);
    m_reliability = new QLabel(this);
    m_reliability->setObjectName(u"reliability"_s);
    m_reliability->setWordWrap(true);
    m_reliability->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reliability->setToolTip(tr("Agreement of all layers at once over tokens, as reports state it: "
                                 "Krippendorff's alpha (with its bootstrap 95% interval over documents) and "
                                 "Fleiss' kappa, on the BIO labels and on the entity type alone"));
    m_reliabilityByType = new QTableWidget(0, ByTypeColumnCount, this);
    m_reliabilityByType->setObjectName(u"reliabilityByType"_s);
    m_reliabilityByType->setHorizontalHeaderLabels(
        {tr("Entity type"), tr("Krippendorff's alpha"), tr("95% interval"), tr("Fleiss' kappa")});
    m_reliabilityByType->setToolTip(tr("Per entity type, that type against everything else: "
                                       "Krippendorff's alpha with its bootstrap 95% interval over documents, "
                                       "and Fleiss' kappa; empty where a coefficient is undefined"));
    makeRowTable(m_reliabilityByType);
    m_reliabilityByType->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_reliabilityByType->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_reliabilityByType->hide();
    m_type = new QComboBox(this);
    m_type->setObjectName(u"matrixType"_s);
    m_type->setToolTip(tr("Agreement over all spans, or over the spans of one type"));
    m_scatter = new AgreementScatter(this);
    m_scatter->setObjectName(u"agreementScatter"_s);

    auto *matrixColumn = new QVBoxLayout;
    matrixColumn->addWidget(m_reliability);
    matrixColumn->addWidget(m_reliabilityByType);
    matrixColumn->addWidget(m_type);
    matrixColumn->addWidget(m_matrix, 1);
    matrixColumn->addWidget(m_note);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(matrixColumn, 3);
    layout->addWidget(m_scatter, 2);

    connect(m_type, &QComboBox::currentIndexChanged, this,
        [this] { m_model->setType(m_type->currentData().toString()); });
    connect(m_matrix, &QTableView::clicked, this, &AgreementPane::compare);
}

AgreementPane::~AgreementPane() = default;

void AgreementPane::showReliability(
    const std::optional<Core::ReliabilityResult> &result, const qsizetype layerCount)
{
    m_shownReliability = result;
    m_reliabilityByType->setRowCount(0);
    m_reliabilityByType->hide();
    if (!result) {
        m_reliability->clear();
        return;
    }
    if (layerCount < 2) {
        // Nothing to compare is not "no agreement": say why the figures are missing.
        m_reliability->setText(
            tr("Krippendorff's alpha and Fleiss' kappa: n/a. They need at least two annotator "
               "layers to compare; found: %n (gold, aggregates and the curated layer are "
               "not compared).",
                nullptr, int(layerCount)));
        return;
    }
    const QLocale locale;
    const auto value = [&locale](const Core::ReliabilityResult::Estimate &estimate) {
        return estimate.value ? locale.toString(*estimate.value, 'f', 3) : tr("undefined");
    };
    const auto interval = [&locale](const Core::ReliabilityResult::Estimate &estimate) {
        return estimate.interval ? tr("[%1, %2]")
                                       .arg(locale.toString(estimate.interval->first, 'f', 3),
                                           locale.toString(estimate.interval->second, 'f', 3))
                                 : QString();
    };
    const Core::ReliabilityResult::Estimate &bio = result->alpha.bio;
    m_reliability->setText(
        tr("Krippendorff's alpha %1%2 (BIO), %3 (type) · Fleiss' kappa %4 (BIO), %5 (type)")
            .arg(value(bio), bio.interval ? u" "_s + interval(bio) : QString(), value(result->alpha.type),
                value(result->fleiss.bio), value(result->fleiss.type)));

    const QMap<QString, Core::ReliabilityResult::Estimate> &alphaByType = result->alpha.byType;
    if (alphaByType.isEmpty()) {
        return;
    }
    m_reliabilityByType->setRowCount(int(alphaByType.size()));
    int row = 0;
    for (auto it = alphaByType.cbegin(); it != alphaByType.cend(); ++it, ++row) {
        const Core::ReliabilityResult::Estimate fleiss = result->fleiss.byType.value(it.key());
        const QStringList cells{it.key(), value(it.value()), interval(it.value()), value(fleiss)};
        for (int column = 0; column < ByTypeColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column != TypeColumn) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            m_reliabilityByType->setItem(row, column, item);
        }
    }
    m_reliabilityByType->resizeRowsToContents();
    // Tall enough for a few types without a scroll bar; the matrix keeps the room below.
    constexpr int visibleRows = 6;
    int height =
        m_reliabilityByType->horizontalHeader()->sizeHint().height() + 2 * m_reliabilityByType->frameWidth();
    for (int r = 0; r < std::min(m_reliabilityByType->rowCount(), visibleRows); ++r) {
        height += m_reliabilityByType->rowHeight(r);
    }
    m_reliabilityByType->setFixedHeight(height);
    m_reliabilityByType->show();
}

const Core::AgreementResult &AgreementPane::result() const
{
    return m_model->result();
}

const std::optional<Core::ReliabilityResult> &AgreementPane::reliability() const
{
    return m_shownReliability;
}

void AgreementPane::showAgreement(const Core::AgreementResult &result, const bool byAnnotator)
{
    QStringList labels;
    QStringList toolTips;
    for (const QString &name : result.layers) {
        const Core::SpanLayer *layer = m_workspace->layers().layer(name);
        labels.append(layer != nullptr ? LayerLabels::name(*layer, byAnnotator) : name);
        toolTips.append(layer != nullptr ? LayerLabels::toolTip(*layer) : name);
    }
    m_model->setResult(result, labels, toolTips);
    // The type chosen stays chosen while the result still has it.
    const QString chosen = m_type->currentData().toString();
    const QSignalBlocker blocker(m_type);
    m_type->clear();
    m_type->addItem(tr("All types"), QString());
    for (auto it = result.f1ByType.cbegin(); it != result.f1ByType.cend(); ++it) {
        m_type->addItem(tr("Type %1").arg(it.key()), it.key());
    }
    const int kept = m_type->findData(chosen);
    m_type->setCurrentIndex(std::max(kept, 0));
    m_model->setType(kept > 0 ? chosen : QString());
    m_scatter->setResult(result, labels);
}

void AgreementPane::compare(const QModelIndex &cell)
{
    const Core::AgreementResult &result = m_model->result();
    if (!cell.isValid() || cell.row() == cell.column()) {
        m_note->setText(tr("All documents."));
        Q_EMIT layersCompared({}, std::nullopt);
        return;
    }
    const QString a = result.layers.at(cell.row());
    const QString b = result.layers.at(cell.column());
    const Core::SpanLayer *left = m_workspace->layers().layer(a);
    const Core::SpanLayer *right = m_workspace->layers().layer(b);
    QList<qsizetype> differing =
        Core::LayerComparison::differingDocuments(left->allSpans(), right->allSpans());
    // A document one of them does not cover is outside their pair, as in the cell's figure.
    differing.removeIf([left, right](const qsizetype document) {
        return left->uncoveredDocuments().contains(document)
            || right->uncoveredDocuments().contains(document);
    });
    m_note->setText(tr("%n document(s) where %1 and %2 differ; click the diagonal to show all.", nullptr,
        int(differing.size()))
                        .arg(m_model->label(cell.row()), m_model->label(cell.column())));
    Q_EMIT layersCompared(a, QSet<qsizetype>(differing.cbegin(), differing.cend()));
}

} // namespace Workbench::Ui
