// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "metrics/corpusanalysis.h"
#include "roundscope.h"

#include <QPointer>

class QAction;
#include <QSet>
#include <QSplitter>

#include <optional>

namespace Workbench::Core {
class SpanLayer;
class Workspace;
} // namespace Workbench::Core

namespace Workbench::Ui {

class AllOccurrencesAction;
class CurationController;
class DocumentView;
class DocumentsPane;
class ProjectAccess;

/*! \brief The corpus at the centre of the window: the documents pane beside the chosen document,
 * and the curation of that document from the keyboard.
 *
 * Curation is kept in a project: setProject() gives it one (the sample has none, and edits are
 * then refused with a word in message()). Usage: \c{view->setProject(path); view->showAnalysis(r);}
 */
class CorpusView final : public QSplitter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorpusView)

public:
    CorpusView(Core::Workspace *workspace, ProjectAccess *access, QWidget *parent = nullptr);
    ~CorpusView() override;

    [[nodiscard]] DocumentsPane *documents() const { return m_documents; }
    [[nodiscard]] DocumentView *documentView() const { return m_documentView; }
    //! Annotate All Occurrences, for the window's menu (its key works in the document view).
    [[nodiscard]] QAction *allOccurrencesAction() const;

    //! Curation goes to the project at \a path from now on; empty: nowhere (the sample).
    void setProject(const QString &path);
    void showAnalysis(const Core::CorpusAnalysis::Result &result);
    /*! Shows \a scope: its documents in the pane (with \a batchRounds, the rounds of each), its
     * annotator layers in the document view and the stack; the annotator drawn stays drawn in
     * another round. */
    void setScope(const RoundScope &scope, const QList<QList<int>> &batchRounds);
    //! Only these documents in the pane, \a layer drawn, the first of them shown; nothing: all.
    void showDocuments(const QString &layer, const std::optional<QSet<qsizetype>> &documents);
    //! Opens \a document at [start, end), as a concordance hit: the text takes the focus.
    void showHit(qsizetype document, int start, int end);
    //! Opens \a document at [start, end) as a change's evidence: the focus stays where it is.
    void showEvidence(qsizetype document, int start, int end);
    //! Shows the next (or previous) document with disputed spans, in the pane's order.
    void showNextDisagreement(bool forward);

Q_SIGNALS:
    //! The document shown changed: its corpus index, or -1 for none.
    void documentShown(qsizetype document);
    //! A curation edit was saved in the project (and is shown); \a errorString is empty on success.
    void curationSaved(const QString &errorString);
    //! Something for the status bar.
    void message(const QString &text);
    //! Curation now goes through \a controller (nullptr: nowhere, the sample); see setProject().
    void curationChanged(Workbench::Ui::CurationController *controller);

private:
    void connectCuration();
    //! The controller of the open project's curation, or nothing (with a word why) for the sample.
    [[nodiscard]] CurationController *curation();
    //! The curated spans per document in the documents pane (none without a curated layer).
    void showCurationState();
    //! Selects \a document in the pane (its filters cleared, the round kept); false, saying why, when it
    //! cannot.
    bool select(qsizetype document);
    //! Whether accepting \a layer's spans of \a document can change anything; false, saying why, when not.
    bool mayAccept(const Core::SpanLayer &layer, qsizetype document);
    //! The layer of \a scope to draw: the drawn annotator's there, else its first annotator layer.
    [[nodiscard]] QString preferredLayer(const RoundScope &scope) const;

    Core::Workspace *m_workspace = nullptr;
    ProjectAccess *m_access = nullptr;
    DocumentsPane *m_documents = nullptr;
    DocumentView *m_documentView = nullptr;
    AllOccurrencesAction *m_allOccurrences = nullptr;
    QPointer<CurationController> m_curation; //!< while a project is open
};

} // namespace Workbench::Ui
