// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "llm/cost.h"

#include <QWidget>

class QPushButton;

namespace Workbench::Ui {

class LabellingChoice;

/*! \brief The controls that label the whole corpus: Label the Corpus, the choice of version,
 * annotator and engine (LabellingChoice), and Cancel Batches.
 *
 * Label the Corpus is pressed twice: first for an estimate; once arm() has named the cost of the
 * chosen engine on it, to start. Another choice needs another estimate (changed()). Usage:
 * \c{connect(controls, &LabellingControls::labelPressed, pane, &RunsPane::labelCorpus);
 * controls->arm(interactiveUsd, batchUsd);}
 */
class LabellingControls final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabellingControls)

public:
    explicit LabellingControls(QWidget *parent = nullptr);
    ~LabellingControls() override;

    [[nodiscard]] LabellingChoice *choice() const { return m_choice; }
    //! The next press of Label the Corpus starts: the button says what it costs by the chosen engine.
    void arm(const Core::Cost &interactive, const Core::Cost &batch);
    //! The next press of Label the Corpus estimates again.
    void disarm();
    //! Which of the controls may be used now.
    void enable(bool label, bool choice, bool cancelBatches);

Q_SIGNALS:
    void labelPressed();
    void cancelBatchesPressed();
    //! Another annotator, version or engine was chosen: an estimate made before no longer holds.
    void changed();

private:
    QPushButton *m_label = nullptr;
    LabellingChoice *m_choice = nullptr;
    QPushButton *m_cancelBatches = nullptr;
};

} // namespace Workbench::Ui
