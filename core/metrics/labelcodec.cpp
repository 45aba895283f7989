// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "metrics/labelcodec.h"

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

LabelCodec::LabelCodec(const QStringList &types)
    : m_types(types)
{
}

QString LabelCodec::name(const Label label) const
{
    if (label == outside) {
        return u"O"_s;
    }
    return (isBegin(label) ? u"B-"_s : u"I-"_s) + m_types.value(typeOf(label));
}

} // namespace Workbench::Core
