// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "documentlistmodel.h"

#include "documentroles.h"
#include "model/corpus.h"

#include <QLocale>

#include <cmath>

namespace Workbench::Ui {

namespace {
constexpr int previewLength = 120;
}

DocumentListModel::DocumentListModel(Core::Corpus *corpus, QObject *parent)
    : QAbstractTableModel(parent)
    , m_corpus(corpus)
{
    using Core::Corpus;
    connect(corpus, &Corpus::documentsAboutToBeInserted, this,
        [this](qsizetype first, qsizetype last) { beginInsertRows({}, int(first), int(last)); });
    connect(corpus, &Corpus::documentsInserted, this, [this] { endInsertRows(); });
    connect(corpus, &Corpus::documentsAboutToBeRemoved, this,
        [this](qsizetype first, qsizetype last) { beginRemoveRows({}, int(first), int(last)); });
    connect(corpus, &Corpus::documentsRemoved, this, [this] { endRemoveRows(); });
    connect(corpus, &Corpus::aboutToBeReset, this, [this] {
        beginResetModel();
        m_disputed.clear(); // another corpus: counted again
        m_disputedTypes.clear();
        m_agreement.clear();
        m_unmarked.clear();
        m_curated.clear();
        m_batchRounds.clear();
        m_hotspotKinds.clear();
    });
    connect(corpus, &Corpus::reset, this, [this] { endResetModel(); });
}

DocumentListModel::~DocumentListModel() = default;

void DocumentListModel::setDisputed(const QList<int> &disputed, const QList<QStringList> &types)
{
    m_disputed = disputed;
    m_disputedTypes = types;
    if (rowCount() > 0) {
        Q_EMIT dataChanged(
            index(0, DocumentRoles::DisputedColumn), index(rowCount() - 1, DocumentRoles::DisputedColumn));
    }
}

void DocumentListModel::setAgreement(const QList<double> &agreement, const QList<bool> &unmarked)
{
    m_agreement = agreement;
    m_unmarked = unmarked;
    if (rowCount() > 0) {
        Q_EMIT dataChanged(
            index(0, DocumentRoles::AgreementColumn), index(rowCount() - 1, DocumentRoles::AgreementColumn));
    }
}

void DocumentListModel::setHotspotKinds(const QList<QList<Core::HotspotBlock::Kind>> &kinds)
{
    m_hotspotKinds = kinds; // a filter role only: no column shows it
}

void DocumentListModel::setCurated(const QList<int> &curated)
{
    m_curated = curated;
    if (rowCount() > 0) {
        Q_EMIT dataChanged(
            index(0, DocumentRoles::CuratedColumn), index(rowCount() - 1, DocumentRoles::CuratedColumn));
    }
}

void DocumentListModel::setBatchRounds(const QList<QList<int>> &rounds)
{
    m_batchRounds = rounds;
    if (rowCount() > 0) {
        Q_EMIT dataChanged(
            index(0, DocumentRoles::BatchColumn), index(rowCount() - 1, DocumentRoles::BatchColumn));
    }
}

int DocumentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_corpus.isNull() ? 0 : int(m_corpus->size());
}

int DocumentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : DocumentRoles::ColumnCount;
}

QVariant DocumentListModel::data(const QModelIndex &index, const int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || m_corpus.isNull()) {
        return {};
    }
    if (role == DocumentRoles::DocumentIndexRole) {
        return qsizetype(index.row());
    }
    if (role == DocumentRoles::DisputedTypesRole) {
        return m_disputedTypes.value(index.row());
    }
    if (role == DocumentRoles::HotspotKindsRole) {
        return QVariant::fromValue(m_hotspotKinds.value(index.row()));
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != DocumentRoles::SortRole) {
        if (role == Qt::TextAlignmentRole
            && (index.column() == DocumentRoles::SentencesColumn
                || index.column() == DocumentRoles::TokensColumn
                || index.column() == DocumentRoles::DisputedColumn
                || index.column() == DocumentRoles::AgreementColumn
                || index.column() == DocumentRoles::CuratedColumn)) {
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    }
    return columnData(index.row(), index.column(), role);
}

