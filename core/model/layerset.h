// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "model/spanlayer.h"

#include <QList>
#include <QObject>

namespace Workbench::Core {

/*! \brief The span layers of a project, in display order; owns them.
 *
 * Usage: \c{auto *layer = layers.addLayer(u"arcada"_s, LayerKind::System)} then fill it.
 * Insertions and removals are announced in "about to / done" pairs.
 */
class LayerSet final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LayerSet)

public:
    explicit LayerSet(QObject *parent = nullptr);
    ~LayerSet() override;

    [[nodiscard]] qsizetype size() const { return m_layers.size(); }
    [[nodiscard]] SpanLayer *layer(qsizetype index) const { return m_layers.value(index); }
    [[nodiscard]] const QList<SpanLayer *> &layers() const { return m_layers; }
    //! The layer named \a name, or nullptr.
    [[nodiscard]] SpanLayer *layer(const QString &name) const;
    [[nodiscard]] qsizetype indexOf(const SpanLayer *layer) const { return m_layers.indexOf(layer); }

    //! Appends a new empty layer; nullptr when a layer of that name exists already.
    SpanLayer *addLayer(const QString &name, LayerKind kind);
    //! Removes and deletes the layer at \a index.
    void removeLayer(qsizetype index);
    //! Moves the layer at \a from to position \a to (display order only).
    void moveLayer(qsizetype from, qsizetype to);

Q_SIGNALS:
    void layerAboutToBeInserted(qsizetype index);
    void layerInserted(qsizetype index);
    void layerAboutToBeRemoved(qsizetype index);
    void layerRemoved(qsizetype index);
    void layerAboutToBeMoved(qsizetype from, qsizetype to);
    void layerMoved(qsizetype from, qsizetype to);

private:
    QList<SpanLayer *> m_layers;
};

} // namespace Workbench::Core
