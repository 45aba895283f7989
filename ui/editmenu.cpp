// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "editmenu.h"

#include "corpusview.h"
#include "curationcontroller.h"
#include "curationstepname.h"
#include "model/workspace.h"

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

EditMenu::EditMenu(CorpusView *corpus, Core::Workspace *workspace, QWidget *parent)
    : QMenu(tr("&Edit"), parent)
    , m_workspace(workspace)
{
    setObjectName(u"editMenu"_s);
    m_undo = addAction(QString());
    m_undo->setObjectName(u"actionUndo"_s);
    m_undo->setShortcuts(QKeySequence::Undo);
    connect(m_undo, &QAction::triggered, this, [this] {
        if (m_curation) {
            m_curation->undo();
        }
    });
    m_redo = addAction(QString());
    m_redo->setObjectName(u"actionRedo"_s);
    m_redo->setShortcuts(QKeySequence::Redo);
    connect(m_redo, &QAction::triggered, this, [this] {
        if (m_curation) {
            m_curation->redo();
        }
    });
    addSeparator();
    // The view's own action: its key (O) stays a key of the document, the menu shows it.
    addAction(corpus->allOccurrencesAction());
    connect(corpus, &CorpusView::curationChanged, this, &EditMenu::follow);
    nameSteps();
}

EditMenu::~EditMenu() = default;

void EditMenu::follow(CurationController *curation)
{
    if (m_curation) {
        disconnect(m_curation, nullptr, this, nullptr);
    }
    m_curation = curation;
    if (curation != nullptr) {
        connect(curation, &CurationController::stepsChanged, this, &EditMenu::nameSteps);
        connect(curation, &QObject::destroyed, this, &EditMenu::nameSteps, Qt::QueuedConnection);
    }
    nameSteps();
}

void EditMenu::nameSteps()
{
    struct Texts
    {
        QString bare, named, nothing;
    };
    const auto name = [this](QAction *action, const QList<Core::LayerRepository::StepEdit> &step,
                          const Texts &texts) {
        const QString words = CurationStepName::name(step, m_workspace->corpus());
        // A span's words may hold an ampersand: doubled, it is not taken for a mnemonic.
        action->setText(
            words.isEmpty() ? texts.bare : texts.named.arg(QString(words).replace(u'&', u"&&"_s)));
        action->setEnabled(!words.isEmpty());
        action->setToolTip(!m_curation
                ? tr("Curation is kept in a project: open one with File > Open Project.")
                : words.isEmpty() ? texts.nothing
                                  : words);
    };
    static const QList<Core::LayerRepository::StepEdit> none;
    name(m_undo, m_curation ? m_curation->undoStep() : none,
        {tr("&Undo"), tr("&Undo %1"), tr("No curation to undo")});
    name(m_redo, m_curation ? m_curation->redoStep() : none,
        {tr("&Redo"), tr("&Redo %1"), tr("No curation to redo")});
}

} // namespace Workbench::Ui
