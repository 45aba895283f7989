// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "alloccurrencesaction.h"

#include "curationcontroller.h"
#include "model/corpus.h"
#include "model/layerset.h"
#include "model/occurrenceplan.h"
#include "model/spanlayer.h"
#include "model/workspace.h"
#include "views/documentview.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

namespace {
const QString confirmName = u"annotateAllOccurrences"_s;
}

AllOccurrencesAction::AllOccurrencesAction(Core::Workspace *workspace, DocumentView *view, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_view(view)
    , m_action(new QAction(tr("Annotate All &Occurrences…"), view))
{
    m_action->setObjectName(u"actionAnnotateAllOccurrences"_s);
    m_action->setShortcut(QKeySequence(Qt::Key_O));
    // A single key: only while the document (its text, layers or stack) has the focus.
    m_action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_action->setToolTip(tr("Give the type of the curated span under the cursor to every other occurrence "
                            "of its words in the corpus (O in the text)"));
    view->addAction(m_action);
}

AllOccurrencesAction::~AllOccurrencesAction() = default;

void AllOccurrencesAction::prepare(CurationController *curation)
{
    if (m_question) {
        return; // asked already
    }
    const qsizetype document = m_view->documentIndex();
    const Core::SpanLayer *curated =
        m_workspace->layers().layer(QString::fromLatin1(CurationController::layerName));
    const int position = m_view->cursorPosition();
    const auto spans = curated != nullptr && document >= 0 ? curated->spans(document) : QList<Core::Span>{};
    const auto span = std::ranges::find_if(
        spans, [position](const Core::Span &s) { return s.start <= position && position < s.end; });
    if (span == spans.end()) {
        Q_EMIT message(tr("Put the cursor in a curated span: its type then goes to every other occurrence "
                          "of its words."));
        return;
    }
    const QStringList tokens =
        Core::TokenOccurrences::tokensAt(m_workspace->corpus().document(document), span->start, span->end);
    const auto found = Core::TokenOccurrences::find(m_workspace->corpus().documents(), tokens);
    const Core::TokenOccurrences::Occurrence source{document, span->start, span->end};
    const Core::OccurrencePlan plan =
        Core::OccurrencePlan::make(found, source, span->type, curated->allSpans());
    const QString words = tokens.join(u' ');
    const QString leftAlone = tr("%n occurrence(s) overlap another curated span and stay as they are.",
                                  nullptr, int(plan.overlapping))
        + u" "_s + tr("%n already hold this span.", nullptr, int(plan.alreadyAnnotated));
    if (plan.toAnnotate.isEmpty()) {
        Q_EMIT message(tr("No other occurrence of “%1” to annotate.").arg(words) + u" "_s + leftAlone);
        return;
    }
    ask(tr("Give %n other occurrence(s) of “%1” the type %2?", nullptr, int(plan.toAnnotate.size()))
            .arg(words, span->type),
        leftAlone, int(plan.toAnnotate.size()));
    const QPointer<CurationController> controller(curation);
    connect(m_question, &QMessageBox::finished, this, [this, controller, found, source, type = span->type] {
        QMessageBox *question = std::exchange(m_question, nullptr); // answered: the next O asks anew
        if (question->clickedButton() == question->findChild<QPushButton *>(confirmName) && controller) {
            controller->annotateAll(found, source, type);
        }
        question->deleteLater(); // a dialog that is done is hidden, not closed
    });
    m_question->open();
}

void AllOccurrencesAction::ask(const QString &question, const QString &leftAlone, const int count)
{
    m_question = new QMessageBox(
        QMessageBox::Question, tr("Annotate All Occurrences"), question, QMessageBox::Cancel, m_view);
    m_question->setObjectName(u"allOccurrencesQuestion"_s);
    m_question->setInformativeText(leftAlone + u" "_s + tr("One undo takes them all back."));
    QPushButton *annotate =
        m_question->addButton(tr("&Annotate %n", nullptr, count), QMessageBox::AcceptRole);
    annotate->setObjectName(confirmName);
    m_question->setDefaultButton(annotate);
}

} // namespace Workbench::Ui
