// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "documentspane.h"

#include "model/corpus.h"
#include "model/workspace.h"
#include "models/documentfilterproxy.h"
#include "models/documentlistmodel.h"
#include "models/documentroles.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

DocumentsPane::DocumentsPane(Core::Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new DocumentListModel(&workspace->corpus(), this))
    , m_proxy(new DocumentFilterProxy(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DocumentRoles::SortRole);
    m_proxy->setFilterKeyColumn(DocumentRoles::TextColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    createFilters(); // first: the text filter takes the focus when the window opens
    m_table = new QTableView(this);
    m_table->setObjectName(u"documentList"_s);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    // File order until a header is clicked: the proxy then need not sort a million-token corpus
    // on the UI thread each time one is loaded.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(DocumentRoles::IdColumn, m_table->fontMetrics().horizontalAdvance(u"0000000"_s));
    setTabOrder(m_filter, m_table); // from the text filter Tab goes to the documents, then the combos

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 2);
    filters->addWidget(m_typeFilter, 1);
    filters->addWidget(m_hotspotFilter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_table);

    connect(&workspace->corpus(), &Core::Corpus::reset, this, [this] { showDisputedTypes({}); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            Q_EMIT documentChosen(
                current.isValid() ? current.data(DocumentRoles::DocumentIndexRole).toLongLong() : -1);
        });
}

DocumentsPane::~DocumentsPane() = default;

void DocumentsPane::createFilters()
{
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"documentFilter"_s);
    m_filter->setPlaceholderText(tr("Filter documents by text"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_typeFilter = new QComboBox(this);
    m_typeFilter->setObjectName(u"typeFilter"_s);
    m_typeFilter->setToolTip(tr("Only documents where the annotator layers disagree on a span of this type"));
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this,
        [this] { m_proxy->setDisputedType(m_typeFilter->currentData().toString()); });

    m_hotspotFilter = new QComboBox(this);
    m_hotspotFilter->setObjectName(u"hotspotFilter"_s);
    m_hotspotFilter->setToolTip(tr("Only documents with a hotspot of this class (method.md section 5)"));
    m_hotspotFilter->addItem(tr("Hotspots: any"), QVariant());
    using Kind = Core::HotspotBlock::Kind;
    for (const auto &[kind, name] : {std::pair{Kind::EliteSplit, tr("Hotspots: the elite split")},
             std::pair{Kind::SystematicBias, tr("Hotspots: systematic bias")},
             std::pair{Kind::Complex, tr("Hotspots: complex")},
             std::pair{Kind::Minor, tr("Hotspots: minor")}}) {
        m_hotspotFilter->addItem(name, int(kind));
    }
    connect(m_hotspotFilter, &QComboBox::currentIndexChanged, this,
        [this] { m_proxy->setHotspotKind(chosenHotspotKind()); });
}

std::optional<Core::HotspotBlock::Kind> DocumentsPane::chosenHotspotKind() const
{
    // The combo holds the kind as an int (QVariant compares those); the enum from here on.
    const QVariant kind = m_hotspotFilter->currentData();
    return kind.isValid() ? std::optional(Core::HotspotBlock::Kind(kind.toInt())) : std::nullopt;
}

void DocumentsPane::showAnalysis(const Core::CorpusAnalysis::Result &result)
{
    m_model->setHotspotKinds(result.hotspotKinds);
    m_proxy->setHotspotKind(chosenHotspotKind());
    m_model->setDisputed(result.disputes.spans, result.disputes.types);
    QStringList types;
    for (const QStringList &documentTypes : result.disputes.types) {
        for (const QString &type : documentTypes) {
            if (!types.contains(type)) {
                types.append(type);
            }
        }
    }
    showDisputedTypes(types);
    m_model->setAgreement(result.documentAgreement, result.documentUnmarked);
}

