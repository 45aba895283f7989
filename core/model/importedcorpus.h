// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "model/document.h"
#include "model/importedlayer.h"

#include <QList>
#include <QStringList>

namespace Workbench::Core {

//! Documents and layers read from files, before they join a workspace (a value: safe across threads).
struct ImportedCorpus
{
    QList<Document> documents;
    QList<ImportedLayer> layers;
    QStringList warnings; //!< complete "FILE:LINE: warning: ..." lines
};

} // namespace Workbench::Core
