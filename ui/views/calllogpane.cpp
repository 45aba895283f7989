// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "calllogpane.h"

#include "models/calllogmodel.h"
#include "projectaccess.h"
#include "rowtable.h"
#include "store/calllogrepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <expected>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

CallLogPane::CallLogPane(ProjectAccess *access, QWidget *parent)
    : QWidget(parent)
    , m_access(access)
    , m_model(new CallLogModel(this))
{
    m_scope = new QComboBox(this);
    m_scope->setObjectName(u"callLogScope"_s);
    m_scope->addItem(tr("Calls about this document"), int(Scope::Document));
    m_scope->addItem(tr("The project's latest calls"), int(Scope::Project));
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"callLogSummary"_s);
    m_summary->setWordWrap(true);
    m_table = new QTableView(this);
    m_table->setObjectName(u"projectCallLog"_s);
    m_table->setModel(m_model);
    makeRowTable(m_table);
    m_detail = new QPlainTextEdit(this);
    m_detail->setObjectName(u"projectCallDetail"_s);
    m_detail->setReadOnly(true);
    m_detail->setPlaceholderText(tr("Select a call to see its request and response (keys redacted)."));

    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        m_stale = true;
        load();
    });
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CallLogPane::showDetail);

    auto *top = new QHBoxLayout;
    top->addWidget(m_scope);
    top->addWidget(m_summary, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
}

CallLogPane::~CallLogPane() = default;

void CallLogPane::setProject(const QString &path)
{
    m_project = path;
    m_stale = true;
    load();
}

void CallLogPane::setDocument(const QString &documentId)
{
    if (documentId == m_document) {
        return;
    }
    m_document = documentId;
    if (m_scope->currentData().toInt() == int(Scope::Document)) {
        m_stale = true;
        load();
    }
}

void CallLogPane::setScope(const Scope scope)
{
    m_scope->setCurrentIndex(m_scope->findData(int(scope)));
}

void CallLogPane::refresh()
{
    m_stale = true;
    load();
}

void CallLogPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    load(); // what changed while hidden
}

void CallLogPane::load()
{
    if (!m_stale || !isVisible()) {
        return; // read when shown
    }
    m_stale = false;
    const quint64 generation = ++m_generation;
    m_detail->clear();
    if (m_project.isEmpty()) {
        m_model->setRecords({});
        m_summary->setText(tr("Calls are kept in project files; this corpus has none."));
        Q_EMIT loaded(0, {});
        return;
    }
    const bool byDocument = m_scope->currentData().toInt() == int(Scope::Document);
    if (byDocument && m_document.isEmpty()) {
        m_model->setRecords({});
        m_summary->setText(tr("No document is shown."));
        Q_EMIT loaded(0, {});
        return;
    }
    const QString document = byDocument ? m_document : QString(); // null: every call
    m_summary->setText(tr("Reading the call log…"));
    // The window checked the file when it opened it; a read of the log needs no second check.
    m_access->run(
        m_project, ProjectAccess::Mode::Glance, this,
        [document](Core::ProjectStore &store) -> ProjectAccess::Outcome<QList<Core::LlmCallRecord>> {
            return Core::CallLogRepository(store).calls(document, maxCalls);
        },
        [this, generation, byDocument](const ProjectAccess::Outcome<QList<Core::LlmCallRecord>> &result) {
            if (generation == m_generation) { // else a newer read is under way
                showCalls(result, byDocument);
            }
        });
}

void CallLogPane::showCalls(
    const ProjectAccess::Outcome<QList<Core::LlmCallRecord>> &result, const bool byDocument)
{
    if (!result) {
        m_model->setRecords({});
        m_summary->setText(tr("The call log could not be read: %1").arg(result.error()));
        Q_EMIT loaded(0, result.error());
        return;
    }
    const int calls = int(result->size());
    m_model->setRecords(*result);
    m_summary->setText(byDocument
            ? tr("%n call(s) about document %1, newest first.", nullptr, calls).arg(m_document)
            : tr("The project's latest %n call(s), newest first.", nullptr, calls));
    Q_EMIT loaded(calls, {});
}

void CallLogPane::showDetail(const QModelIndex &index)
{
    m_detail->setPlainText(m_model->detail(index.row()));
}

} // namespace Workbench::Ui
