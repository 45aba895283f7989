// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "../model/span.h"

#include <QString>

namespace Workbench::Core {

//! One annotator's spans by name, as the metrics take them (a value: safe across threads).
struct AnnotatorLayer
{
    QString name;
    DocumentSpans spans;
};

} // namespace Workbench::Core
