// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "roundreportsview.h"

#include "highlighting/markdownhighlighting.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

namespace {
constexpr int KeyRole =
    Qt::UserRole + 1; //!< the annotator, empty for the hotspots; Qt::UserRole holds the Markdown
} // namespace

RoundReportsView::RoundReportsView(QWidget *parent)
    : QWidget(parent)
    , m_chooser(new QComboBox(this))
    , m_source(new QCheckBox(tr("Markdown source"), this))
    , m_note(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_rendered(new QTextBrowser(this))
    , m_markdown(new QPlainTextEdit(this))
{
    setObjectName(u"roundReports"_s);
    m_chooser->setObjectName(u"roundReportChooser"_s);
    m_chooser->setToolTip(tr("The hotspot report of the round, or one annotator's error report"));
    m_source->setObjectName(u"roundReportSource"_s);
    m_source->setToolTip(tr("Show the report as the Markdown the round wrote"));
    m_note->setObjectName(u"roundReportNote"_s);
    m_note->setWordWrap(true);
    m_rendered->setObjectName(u"roundReport"_s);
    m_rendered->setOpenLinks(false); // a report's links point into the run's folder, not here
    m_markdown->setObjectName(u"roundReportMarkdown"_s);
    m_markdown->setReadOnly(true);
    MarkdownHighlighting::attach(m_markdown);
    m_pages->addWidget(m_rendered);
    m_pages->addWidget(m_markdown);

    connect(m_chooser, &QComboBox::currentIndexChanged, this, [this](const int index) {
        // The reader's choice, kept across rounds and reloads.
        m_chosen = m_chooser->itemData(index, KeyRole).toString();
        showReport(index);
    });
    connect(m_source, &QCheckBox::toggled, this, [this](const bool source) {
        m_pages->setCurrentWidget(source ? static_cast<QWidget *>(m_markdown) : m_rendered);
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_chooser, 1);
    top->addWidget(m_source);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_note);
    layout->addWidget(m_pages, 1);
    clear(tr("No round chosen."));
}

RoundReportsView::~RoundReportsView() = default;

void RoundReportsView::setReports(const int round, const Core::PilotRepository::RoundReports &reports)
{
    const QSignalBlocker blocker(m_chooser);
    m_chooser->clear();
    const auto add = [this](const QString &label, const QString &markdown, const QString &key) {
        m_chooser->addItem(label, markdown);
        m_chooser->setItemData(m_chooser->count() - 1, key, KeyRole);
    };
    if (!reports.hotspots.isEmpty()) {
        add(tr("Hotspots of round %1").arg(round), reports.hotspots, QString());
    }
    for (auto it = reports.annotators.cbegin(); it != reports.annotators.cend(); ++it) {
        add(tr("Errors of %1").arg(it.key()), it.value(), it.key());
    }
    if (m_chooser->count() == 0) {
        clear(tr("Round %1's reports are not in the project: it was analysed before the workbench kept "
                 "them. A run from the command line wrote them into its folder round-%1/.")
                  .arg(round));
        return;
    }
    m_chooser->setEnabled(true);
    m_source->setEnabled(true);
    m_note->hide();
    m_chooser->setCurrentIndex(std::max(0, indexOfChosen()));
    showReport(m_chooser->currentIndex());
}

void RoundReportsView::clear(const QString &why)
{
    const QSignalBlocker blocker(m_chooser);
    m_chooser->clear();
    m_chooser->setEnabled(false);
    m_source->setEnabled(false);
    m_rendered->clear();
    m_markdown->clear();
    m_note->setText(why);
    m_note->show();
}

QStringList RoundReportsView::reportNames() const
{
    QStringList names;
    for (int index = 0; index < m_chooser->count(); ++index) {
        names.append(m_chooser->itemText(index));
    }
    return names;
}

int RoundReportsView::indexOfChosen() const
{
    for (int index = 0; m_chosen && index < m_chooser->count(); ++index) {
        if (m_chooser->itemData(index, KeyRole).toString() == *m_chosen) {
            return index;
        }
    }
    return -1;
}

void RoundReportsView::showReport(const int index)
{
    const QString markdown = m_chooser->itemData(index).toString();
    m_rendered->setMarkdown(markdown);
    m_markdown->setPlainText(markdown);
}

} // namespace Workbench::Ui