void DocumentsPane::showDisputedTypes(QStringList types)
{
    // The scheme's order first, then any other type the layers dispute.
    const QStringList scheme = m_workspace->scheme().codes();
    std::ranges::sort(types, [&scheme](const QString &a, const QString &b) {
        const qsizetype ia = scheme.contains(a) ? scheme.indexOf(a) : scheme.size();
        const qsizetype ib = scheme.contains(b) ? scheme.indexOf(b) : scheme.size();
        return ia != ib ? ia < ib : a < b;
    });
    const QString current = m_typeFilter->currentData().toString();
    const QSignalBlocker blocker(m_typeFilter);
    m_typeFilter->clear();
    m_typeFilter->addItem(tr("Disputed: any type"), QString());
    for (const QString &type : std::as_const(types)) {
        m_typeFilter->addItem(tr("Disputed: %1").arg(type), type);
    }
    const int kept = m_typeFilter->findData(current);
    m_typeFilter->setCurrentIndex(std::max(kept, 0));
    m_proxy->setDisputedType(kept > 0 ? current : QString());
}

void DocumentsPane::setCurated(const QList<int> &curated)
{
    m_model->setCurated(curated);
}

void DocumentsPane::setScope(
    const std::optional<QList<qsizetype>> &documents, const QList<QList<int>> &batchRounds)
{
    const qsizetype current = m_table->currentIndex().isValid()
        ? m_table->currentIndex().data(DocumentRoles::DocumentIndexRole).toLongLong()
        : -1;
    m_model->setBatchRounds(batchRounds);
    m_table->setColumnHidden(DocumentRoles::BatchColumn,
        std::ranges::all_of(batchRounds, [](const QList<int> &rounds) { return rounds.isEmpty(); }));
    // A matrix cell's documents were another scope's: the round's documents replace them.
    m_proxy->setAllowedDocuments(std::nullopt);
    m_proxy->setScopeDocuments(
        documents ? std::optional(QSet<qsizetype>(documents->cbegin(), documents->cend())) : std::nullopt);
    if (const int row = rowOf(current); row >= 0) {
        selectRow(row);
    } else {
        selectFirst();
    }
}

void DocumentsPane::setAllowedDocuments(const std::optional<QSet<qsizetype>> &documents)
{
    m_proxy->setAllowedDocuments(documents);
}

void DocumentsPane::selectFirst()
{
    if (m_proxy->rowCount() > 0) {
        m_table->selectRow(0);
    }
}

int DocumentsPane::rowOf(const qsizetype document) const
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (m_proxy->index(row, 0).data(DocumentRoles::DocumentIndexRole).toLongLong() == document) {
            return row;
        }
    }
    return -1;
}

void DocumentsPane::selectRow(const int row)
{
    m_table->setCurrentIndex(m_proxy->index(row, DocumentRoles::IdColumn));
    m_table->scrollTo(m_table->currentIndex());
}

void DocumentsPane::clearFilters()
{
    m_filter->clear();
    m_typeFilter->setCurrentIndex(0); // "any type": the proxy hears of it from the combo
    m_hotspotFilter->setCurrentIndex(0);
    m_proxy->setAllowedDocuments(std::nullopt);
}

DocumentsPane::Selection DocumentsPane::selectDocument(const qsizetype document)
{
    if (document < 0 || document >= m_model->rowCount()) {
        return Selection::Absent;
    }
    int row = rowOf(document);
    if (row < 0) { // filtered out: the filters go, the round shown stays
        clearFilters();
        row = rowOf(document);
    }
    if (row < 0) {
        return Selection::OutsideScope; // the Batch column says which round holds it
    }
    selectRow(row);
    return Selection::Selected;
}

bool DocumentsPane::selectNextDisputed(const bool forward)
{
    // In the order the pane shows (sorted, filtered), from the current document on.
    const int rows = m_proxy->rowCount();
    if (rows == 0) {
        return true; // nothing shown: nothing to walk, and nothing to report
    }
    const int current = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
    for (int step = 1; step <= rows; ++step) {
        const int row = ((forward ? current + step : current - step) % rows + rows) % rows;
        const QModelIndex disputed = m_proxy->index(row, DocumentRoles::DisputedColumn);
        if (disputed.data(DocumentRoles::SortRole).toInt() > 0) {
            selectRow(row);
            return true;
        }
    }
    return false;
}

QHeaderView *DocumentsPane::header() const
{
    return m_table->horizontalHeader();
}

} // namespace Workbench::Ui
