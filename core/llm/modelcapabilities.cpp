// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "modelcapabilities.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

ModelCapabilities ModelCapabilities::forModel(const QString &model)
{
    // "o1", "o3-mini", "o4-mini-2025-04-16", "gpt-5", "gpt-5-mini", also behind a router prefix.
    static const QRegularExpression reasoning(
        u"(^|/)(o[1-9](-|$)|o[1-9]-mini|gpt-5)"_s, QRegularExpression::CaseInsensitiveOption);
    ModelCapabilities capabilities;
    capabilities.reasoning = reasoning.match(model).hasMatch();
    return capabilities;
}

} // namespace Workbench::Core
