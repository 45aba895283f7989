// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "model/document.h"

#include <QList>
#include <QObject>

namespace Workbench::Core {

/*! \brief The documents of a project, in order; span layers index documents by position here.
 *
 * Mutations are announced in "about to / done" pairs (rows computed before the "about to").
 * Usage: \c{corpus.appendDocuments(data.documents)}, then observe through a DocumentListModel.
 */
class Corpus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Corpus)

public:
    explicit Corpus(QObject *parent = nullptr);
    ~Corpus() override;

    [[nodiscard]] qsizetype size() const { return m_documents.size(); }
    [[nodiscard]] bool isEmpty() const { return m_documents.isEmpty(); }
    [[nodiscard]] const Document &document(qsizetype index) const { return m_documents.at(index); }
    [[nodiscard]] const QList<Document> &documents() const { return m_documents; }
    //! The index of the document with \a id, or -1.
    [[nodiscard]] qsizetype indexOf(const QString &id) const;
    [[nodiscard]] qsizetype tokenCount() const;
    [[nodiscard]] qsizetype sentenceCount() const;

    void appendDocuments(const QList<Document> &documents);
    void removeDocuments(qsizetype first, qsizetype count);
    //! Replaces every document at once (a new corpus: models reset).
    void setDocuments(QList<Document> documents);

Q_SIGNALS:
    void documentsAboutToBeInserted(qsizetype first, qsizetype last);
    void documentsInserted(qsizetype first, qsizetype last);
    void documentsAboutToBeRemoved(qsizetype first, qsizetype last);
    void documentsRemoved(qsizetype first, qsizetype last);
    void aboutToBeReset();
    void reset();

private:
    QList<Document> m_documents;
};

} // namespace Workbench::Core
