// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "evidencelist.h"

#include "models/evidencemodel.h"

#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

EvidenceList::EvidenceList(Core::Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_model(new EvidenceModel(workspace, this))
    , m_caption(new QLabel(this))
    , m_list(new QListView(this))
{
    m_caption->setObjectName(u"evidenceCaption"_s);
    m_caption->setWordWrap(true);
    m_list->setObjectName(u"evidenceList"_s);
    m_list->setModel(m_model);
    m_list->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_caption->setBuddy(m_list);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caption);
    layout->addWidget(m_list);
    // A click opens the document, as a link would; Enter too, from the keyboard.
    connect(m_list, &QListView::clicked, this, &EvidenceList::open);
    connect(m_list, &QListView::activated, this, &EvidenceList::open);
    // The model looks again when the round's layers arrive: the caption and visibility follow.
    connect(m_model, &QAbstractItemModel::modelReset, this, &EvidenceList::updateCaption);
    updateCaption();
}

EvidenceList::~EvidenceList() = default;

void EvidenceList::showChange(const Core::Proposal &proposal, const int row)
{
    m_model->showChange(proposal, row);
}

void EvidenceList::updateCaption()
{
    m_caption->setText(tr("Evide&nce in round %1 (click to open the document with every annotator's "
                          "layer of the round):")
                           .arg(m_model->round()));
    setVisible(m_model->rowCount() > 0);
}

void EvidenceList::open(const QModelIndex &index)
{
    const qsizetype document = index.data(EvidenceModel::DocumentRole).toLongLong();
    if (index.isValid() && document >= 0) {
        Q_EMIT opened(index.data(EvidenceModel::RoundRole).toInt(), document,
            index.data(EvidenceModel::StartRole).toInt(), index.data(EvidenceModel::EndRole).toInt());
    }
}

} // namespace Workbench::Ui
