// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <Qt>

namespace Workbench::Ui {

//! Roles and columns of the document models, shared by models, proxies and delegates.
namespace DocumentRoles {

enum Role {
    DocumentIndexRole = Qt::UserRole, //!< qsizetype: the row's index in the Corpus
    SortRole, //!< the value proxies sort by (numbers as numbers; invalid where nothing was measured)
    DisputedTypesRole, //!< QStringList: the types of the document's disputed spans
    HotspotKindsRole, //!< QList<Core::HotspotBlock::Kind>: the hotspot classes in the document
};

enum Column {
    IdColumn,
    SentencesColumn,
    TokensColumn,
    DisputedColumn, //!< spans some annotator layers have and others lack
    AgreementColumn, //!< mean pairwise span F1 of the annotator layers in the document
    CuratedColumn, //!< spans in the project's curated layer
    BatchColumn, //!< the pilot rounds whose batch held the document
    TextColumn,
    ColumnCount, //!< sentinel
};

} // namespace DocumentRoles

} // namespace Workbench::Ui
