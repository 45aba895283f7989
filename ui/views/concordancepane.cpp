// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "concordancepane.h"

#include "background.h"
#include "model/concordance.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

namespace {

constexpr int contextCharacters = 40;
constexpr int hitLimit = 5000;
enum HitRole { DocumentRole = Qt::UserRole, StartRole, EndRole };

} // namespace

ConcordancePane::ConcordancePane(QWidget *parent)
    : QWidget(parent)
{
    m_query = new QLineEdit(this);
    m_query->setObjectName(u"concordanceQuery"_s);
    m_query->setPlaceholderText(tr("Search the corpus (any case)"));
    m_query->setClearButtonEnabled(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"concordanceSummary"_s);
    m_model = new QStandardItemModel(0, 4, this);
    m_model->setHorizontalHeaderLabels({tr("Document"), tr("Before"), tr("Match"), tr("After")});
    m_hits = new QTableView(this);
    m_hits->setObjectName(u"concordanceHits"_s);
    m_hits->setModel(m_model);
    m_hits->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_hits->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_hits->setSelectionMode(QAbstractItemView::SingleSelection);
    m_hits->verticalHeader()->hide();
    m_hits->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_hits->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_hits->setWordWrap(false);
    m_hits->setTextElideMode(Qt::ElideLeft); // the left context ends at the match: keep that end

    m_pause.setSingleShot(true);
    m_pause.setInterval(250);
    connect(&m_pause, &QTimer::timeout, this, &ConcordancePane::run);
    connect(m_query, &QLineEdit::textChanged, this, [this] { m_pause.start(); });
    connect(m_query, &QLineEdit::returnPressed, this, &ConcordancePane::run);
    connect(m_hits, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QModelIndex first = m_model->index(index.row(), 0);
        Q_EMIT hitActivated(first.data(DocumentRole).toLongLong(), first.data(StartRole).toInt(),
            first.data(EndRole).toInt());
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_query);
    layout->addWidget(m_summary);
    layout->addWidget(m_hits, 1);
}

ConcordancePane::~ConcordancePane() = default;

void ConcordancePane::setDocuments(const QList<Core::Document> &documents)
{
    m_documents = documents;
    if (!m_query->text().isEmpty()) {
        run();
    }
}

void ConcordancePane::search(const QString &query)
{
    m_query->setText(query);
    run();
}

void ConcordancePane::run()
{
    m_pause.stop();
    const quint64 generation = ++m_generation;
    Background::run(
        this,
        [documents = m_documents, query = m_query->text()] {
            return Core::Concordance::search(documents, query, contextCharacters, hitLimit);
        },
        [this, generation](const Core::Concordance::Result &result) {
            if (generation == m_generation) { // else the user typed on
                showHits(result);
            }
        });
}

void ConcordancePane::showHits(const Core::Concordance::Result &result)
{
    m_model->removeRows(0, m_model->rowCount());
    for (const Core::Concordance::Hit &hit : result.hits) {
        auto *document = new QStandardItem(m_documents.at(hit.document).id());
        document->setData(hit.document, DocumentRole);
        document->setData(hit.start, StartRole);
        document->setData(hit.end, EndRole);
        auto *left = new QStandardItem(hit.left);
        left->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *match = new QStandardItem(hit.match);
        QFont bold = match->font();
        bold.setBold(true); // the match stands out by weight, not colour alone
        match->setFont(bold);
        m_model->appendRow({document, left, match, new QStandardItem(hit.right)});
    }
    m_summary->setText(m_query->text().isEmpty() ? QString()
            : result.truncated ? tr("The first %n hit(s) are shown; narrow the search to see the rest.",
                  nullptr, int(result.hits.size()))
                               : tr("%n hit(s)", nullptr, int(result.hits.size())));
    Q_EMIT searched(int(result.hits.size()));
}

} // namespace Workbench::Ui
