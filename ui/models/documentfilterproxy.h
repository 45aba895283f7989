// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace Workbench::Ui {

/*! \brief Documents filtered by text (the base class's filter) and, optionally, by a set of
 * document indices, e.g. those where two layers differ.
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
    //! Only documents whose annotator layers disagree on a span of \a type; empty: any.
    void setDisputedType(const QString &type);
    //! Only documents with a hotspot of this class (a HotspotBlock::Kind); -1: any.
    void setHotspotKind(int kind);

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<QSet<qsizetype>> m_allowed;
    QString m_disputedType;
    int m_hotspotKind = -1;
};

} // namespace Workbench::Ui
