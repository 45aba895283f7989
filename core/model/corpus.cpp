// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "model/corpus.h"

#include <utility>

namespace Workbench::Core {

Corpus::Corpus(QObject *parent)
    : QObject(parent)
{
}

Corpus::~Corpus() = default;

qsizetype Corpus::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_documents.size(); ++i) {
        if (m_documents.at(i).id() == id) {
            return i;
        }
    }
    return -1;
}

qsizetype Corpus::tokenCount() const
{
    qsizetype count = 0;
    for (const Document &document : m_documents) {
        count += document.tokenCount();
    }
    return count;
}

qsizetype Corpus::sentenceCount() const
{
    qsizetype count = 0;
    for (const Document &document : m_documents) {
        count += document.sentences().size();
    }
    return count;
}

void Corpus::appendDocuments(const QList<Document> &documents)
{
    if (documents.isEmpty()) {
        return;
    }
    const qsizetype first = m_documents.size();
    const qsizetype last = first + documents.size() - 1;
    Q_EMIT documentsAboutToBeInserted(first, last);
    m_documents.append(documents);
    Q_EMIT documentsInserted(first, last);
}

void Corpus::removeDocuments(const qsizetype first, const qsizetype count)
{
    if (count <= 0 || first < 0 || first + count > m_documents.size()) {
        return;
    }
    const qsizetype last = first + count - 1;
    Q_EMIT documentsAboutToBeRemoved(first, last);
    m_documents.remove(first, count);
    Q_EMIT documentsRemoved(first, last);
}

void Corpus::setDocuments(QList<Document> documents)
{
    Q_EMIT aboutToBeReset();
    m_documents = std::move(documents);
    Q_EMIT reset();
}

} // namespace Workbench::Core