QVariant DocumentListModel::columnData(const int row, const int column, const int role) const
{
    const Core::Document &document = m_corpus->document(row);
    switch (column) {
    case DocumentRoles::IdColumn:
        if (role == DocumentRoles::SortRole) {
            return row; // file order, not lexical order of ids
        }
        return document.id();
    case DocumentRoles::SentencesColumn:
        return qsizetype(document.sentences().size());
    case DocumentRoles::TokensColumn:
        return document.tokenCount();
    case DocumentRoles::DisputedColumn:
        if (row >= m_disputed.size()) {
            return role == DocumentRoles::SortRole ? QVariant(-1) : QVariant();
        }
        return m_disputed.at(row);
    case DocumentRoles::AgreementColumn:
        return agreementData(row, role);
    case DocumentRoles::CuratedColumn:
        if (row >= m_curated.size()) {
            return role == DocumentRoles::SortRole ? QVariant(-1) : QVariant();
        }
        if (role == Qt::ToolTipRole) {
            return tr("%n span(s) in the curated layer", nullptr, m_curated.at(row));
        }
        return m_curated.at(row);
    case DocumentRoles::BatchColumn:
        return batchData(row, role);
    case DocumentRoles::TextColumn: {
        if (role == Qt::ToolTipRole) {
            return document.text();
        }
        QString preview = document.text().left(previewLength);
        preview.replace(u'\n', u' ');
        return preview;
    }
    default:
        return {};
    }
}

QVariant DocumentListModel::agreementData(const int row, const int role) const
{
    if (row >= m_agreement.size()) {
        return role == DocumentRoles::SortRole ? QVariant(-1.0) : QVariant();
    }
    if (std::isnan(m_agreement.at(row))) {
        // Fewer than two layers cover it: nothing was measured, which is neither 0 nor "NaN".
        if (role == Qt::ToolTipRole) {
            return tr("No agreement: fewer than two annotator layers cover this document (the "
                      "others lack it), so there is no pair to compare");
        }
        return role == DocumentRoles::SortRole ? QVariant() : QVariant(QString());
    }
    if (m_unmarked.value(row, false)) {
        // Every layer found nothing: the 1 of "nothing disputed" would read as full agreement.
        if (role == Qt::ToolTipRole) {
            return tr("No agreement to show: no annotator layer marked anything in this document, and "
                      "agreeing on finding nothing says nothing of their quality");
        }
        return role == DocumentRoles::SortRole ? QVariant() : QVariant(tr("—", "no agreement value"));
    }
    if (role == DocumentRoles::SortRole) {
        return m_agreement.at(row);
    }
    if (role == Qt::ToolTipRole) {
        return tr("Mean strict span F1 over every pair of annotator layers covering this document");
    }
    return QLocale().toString(m_agreement.at(row), 'f', 2);
}

QVariant DocumentListModel::batchData(const int row, const int role) const
{
    const QList<int> rounds = m_batchRounds.value(row);
    if (role == DocumentRoles::SortRole) {
        return rounds.isEmpty() ? -1 : rounds.first();
    }
    if (rounds.isEmpty()) {
        return {};
    }
    QStringList names;
    for (const int round : rounds) {
        names.append(QLocale().toString(round));
    }
    return role == Qt::ToolTipRole
        ? tr("In the batch of %n pilot round(s): %1", nullptr, int(rounds.size())).arg(names.join(u", "))
        : names.join(u", ");
}

QVariant DocumentListModel::headerData(
    const int section, const Qt::Orientation orientation, const int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case DocumentRoles::IdColumn:
        return tr("Document");
    case DocumentRoles::SentencesColumn:
        return tr("Sentences");
    case DocumentRoles::TokensColumn:
        return tr("Tokens");
    case DocumentRoles::DisputedColumn:
        return tr("Disputed");
    case DocumentRoles::AgreementColumn:
        return tr("Agreement");
    case DocumentRoles::CuratedColumn:
        return tr("Curated");
    case DocumentRoles::BatchColumn:
        return tr("Batch");
    case DocumentRoles::TextColumn:
        return tr("Text");
    default:
        return {};
    }
}

} // namespace Workbench::Ui
