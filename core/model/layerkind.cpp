// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "model/layerkind.h"

#include "model/nametable.h"

namespace Workbench::Core {

namespace {
constexpr NameTable<LayerKind, 5> names{{{{LayerKind::Llm, "llm"}, {LayerKind::System, "system"},
    {LayerKind::Human, "human"}, {LayerKind::Gold, "gold"}, {LayerKind::Aggregate, "aggregate"}}}};
} // namespace

QString layerKindName(const LayerKind kind)
{
    return names.name(kind);
}

std::optional<LayerKind> layerKindFromName(const QString &name)
{
    return names.value(name, Qt::CaseSensitive);
}

} // namespace Workbench::Core
