// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "labellingcontrols.h"

#include "costtext.h"
#include "labellingchoice.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

LabellingControls::LabellingControls(QWidget *parent)
    : QWidget(parent)
    , m_label(new QPushButton(this))
    , m_choice(new LabellingChoice(this))
    , m_cancelBatches(new QPushButton(tr("C&ancel Batches"), this))
{
    m_label->setObjectName(u"labelCorpus"_s);
    m_label->setToolTip(tr("Label every document with one annotator under the current guideline; "
                           "the first press shows what it costs"));
    disarm();
    m_cancelBatches->setObjectName(u"cancelBatches"_s);
    m_cancelBatches->setToolTip(tr("Cancel the pending batches at the provider, so that they cost no "
                                   "more; what they answered so far is labelled"));
    connect(m_label, &QPushButton::clicked, this, &LabellingControls::labelPressed);
    connect(m_cancelBatches, &QPushButton::clicked, this, &LabellingControls::cancelBatchesPressed);
    connect(m_choice, &LabellingChoice::changed, this, &LabellingControls::changed);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 0, Qt::AlignTop);
    layout->addWidget(m_choice, 1);
    layout->addWidget(m_cancelBatches, 0, Qt::AlignTop);
    layout->addStretch(1);
}

LabellingControls::~LabellingControls() = default;

void LabellingControls::arm(const Core::Cost &interactive, const Core::Cost &batch)
{
    const bool byBatch = m_choice->engine() != Core::CorpusLabelling::Engine::Interactive;
    const Core::Cost &cost = byBatch ? batch : interactive;
    m_label->setText(cost.isUnknown() ? tr("Start Labelli&ng (no price)")
                                      : tr("Start Labelli&ng (about %1)").arg(CostText::usd(cost, 2)));
}

void LabellingControls::disarm()
{
    m_label->setText(tr("Label the C&orpus…"));
}

void LabellingControls::enable(const bool label, const bool choice, const bool cancelBatches)
{
    m_label->setEnabled(label);
    m_choice->setEnabled(choice);
    m_cancelBatches->setEnabled(cancelBatches);
}

} // namespace Workbench::Ui
