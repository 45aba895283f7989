// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "model/concordance.h"
#include "model/document.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTableView;

namespace Workbench::Ui {

/*! \brief Text search across the corpus, shown as a concordance: each hit with its left and
 * right context, aligned on the match. Activating a hit opens its document at the match.
 *
 * The search runs off the UI thread as the user types (after a short pause); a newer query
 * replaces an older one still running.
 */
class ConcordancePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConcordancePane)

public:
    explicit ConcordancePane(QWidget *parent = nullptr);
    ~ConcordancePane() override;

    void setDocuments(const QList<Core::Document> &documents);
    void search(const QString &query);

Q_SIGNALS:
    void hitActivated(qsizetype document, int start, int end);
    //! A search finished with \a hits shown.
    void searched(int hits);

private:
    void run();
    void showHits(const Core::Concordance::Result &result);

    QList<Core::Document> m_documents;
    QLineEdit *m_query = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_hits = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTimer m_pause;
    quint64 m_generation = 0; //!< results of an older query are dropped
};

} // namespace Workbench::Ui
