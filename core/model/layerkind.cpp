// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "layerkind.h"

#include <array>
#include <utility>

namespace Workbench::Core {

namespace {
constexpr std::array kindNames{
    std::pair{LayerKind::Llm, "llm"},
    std::pair{LayerKind::System, "system"},
    std::pair{LayerKind::Human, "human"},
    std::pair{LayerKind::Gold, "gold"},
    std::pair{LayerKind::Aggregate, "aggregate"},
};
} // namespace

QString layerKindName(const LayerKind kind)
{
    for (const auto &[k, name] : kindNames) {
        if (k == kind) {
            return QString::fromLatin1(name);
        }
    }
    return {};
}

std::optional<LayerKind> layerKindFromName(const QString &name)
{
    for (const auto &[k, kindName] : kindNames) {
        if (name == QLatin1String(kindName)) {
            return k;
        }
    }
    return std::nullopt;
}

} // namespace Workbench::Core
