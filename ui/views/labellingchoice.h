// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "pilot/pilotconfig.h"
#include "session/corpuslabelling.h"
#include "store/pilotsnapshot.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;

namespace Workbench::Ui {

/*! \brief How the corpus is to be labelled: the guideline version, the annotator and the engine,
 * with what the rounds chose and why (method.md section 7).
 *
 * By default both the version and the annotator are the rounds' choice (FinalChoice, without
 * gold); the user may take any version and any annotator. A batch engine is offered only for an
 * annotator whose endpoint speaks its API. Usage: \c{choice->setPilot(config, snapshot);
 * worker->estimateLabelling(choice->annotator(), choice->version(), choice->engine());}
 */
class LabellingChoice final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabellingChoice)

public:
    explicit LabellingChoice(QWidget *parent = nullptr);
    ~LabellingChoice() override;

    //! The pilot's configuration and state; nothing: no pilot (the choices are emptied).
    void setPilot(
        const std::optional<Core::PilotConfig> &config, const std::optional<Core::PilotSnapshot> &pilot);
    //! Empty: the one the rounds chose.
    [[nodiscard]] QString annotator() const;
    //! Nothing: the one the rounds chose.
    [[nodiscard]] std::optional<int> version() const;
    [[nodiscard]] Core::CorpusLabelling::Engine engine() const;
    //! The choice in words: what labels, under which version, and why.
    [[nodiscard]] QString reason() const;

Q_SIGNALS:
    //! Another annotator, version or engine was chosen (an estimate made before no longer holds).
    void changed();

private:
    void updateEngines();
    void updateReason();

    std::optional<Core::PilotConfig> m_config;
    QList<Core::RoundSummary> m_rounds;
    QComboBox *m_version = nullptr;
    QComboBox *m_annotator = nullptr;
    QComboBox *m_engine = nullptr;
    QLabel *m_reason = nullptr;
};

} // namespace Workbench::Ui
