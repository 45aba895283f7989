// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "aggregatedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

AggregateDialog::AggregateDialog(const QStringList &annotators, const QStringList &taken,
    const QStringList &aggregates, const QString &nameSuffix, QWidget *parent)
    : QDialog(parent)
    , m_taken(taken)
    , m_aggregates(aggregates)
    , m_nameSuffix(nameSuffix)
{
    setWindowTitle(tr("Build an Aggregate Layer"));
    using Method = Core::Aggregator::Method;
    m_method = new QComboBox(this);
    m_method->setObjectName(u"aggregateMethod"_s);
    m_method->addItem(tr("Weighted by agreement (per token)"), int(Method::Weighted));
    m_method->addItem(tr("Plurality (per token)"), int(Method::Plurality));
    m_method->addItem(tr("Span vote"), int(Method::SpanVote));
    m_method->setToolTip(tr("Weighted: each annotator's vote counts by how much it agrees with the "
                            "others, never by gold. Plurality: the label most annotators give a "
                            "token. Span vote: every span enough annotators give."));
    m_minVotes = new QSpinBox(this);
    m_minVotes->setObjectName(u"aggregateMinVotes"_s);
    m_minVotes->setRange(0, std::max(1, int(annotators.size())));
    m_minVotes->setSpecialValueText(tr("a majority"));
    m_layers = new QListWidget(this);
    m_layers->setObjectName(u"aggregateLayers"_s);
    for (const QString &annotator : annotators) {
        auto *item = new QListWidgetItem(annotator, m_layers);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"aggregateName"_s);
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"aggregateProblem"_s);
    m_problem->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Build"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Method:"), m_method);
    form->addRow(tr("Span &vote minimum:"), m_minVotes);
    form->addRow(tr("&Layers:"), m_layers);
    form->addRow(tr("&Name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_method, &QComboBox::currentIndexChanged, this, &AggregateDialog::methodChanged);
    connect(m_layers, &QListWidget::itemChanged, this, &AggregateDialog::validate);
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        m_nameEdited = true;
        validate();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    methodChanged();
}

AggregateDialog::~AggregateDialog() = default;

QStringList AggregateDialog::layers() const
{
    QStringList chosen;
    for (int row = 0; row < m_layers->count(); ++row) {
        if (m_layers->item(row)->checkState() == Qt::Checked) {
            chosen.append(m_layers->item(row)->text());
        }
    }
    return chosen;
}

Core::Aggregator::Options AggregateDialog::options() const
{
    const auto method = Core::Aggregator::Method(m_method->currentData().toInt());
    return {.method = method,
        .minVotes = method == Core::Aggregator::Method::SpanVote ? m_minVotes->value() : 0,
        .weights = {}};
}

QString AggregateDialog::name() const
{
    return m_name->text().trimmed();
}

void AggregateDialog::methodChanged()
{
    const auto method = Core::Aggregator::Method(m_method->currentData().toInt());
    m_minVotes->setEnabled(method == Core::Aggregator::Method::SpanVote);
    if (!m_nameEdited) {
        m_name->setText(u"aggregate-"_s + Core::Aggregator::methodName(method) + m_nameSuffix);
    }
    validate();
}

void AggregateDialog::validate()
{
    QString problem;
    if (layers().size() < 2) {
        problem = tr("Choose at least two layers.");
    } else if (name().isEmpty()) {
        problem = tr("Name the new layer.");
    } else if (m_taken.contains(name())) {
        problem = tr("A layer named %1 exists and is not an aggregate; choose another name.").arg(name());
    } else if (m_aggregates.contains(name())) {
        problem = tr("The aggregate %1 will be replaced.").arg(name());
    }
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(layers().size() >= 2 && !name().isEmpty() && !m_taken.contains(name()));
}

} // namespace Workbench::Ui
