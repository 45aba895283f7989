// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "roundscope.h"

#include <QCoreApplication>
#include <QString>

namespace Workbench::Ui {

/*! \brief What the window says of rounds whose annotators' layers the project lacks (a project
 * written before round layers were kept, or a layer deleted): which, what that does to the
 * figures shown, and how to get them back.
 *
 * Usage: \c{notice += RoundLayerNotes::projectNote(selector->scopes());}
 */
class RoundLayerNotes
{
    Q_DECLARE_TR_FUNCTIONS(RoundLayerNotes)

public:
    RoundLayerNotes() = delete;

    //! Whether any round among \a scopes lacks an annotator's layer.
    [[nodiscard]] static bool anyMissing(const QList<RoundScope> &scopes);
    //! What \a scope lacks, for its tooltip and the status bar; empty when it lacks nothing.
    [[nodiscard]] static QString scopeNote(const RoundScope &scope);
    //! Every round's missing layers among \a scopes, for "About this data"; empty when none lacks any.
    [[nodiscard]] static QString projectNote(const QList<RoundScope> &scopes);
    //! Where the missing layers come back from: the menu and the command.
    [[nodiscard]] static QString remedy();
};

} // namespace Workbench::Ui
