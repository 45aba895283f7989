// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Workbench::Core {
class SpanLayer;
}

namespace Workbench::Ui {

/*! \brief How the views name a layer: a round's layer by its annotator where one round is shown,
 * any other by its name; the tooltip says which round, model and guideline made a round's layer.
 *
 * Usage: \c{item->setText(LayerLabels::name(*layer, scope.namesByAnnotator()));}
 */
class LayerLabels
{
    Q_DECLARE_TR_FUNCTIONS(LayerLabels)

public:
    LayerLabels() = delete;

    //! The annotator of a round's layer when \a byAnnotator, else the layer's name.
    [[nodiscard]] static QString name(const Core::SpanLayer &layer, bool byAnnotator);
    //! The layer's name and, for a round's layer, its round, annotator, model and guideline version.
    [[nodiscard]] static QString toolTip(const Core::SpanLayer &layer);
};

} // namespace Workbench::Ui
