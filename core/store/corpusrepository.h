// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "model/document.h"
#include "store/projectstore.h"

#include <QList>

#include <expected>

namespace Workbench::Core {

/*! \brief The project's documents, sentences and tokens.
 *
 * The corpus is written once, in one transaction, by the first import; everything else
 * refers to documents by their position. Usage: \c{CorpusRepository(store).load();}
 */
class CorpusRepository
{
public:
    explicit CorpusRepository(ProjectStore &store);

    [[nodiscard]] bool isEmpty() const;
    //! Writes \a documents as the corpus; refused when the project has one already.
    [[nodiscard]] std::expected<void, StoreError> save(const QList<Document> &documents);
    [[nodiscard]] std::expected<QList<Document>, StoreError> load() const;

    struct Counts
    {
        qint64 documents = 0;
        qint64 sentences = 0;
        qint64 tokens = 0;
    };
    [[nodiscard]] Counts counts() const;

private:
    ProjectStore &m_store;
};

} // namespace Workbench::Core
