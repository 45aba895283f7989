// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "metrics/disagreementresult.h"

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace Workbench::Ui {

/*! \brief Documents filtered by text (the base class's filter) and, optionally, by a set of
 * document indices, e.g. those where two layers differ.
 *
 * Sorted by the sort role; a document where nothing was measured (an invalid sort value, e.g. no
 * agreement where fewer than two layers cover it) comes after every measured one in both directions.
 */
class DocumentFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentFilterProxy)

public:
    explicit DocumentFilterProxy(QObject *parent = nullptr);
    ~DocumentFilterProxy() override;

    //! Only these documents (corpus indices); nothing: all documents.
    void setAllowedDocuments(const std::optional<QSet<qsizetype>> &documents);
    //! Only these documents as well (the round shown, corpus indices); nothing: all documents.
    void setScopeDocuments(const std::optional<QSet<qsizetype>> &documents);
    //! Only documents whose annotator layers disagree on a span of \a type; empty: any.
    void setDisputedType(const QString &type);
    //! Only documents with a hotspot of class \a kind; nothing: any.
    void setHotspotKind(std::optional<Core::HotspotBlock::Kind> kind);

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    [[nodiscard]] bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    std::optional<QSet<qsizetype>> m_allowed;
    std::optional<QSet<qsizetype>> m_scope;
    QString m_disputedType;
    std::optional<Core::HotspotBlock::Kind> m_hotspotKind;
};

} // namespace Workbench::Ui
