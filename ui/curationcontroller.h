// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "model/layerkind.h"
#include "model/span.h"
#include "model/tokenoccurrences.h"
#include "store/layerrepository.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <expected>
#include <functional>
#include <optional>

namespace Workbench::Core {
class ProjectStore;
class Workspace;
} // namespace Workbench::Core

namespace Workbench::Ui {

class ProjectAccess;

/*! \brief Builds the project's "curated" layer, one edit at a time, saved as it is made.
 *
 * Every edit (add a span, remove spans, accept a layer's spans for a document, undo, redo) runs
 * on a worker thread in its own transaction with the edit log the project keeps, so undo and
 * redo survive a restart and a killed process loses no edit that was reported done. Edits run
 * in the order asked; after each, the workspace's "curated" layer shows what the project holds.
 * The project is opened for each edit through \a access. What undo() and redo() would take next
 * is read with each edit (and once when made), for a menu to name: undoStep(), redoStep().
 */
class CurationController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CurationController)

public:
    static constexpr const char *layerName = Core::curatedLayerName;

    CurationController(
        Core::Workspace *workspace, ProjectAccess *access, QString projectPath, QObject *parent = nullptr);
    ~CurationController() override;

    void addSpan(qsizetype document, const Core::Span &span);
    //! Removes the curated spans of \a document that touch [start, end) (the cursor when equal).
    void removeSpans(qsizetype document, int start, int end);
    //! Gives the curated spans of \a document at \a position the type \a type (one undo step).
    void retype(qsizetype document, int position, const QString &type);
    //! Adds every span of \a spans to the curated layer of \a document (one undo step).
    void accept(qsizetype document, const QList<Core::Span> &spans);
    /*! Gives every occurrence of \a found the type \a type, but those of \a source (the span
     * whose type it is) and those Core::OccurrencePlan leaves alone, planned again against the
     * project's layer as it is then (one undo step across all documents). */
    void annotateAll(const QList<Core::TokenOccurrences::Occurrence> &found,
        const Core::TokenOccurrences::Occurrence &source, const QString &type);
    void undo();
    void redo();
    //! The edits undo() would take back, as the project records them; empty: nothing to undo.
    [[nodiscard]] const QList<Core::LayerRepository::StepEdit> &undoStep() const { return m_steps.undo; }
    //! The edits redo() would make again; empty: nothing to redo.
    [[nodiscard]] const QList<Core::LayerRepository::StepEdit> &redoStep() const { return m_steps.redo; }

Q_SIGNALS:
    //! An edit is saved and shown; \a errorString is empty on success.
    void edited(const QString &errorString);
    //! undoStep() or redoStep() may have changed.
    void stepsChanged();
    //! An edit changed nothing (the curated layer held it already, nothing to undo or redo):
    //! nothing was written.
    void unchanged();

private:
    struct Steps
    {
        QList<Core::LayerRepository::StepEdit> undo;
        QList<Core::LayerRepository::StepEdit> redo;
    };
    //! The curated layer's next undo and redo steps; none without the layer.
    [[nodiscard]] static std::expected<Steps, QString> readSteps(
        const Core::LayerRepository &layers, std::optional<qint64> layerId);
    //! What the project holds when the controller is made: the history survives a restart.
    void loadSteps();
    void setSteps(Steps steps);
    using Edit = std::function<std::expected<bool, QString>(Core::ProjectStore &, qint64 layerId)>;
    //! One action on \a document: \a plan turns its curated spans into the edits to make.
    void editSpans(qsizetype document,
        std::function<QList<Core::LayerRepository::SpanEdit>(const QList<Core::Span> &)> plan);
    //! What an edit leaves: the curated layer's spans and its next undo and redo steps.
    struct Saved
    {
        Core::DocumentSpans spans;
        Steps steps;
    };
    /*! On a worker thread, the project open for writing: makes \a edit in the curated layer
     * (made when missing); nothing when the edit changed nothing. */
    [[nodiscard]] static std::expected<std::optional<Saved>, QString> save(
        Core::ProjectStore &store, const Edit &edit, qsizetype documentCount);
    void enqueue(Edit edit);
    void runNext();

    QPointer<Core::Workspace> m_workspace;
    ProjectAccess *m_access = nullptr;
    QString m_projectPath;
    qsizetype m_documentCount = 0;
    QList<Edit> m_queue;
    bool m_busy = false;
    bool m_edited = false; //!< an edit was queued: its result, not the first read, says the steps
    Steps m_steps;
};

} // namespace Workbench::Ui
