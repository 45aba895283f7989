// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "base/lossreport.h"
#include "model/document.h"
#include "model/span.h"

#include <QList>
#include <QStringList>

namespace Workbench::Core {

//! What one annotation file holds, whatever its format: documents with tokens, and one layer.
struct LayerFile
{
    QList<Document> documents;
    DocumentSpans spans; //!< sorted, per document
    QStringList warnings; //!< complete "FILE:LINE: warning: ..." lines
    LossReport loss; //!< what the file held that the layer cannot (discontinuous spans, ...)
    QString tagScheme; //!< CoNLL only: the scheme detected
};

} // namespace Workbench::Core
