// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "roundselector.h"

#include "roundlayernotes.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

RoundSelector::RoundSelector(QWidget *parent)
    : QToolBar(tr("Rounds"), parent)
    , m_combo(new QComboBox(this))
{
    setObjectName(u"roundToolBar"_s);
    m_combo->setObjectName(u"roundSelector"_s);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *caption = new QLabel(tr("Sho&w:"), this);
    caption->setBuddy(m_combo);
    caption->setContentsMargins(4, 0, 4, 0);
    addWidget(caption);
    addWidget(m_combo);
    m_rebuild = addAction(tr("Rebuild Round Layers"));
    m_rebuild->setObjectName(u"roundRebuild"_s);
    m_rebuild->setToolTip(tr("Make the rounds' missing annotator layers again from the project's response "
                             "cache, sending nothing"));
    connect(m_rebuild, &QAction::triggered, this, &RoundSelector::rebuildRequested);
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this](const int index) {
        if (index >= 0 && index < m_scopes.size()) {
            showChosen(index);
            Q_EMIT scopeChosen(m_scopes.at(index));
        }
    });
    setScopes({RoundScope{}});
}

void RoundSelector::showChosen(const int index)
{
    // The combo's own tooltip carries the chosen round's note: what it lacks, how to get it back.
    const QString note = RoundLayerNotes::scopeNote(m_scopes.value(index));
    m_combo->setToolTip(tr("Which annotator layers the window shows and compares, over which documents")
        + (note.isEmpty() ? QString() : u"\n\n"_s + note));
}

RoundSelector::~RoundSelector() = default;

QString RoundSelector::label(const RoundScope &scope)
{
    switch (scope.kind) {
    case RoundScope::Kind::Round:
        if (scope.missing.isEmpty()) {
            return tr("Round %1").arg(scope.round);
        }
        return scope.annotators.isEmpty()
            ? tr("Round %1 (labels missing)").arg(scope.round)
            : tr("Round %1 (%n layer(s) missing)", nullptr, int(scope.missing.size())).arg(scope.round);
    case RoundScope::Kind::All:
        return tr("All layers");
    case RoundScope::Kind::Final:
        return tr("Final labelling");
    }
    return {};
}

QString RoundSelector::toolTip(const RoundScope &scope)
{
    const QString note = RoundLayerNotes::scopeNote(scope);
    switch (scope.kind) {
    case RoundScope::Kind::Round:
        return tr("Round %1: its %2 over its batch of %3, as the pilot measured them")
                   .arg(QLocale().toString(scope.round),
                       tr("%n annotator layer(s)", nullptr, int(scope.annotators.size())),
                       tr("%n document(s)", nullptr, int(scope.documents ? scope.documents->size() : 0)))
            + (note.isEmpty() ? QString() : u"\n"_s + note);
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
    showChosen(chosen);
    m_rebuild->setVisible(RoundLayerNotes::anyMissing(m_scopes));
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
