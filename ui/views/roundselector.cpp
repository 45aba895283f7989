// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "roundselector.h"

#include <QComboBox>
#include <QLabel>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

RoundSelector::RoundSelector(QWidget *parent)
    : QToolBar(tr("Rounds"), parent)
    , m_combo(new QComboBox(this))
{
    setObjectName(u"roundToolBar"_s);
    m_combo->setObjectName(u"roundSelector"_s);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setToolTip(tr("Which annotator layers the window shows and compares, over which documents"));
    auto *caption = new QLabel(tr("&Show:"), this);
    caption->setBuddy(m_combo);
    caption->setContentsMargins(4, 0, 4, 0);
    addWidget(caption);
    addWidget(m_combo);
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this](const int index) {
        if (index >= 0 && index < m_scopes.size()) {
            Q_EMIT scopeChosen(m_scopes.at(index));
        }
    });
    setScopes({RoundScope{}});
}

RoundSelector::~RoundSelector() = default;

QString RoundSelector::label(const RoundScope &scope)
{
    switch (scope.kind) {
    case RoundScope::Kind::Round:
        return tr("Round %1").arg(scope.round);
    case RoundScope::Kind::All:
        return tr("All layers");
    case RoundScope::Kind::Final:
        return tr("Final labelling");
    }
    return {};
}

QString RoundSelector::toolTip(const RoundScope &scope)
{
    switch (scope.kind) {
    case RoundScope::Kind::Round:
        return tr("Round %1: its %n annotator layer(s) over its batch of %2 document(s), as the pilot "
                  "measured them",
            nullptr, int(scope.annotators.size()))
            .arg(scope.round)
            .arg(scope.documents ? scope.documents->size() : 0);
    case RoundScope::Kind::All:
        return tr("Every annotator layer, of every round, over every document");
    case RoundScope::Kind::Final:
        return tr("The corpus as the chosen annotators labelled it after the rounds, over every document");
    }
    return {};
}

void RoundSelector::setScopes(const QList<RoundScope> &scopes)
{
    m_scopes = scopes.isEmpty() ? QList<RoundScope>{RoundScope{}} : scopes;
    int chosen = 0;
    {
        const QSignalBlocker blocker(m_combo);
        m_combo->clear();
        for (qsizetype i = 0; i < m_scopes.size(); ++i) {
            const RoundScope &scope = m_scopes.at(i);
            m_combo->addItem(label(scope));
            m_combo->setItemData(int(i), toolTip(scope), Qt::ToolTipRole);
            chosen = scope.kind == RoundScope::Kind::Round ? int(i) : chosen;
        }
        m_combo->setCurrentIndex(chosen);
    }
    setVisible(m_scopes.size() > 1);
    Q_EMIT scopeChosen(m_scopes.at(chosen));
}

bool RoundSelector::selectRound(const int round)
{
    for (qsizetype i = 0; i < m_scopes.size(); ++i) {
        if (m_scopes.at(i).kind == RoundScope::Kind::Round && m_scopes.at(i).round == round) {
            m_combo->setCurrentIndex(int(i)); // announced when it changes
            return true;
        }
    }
    return false;
}

RoundScope RoundSelector::current() const
{
    return m_scopes.value(m_combo->currentIndex());
}

QString RoundSelector::currentLabel() const
{
    return m_combo->currentText();
}

} // namespace Workbench::Ui
