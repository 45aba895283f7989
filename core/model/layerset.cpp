// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "model/layerset.h"

namespace Workbench::Core {

LayerSet::LayerSet(QObject *parent)
    : QObject(parent)
{
}

LayerSet::~LayerSet() = default; // layers are QObject children

SpanLayer *LayerSet::layer(const QString &name) const
{
    for (SpanLayer *layer : m_layers) {
        if (layer->name() == name) {
            return layer;
        }
    }
    return nullptr;
}

SpanLayer *LayerSet::addLayer(const QString &name, const LayerKind kind)
{
    if (layer(name) != nullptr) {
        return nullptr;
    }
    const qsizetype index = m_layers.size();
    Q_EMIT layerAboutToBeInserted(index);
    auto *created = new SpanLayer(name, kind, this);
    m_layers.append(created);
    Q_EMIT layerInserted(index);
    return created;
}

void LayerSet::removeLayer(const qsizetype index)
{
    if (index < 0 || index >= m_layers.size()) {
        return;
    }
    Q_EMIT layerAboutToBeRemoved(index);
    SpanLayer *removed = m_layers.takeAt(index);
    Q_EMIT layerRemoved(index);
    delete removed;
}

void LayerSet::moveLayer(const qsizetype from, const qsizetype to)
{
    if (from == to || from < 0 || to < 0 || from >= m_layers.size() || to >= m_layers.size()) {
        return;
    }
    Q_EMIT layerAboutToBeMoved(from, to);
    m_layers.move(from, to);
    Q_EMIT layerMoved(from, to);
}

} // namespace Workbench::Core
