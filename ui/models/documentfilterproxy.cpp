// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "documentfilterproxy.h"

#include "documentroles.h"

namespace Workbench::Ui {

DocumentFilterProxy::DocumentFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

DocumentFilterProxy::~DocumentFilterProxy() = default;

void DocumentFilterProxy::setAllowedDocuments(const std::optional<QSet<qsizetype>> &documents)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 10, 0)
    beginFilterChange();
    m_allowed = documents;
    endFilterChange(QSortFilterProxyModel::Direction::Rows);
#else
    m_allowed = documents;
    invalidateRowsFilter();
#endif
}

void DocumentFilterProxy::setScopeDocuments(const std::optional<QSet<qsizetype>> &documents)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 10, 0)
    beginFilterChange();
    m_scope = documents;
    endFilterChange(QSortFilterProxyModel::Direction::Rows);
#else
    m_scope = documents;
    invalidateRowsFilter();
#endif
}

void DocumentFilterProxy::setDisputedType(const QString &type)
{
    m_disputedType = type;
    invalidateFilter();
}

void DocumentFilterProxy::setHotspotKind(const std::optional<Core::HotspotBlock::Kind> kind)
{
    m_hotspotKind = kind;
    invalidateFilter();
}

bool DocumentFilterProxy::filterAcceptsRow(const int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_hotspotKind) {
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        if (!index.data(DocumentRoles::HotspotKindsRole)
                 .value<QList<Core::HotspotBlock::Kind>>()
                 .contains(*m_hotspotKind)) {
            return false;
        }
    }
    if (!m_disputedType.isEmpty()) {
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        if (!index.data(DocumentRoles::DisputedTypesRole).toStringList().contains(m_disputedType)) {
            return false;
        }
    }
    if (m_allowed || m_scope) {
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        const qsizetype document = index.data(DocumentRoles::DocumentIndexRole).toLongLong();
        if ((m_allowed && !m_allowed->contains(document)) || (m_scope && !m_scope->contains(document))) {
            return false;
        }
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

bool DocumentFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const bool leftMeasured = left.data(sortRole()).isValid();
    const bool rightMeasured = right.data(sortRole()).isValid();
    if (leftMeasured != rightMeasured) {
        // Descending order asks lessThan(right, left): the unmeasured side is then the "smaller".
        return leftMeasured == (sortOrder() == Qt::AscendingOrder);
    }
    if (!leftMeasured) {
        // Among themselves, in corpus order whichever the direction.
        return (left.row() < right.row()) == (sortOrder() == Qt::AscendingOrder);
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace Workbench::Ui
