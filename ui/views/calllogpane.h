// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "llm/llmcallrecord.h"
#include "projectaccess.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTableView;

namespace Workbench::Ui {

class CallLogModel;
class ProjectAccess;

/*! \brief The project's audit log: every LLM call about the document shown (each annotator's
 * request and raw response, keys redacted as the project keeps them), or the project's latest.
 *
 * Read from the project file off the UI thread, only while the pane is visible; a newer read
 * replaces one still running; the project is opened through \a access. Usage: \c{pane->setProject(path);
 * pane->setDocument(id);}
 */
class CallLogPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallLogPane)

public:
    enum class Scope { Document, Project };

    explicit CallLogPane(ProjectAccess *access, QWidget *parent = nullptr);
    ~CallLogPane() override;

    //! The project file to read (empty: none, as for the bundled sample).
    void setProject(const QString &path);
    //! The id of the document shown.
    void setDocument(const QString &documentId);
    void setScope(Scope scope);
    //! Reads the log again (after a run wrote to it).
    void refresh();
    [[nodiscard]] CallLogModel *model() const { return m_model; }

    //! At most this many calls are read at once.
    static constexpr qsizetype maxCalls = 1000;

Q_SIGNALS:
    //! A read finished with \a calls shown; \a error says why nothing could be read.
    void loaded(int calls, const QString &error);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load();
    void showCalls(const ProjectAccess::Outcome<QList<Core::LlmCallRecord>> &result, bool byDocument);
    void showDetail(const QModelIndex &index);

    ProjectAccess *m_access = nullptr;
    QString m_project;
    QString m_document;
    bool m_stale = true; //!< the shown calls are not those of the project, document and scope now
    quint64 m_generation = 0; //!< results of an older read are dropped
    QComboBox *m_scope = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    QPlainTextEdit *m_detail = nullptr;
    CallLogModel *m_model = nullptr;
};

} // namespace Workbench::Ui
