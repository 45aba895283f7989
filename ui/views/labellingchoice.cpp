// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "labellingchoice.h"

#include "pilot/finalchoice.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

namespace {

constexpr int RoundsChoose = -1; //!< the version combo's data for "as the rounds chose"

} // namespace

LabellingChoice::LabellingChoice(QWidget *parent)
    : QWidget(parent)
    , m_version(new QComboBox(this))
    , m_annotator(new QComboBox(this))
    , m_engine(new QComboBox(this))
    , m_reason(new QLabel(this))
{
    m_version->setObjectName(u"labelVersion"_s);
    m_version->setToolTip(tr("The guideline version to label under"));
    m_annotator->setObjectName(u"labelAnnotator"_s);
    m_annotator->setToolTip(tr("The annotator to label with"));
    m_engine->setObjectName(u"labelEngine"_s);
    m_engine->setToolTip(tr("Interactive calls, or the provider's batch engine: half the price, "
                            "results within 24 hours"));
    m_engine->addItem(tr("Interactive"), int(Core::CorpusLabelling::Engine::Interactive));
    m_engine->addItem(tr("OpenAI batch"), int(Core::CorpusLabelling::Engine::OpenAiBatch));
    m_engine->addItem(tr("Anthropic batch"), int(Core::CorpusLabelling::Engine::AnthropicBatch));
    m_reason->setObjectName(u"labelChoiceReason"_s);
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);

    const auto choiceChanged = [this] {
        updateEngines();
        updateReason();
        Q_EMIT changed();
    };
    connect(m_version, &QComboBox::currentIndexChanged, this, choiceChanged);
    connect(m_annotator, &QComboBox::currentIndexChanged, this, choiceChanged);
    connect(m_engine, &QComboBox::currentIndexChanged, this, &LabellingChoice::changed);

    auto *combos = new QHBoxLayout;
    combos->setContentsMargins(0, 0, 0, 0);
    combos->addWidget(m_version);
    combos->addWidget(m_annotator);
    combos->addWidget(m_engine);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(combos);
    layout->addWidget(m_reason);
}

LabellingChoice::~LabellingChoice() = default;

void LabellingChoice::setPilot(
    const std::optional<Core::PilotConfig> &config, const std::optional<Core::PilotSnapshot> &pilot)
{
    m_config = config;
    m_rounds = pilot ? pilot->rounds : QList<Core::RoundSummary>{};
    const QSignalBlocker versionBlocker(m_version);
    const QSignalBlocker annotatorBlocker(m_annotator);
    m_version->clear();
    m_annotator->clear();
    if (config && pilot) {
        const std::optional<Core::FinalChoice> chosen = Core::FinalChoice::choose(m_rounds);
        m_version->addItem(chosen ? tr("Guideline the rounds chose (v%1)").arg(chosen->guidelineVersion)
                                  : tr("Guideline the rounds chose"),
            RoundsChoose);
        for (const Core::Guideline &guideline : pilot->versions) {
            m_version->addItem(tr("Guideline v%1").arg(guideline.version), guideline.version);
        }
        m_annotator->addItem(chosen ? tr("The one that agreed most (%1)").arg(chosen->annotator)
                                    : tr("The one that agreed most"),
            QString());
        for (const Core::PilotConfig::Annotator &annotator : std::as_const(config->annotators)) {
            m_annotator->addItem(annotator.name, annotator.name);
        }
    }
    updateEngines();
    updateReason();
}

QString LabellingChoice::annotator() const
{
    return m_annotator->currentData().toString();
}

std::optional<int> LabellingChoice::version() const
{
    const int version = m_version->currentData().toInt();
    return m_version->count() == 0 || version == RoundsChoose ? std::nullopt : std::optional(version);
}

Core::CorpusLabelling::Engine LabellingChoice::engine() const
{
    return Core::CorpusLabelling::Engine(m_engine->currentData().toInt());
}

QString LabellingChoice::reason() const
{
    return m_reason->text();
}

void LabellingChoice::updateEngines()
{
    // A batch engine only for an annotator whose endpoint speaks its API ("agreed most": either).
    const QString name = annotator();
    std::optional<Core::ApiStyle> style;
    if (m_config && !name.isEmpty()) {
        for (const Core::PilotConfig::Annotator &entry : std::as_const(m_config->annotators)) {
            if (entry.name == name) {
                style = m_config->endpoint(entry.endpoint)->endpoint.style;
            }
        }
    }
    auto *model = qobject_cast<QStandardItemModel *>(m_engine->model());
    model->item(1)->setEnabled(!style || *style == Core::ApiStyle::OpenAi);
    model->item(2)->setEnabled(!style || *style == Core::ApiStyle::Anthropic);
    if (!model->item(m_engine->currentIndex())->isEnabled()) {
        m_engine->setCurrentIndex(0);
    }
}

void LabellingChoice::updateReason()
{
    const std::optional<int> chosenVersion = version();
    const std::optional<Core::FinalChoice> choice = chosenVersion
        ? Core::FinalChoice::forVersion(m_rounds, *chosenVersion, annotator())
        : Core::FinalChoice::choose(m_rounds);
    if (!choice) {
        m_reason->setText(m_rounds.isEmpty() ? tr("No round has run yet: nothing to choose by.") : QString());
        return;
    }
    const QString who = annotator().isEmpty() ? choice->annotator : annotator();
    // The reason is the core's, in English like the CLI's; the sentence around it is translated.
    QString text = tr("Labels with %1 under guideline v%2: %3")
                       .arg(who)
                       .arg(choice->guidelineVersion)
                       .arg(choice->reason);
    if (who != choice->annotator) {
        text += u" "_s + tr("(the annotator is your choice)");
    }
    m_reason->setText(text);
}

} // namespace Workbench::Ui
