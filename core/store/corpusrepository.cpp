// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "store/corpusrepository.h"

#include "store/transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

namespace {

QByteArray packTokens(const QList<Token> &tokens)
{
    QByteArray bytes(tokens.size() * 8, Qt::Uninitialized);
    char *out = bytes.data();
    for (const Token &token : tokens) {
        qToLittleEndian<qint32>(token.start, out);
        qToLittleEndian<qint32>(token.end, out + 4);
        out += 8;
    }
    return bytes;
}

QList<Token> unpackTokens(const QByteArray &bytes)
{
    QList<Token> tokens;
    tokens.reserve(bytes.size() / 8);
    const char *in = bytes.constData();
    for (qsizetype i = 0; i + 8 <= bytes.size(); i += 8) {
        tokens.append(Token{qFromLittleEndian<qint32>(in + i), qFromLittleEndian<qint32>(in + i + 4)});
    }
    return tokens;
}

// SQLite stores a null QString as NULL; the schema wants text.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(u""_s)) : QVariant(value);
}

} // namespace

CorpusRepository::CorpusRepository(ProjectStore &store)
    : m_store(store)
{
}

bool CorpusRepository::isEmpty() const
{
    QSqlQuery query(m_store.database());
    return !(query.exec(u"SELECT 1 FROM documents LIMIT 1"_s) && query.next());
}

std::expected<void, StoreError> CorpusRepository::save(const QList<Document> &documents)
{
    if (auto writable = m_store.checkWritable(); !writable) {
        return writable;
    }
    if (!isEmpty()) {
        return std::unexpected(StoreError{
            StoreError::Code::Invalid, u"%1: the project has a corpus already"_s.arg(m_store.path())});
    }
    QSqlDatabase db = m_store.database();
    Transaction transaction(m_store);
    QSqlQuery document(db);
    QSqlQuery sentence(db);
    document.prepare(u"INSERT INTO documents (position, external_id, text, metadata) VALUES (?, ?, ?, ?)"_s);
    sentence.prepare(
        u"INSERT INTO sentences (document_id, position, start, \"end\", source_line, external_id, "
        u"tokens) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    for (qsizetype d = 0; d < documents.size(); ++d) {
        const Document &doc = documents.at(d);
        QJsonObject metadata;
        for (auto it = doc.metadata().cbegin(); it != doc.metadata().cend(); ++it) {
            metadata.insert(it.key(), it.value());
        }
        document.addBindValue(d);
        document.addBindValue(text(doc.id()));
        document.addBindValue(text(doc.text()));
        document.addBindValue(QString::fromUtf8(QJsonDocument(metadata).toJson(QJsonDocument::Compact)));
        if (!document.exec()) {
            return std::unexpected(m_store.errorFor(document.lastError(), u"save the corpus"_s));
        }
        const QVariant documentId = document.lastInsertId();
        for (qsizetype s = 0; s < doc.sentences().size(); ++s) {
            const Sentence &sent = doc.sentences().at(s);
            sentence.addBindValue(documentId);
            sentence.addBindValue(s);
            sentence.addBindValue(sent.start);
            sentence.addBindValue(sent.end);
            sentence.addBindValue(sent.sourceLine);
            sentence.addBindValue(text(sent.id));
            sentence.addBindValue(packTokens(sent.tokens));
            if (!sentence.exec()) {
                return std::unexpected(m_store.errorFor(sentence.lastError(), u"save the corpus"_s));
            }
        }
    }
    if (!transaction.commit()) {
        return std::unexpected(m_store.errorFor(db.lastError(), u"save the corpus"_s));
    }
    return {};
}

std::expected<QList<Document>, StoreError> CorpusRepository::load() const
{
    QSqlDatabase db = m_store.database();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // One pass over sentences joined to their documents, in order.
    if (!query.exec(
            u"SELECT d.position, d.external_id, d.text, d.metadata, s.start, s.\"end\", s.source_line, "
            u"s.external_id, s.tokens FROM documents d LEFT JOIN sentences s ON s.document_id = d.id "
            u"ORDER BY d.position, s.position"_s)) {
        return std::unexpected(m_store.errorFor(query.lastError(), u"read the corpus"_s));
    }
    QList<Document> documents;
    qint64 current = -1;
    QString id;
    QString text;
    QString metadata;
    QList<Sentence> sentences;
    const auto flush = [&] {
        if (current < 0) {
            return;
        }
        Document document(id, text, sentences);
        const QJsonObject object = QJsonDocument::fromJson(metadata.toUtf8()).object();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            document.setMetadata(it.key(), it.value().toString());
        }
        documents.append(document);
        sentences.clear();
    };
    while (query.next()) {
        const qint64 position = query.value(0).toLongLong();
        if (position != current) {
            flush();
            current = position;
            id = query.value(1).toString();
            text = query.value(2).toString();
            metadata = query.value(3).toString();
        }
        if (!query.isNull(4)) {
            sentences.append(Sentence{query.value(4).toInt(), query.value(5).toInt(),
                unpackTokens(query.value(8).toByteArray()), query.value(7).toString(),
                query.value(6).toInt()});
        }
    }
    if (query.lastError().isValid()) {
        return std::unexpected(m_store.errorFor(query.lastError(), u"read the corpus"_s));
    }
    flush();
    return documents;
}

CorpusRepository::Counts CorpusRepository::counts() const
{
    Counts counts;
    QSqlQuery query(m_store.database());
    if (query.exec(u"SELECT (SELECT count(*) FROM documents), count(*), coalesce(sum(length(tokens)) / 8, 0) "
                   u"FROM sentences"_s)
        && query.next()) {
        counts.documents = query.value(0).toLongLong();
        counts.sentences = query.value(1).toLongLong();
        counts.tokens = query.value(2).toLongLong();
    }
    return counts;
}

} // namespace Workbench::Core
