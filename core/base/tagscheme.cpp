// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "base/tagscheme.h"

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Core {

QString tagSchemeName(const TagScheme scheme)
{
    switch (scheme) {
    case TagScheme::Iob1:
        return u"iob1"_s;
    case TagScheme::Iob2:
        return u"iob2"_s;
    case TagScheme::Bioes:
        return u"bioes"_s;
    }
    return {};
}

std::optional<TagScheme> tagSchemeFromName(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == u"iob1") {
        return TagScheme::Iob1;
    }
    if (lower == u"iob2" || lower == u"bio") {
        return TagScheme::Iob2;
    }
    if (lower == u"bioes" || lower == u"iobes" || lower == u"bilou") {
        return TagScheme::Bioes;
    }
    return std::nullopt;
}

} // namespace Workbench::Core
