// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "store/layerrepository.h"

#include <QCoreApplication>
#include <QString>

namespace Workbench::Core {
class Corpus;
}

namespace Workbench::Ui {

/*! \brief Names a curation action for the Edit menu, from the edits the project recorded:
 * "Mark “Sonmarg” as location", "Change “Sonmarg” to person", "Add 4 spans".
 *
 * The words of one span are quoted from \a corpus (shortened when long). Usage:
 * \c{undo->setText(tr("&Undo %1").arg(CurationStepName::name(controller->undoStep(), corpus)));}
 */
class CurationStepName
{
    Q_DECLARE_TR_FUNCTIONS(CurationStepName)

public:
    CurationStepName() = delete;

    //! The action of \a edits; empty when there are none.
    [[nodiscard]] static QString name(
        const QList<Core::LayerRepository::StepEdit> &edits, const Core::Corpus &corpus);

private:
    //! The words of \a edit's span in quotation marks, shortened when long; empty outside the corpus.
    [[nodiscard]] static QString quote(
        const Core::LayerRepository::StepEdit &edit, const Core::Corpus &corpus);
};

} // namespace Workbench::Ui
