// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "model/sentence.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringView>

namespace Workbench::Core {

/*! \brief A document as its source marks one: its text, sentences and tokens.
 *
 * Usage: readers build documents; everything else reads them. All offsets are UTF-16 code
 * units into text(). metadata() keeps source facts (file, tokenizer, offset unit) as text.
 */
class Document
{
public:
    Document() = default;
    Document(QString id, QString text, QList<Sentence> sentences);

    [[nodiscard]] const QString &id() const { return m_id; }
    void setId(const QString &id) { m_id = id; }

    [[nodiscard]] const QString &text() const { return m_text; }
    [[nodiscard]] const QList<Sentence> &sentences() const { return m_sentences; }

    //! The text of \a token, a view into text(); valid while the document lives.
    [[nodiscard]] QStringView tokenText(const Token &token) const;
    [[nodiscard]] qsizetype tokenCount() const;

    [[nodiscard]] const QMap<QString, QString> &metadata() const { return m_metadata; }
    void setMetadata(const QString &key, const QString &value) { m_metadata.insert(key, value); }
    //! Replaces all metadata (shared with \a metadata until either changes).
    void setMetadata(const QMap<QString, QString> &metadata) { m_metadata = metadata; }

    friend bool operator==(const Document &, const Document &) = default;

private:
    QString m_id;
    QString m_text;
    QList<Sentence> m_sentences;
    QMap<QString, QString> m_metadata;
};

} // namespace Workbench::Core
