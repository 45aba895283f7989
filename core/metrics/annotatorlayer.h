// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "model/span.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Workbench::Core {

//! One annotator's spans by name, as the metrics take them (a value: safe across threads).
struct AnnotatorLayer
{
    QString name;
    DocumentSpans spans;
    //! Documents the layer did not label (failed pieces, or documents outside its batch): left out
    //! of its pairs and missing values to Krippendorff's alpha, never read as "no entities".
    QSet<qsizetype> missing = {};

    //! Every entity type any of \a layers uses, sorted: the label set the metrics code with.
    [[nodiscard]] static QStringList typesOf(const QList<AnnotatorLayer> &layers);
};

} // namespace Workbench::Core
