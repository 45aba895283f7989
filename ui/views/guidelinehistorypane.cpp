// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "guidelinehistorypane.h"

#include "background.h"
#include "diffhtml.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

GuidelineHistoryPane::GuidelineHistoryPane(QWidget *parent)
    : QWidget(parent)
{
    m_summary = new QLabel(tr("Open a pilot project to see its guideline versions."), this);
    m_summary->setObjectName(u"historySummary"_s);
    m_summary->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"guidelineVersions"_s);
    m_view = new QTextBrowser(this);
    m_view->setObjectName(u"versionView"_s);
    m_restore = new QPushButton(tr("&Restore This Version"), this);
    m_restore->setObjectName(u"restoreVersion"_s);
    m_restore->setToolTip(tr("Make this text the newest version again; no version is lost"));
    m_export = new QPushButton(tr("E&xport…"), this);
    m_export->setObjectName(u"exportVersion"_s);
    m_export->setToolTip(tr("Save this version as Markdown or HTML"));

    connect(m_list, &QListWidget::currentRowChanged, this, &GuidelineHistoryPane::showSelected);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (const int index = selectedIndex(); index >= 0) {
            Q_EMIT restoreRequested(m_versions.at(index).version);
        }
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const int index = selectedIndex();
        if (index < 0) {
            return;
        }
        const int version = m_versions.at(index).version;
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Guideline"),
            u"guideline-v%1.md"_s.arg(version), tr("Markdown (*.md);;HTML (*.html)"));
        if (!path.isEmpty()) {
            exportVersion(version, path);
        }
    });

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(1, 3);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_restore);
    buttons->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    setVersions({}, false);
}

GuidelineHistoryPane::~GuidelineHistoryPane() = default;

void GuidelineHistoryPane::setVersions(const QList<Core::Guideline> &versions, const bool canRestore)
{
    m_versions = versions;
    m_canRestore = canRestore;
    m_list->clear();
    for (const Core::Guideline &guideline : versions) {
        m_list->addItem(guideline.version == 0 ? tr("Version 0 (the starting point)")
                                               : tr("Version %1").arg(guideline.version));
    }
    if (!versions.isEmpty()) {
        m_summary->setText(
            tr("%n version(s); select one to see what it changed.", nullptr, int(versions.size())));
        m_list->setCurrentRow(int(versions.size()) - 1);
    }
    showSelected();
}

int GuidelineHistoryPane::selectedIndex() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_versions.size() ? row : -1;
}

void GuidelineHistoryPane::showSelected()
{
    const int index = selectedIndex();
    m_export->setEnabled(index >= 0);
    m_restore->setEnabled(index >= 0 && m_canRestore && index != m_versions.size() - 1);
    if (index < 0) {
        m_view->clear();
        return;
    }
    const QString text = m_versions.at(index).toMarkdown();
    if (index == 0) {
        m_view->setPlainText(text);
        return;
    }
    m_view->setHtml(u"<p><b>%1</b></p><p style=\"white-space: pre-wrap\">%2</p>"_s.arg(
        tr("Changes from version %1 (removed words struck out, added words underlined):")
            .arg(m_versions.at(index - 1).version)
            .toHtmlEscaped(),
        DiffHtml::words(m_versions.at(index - 1).toMarkdown(), text)));
}

void GuidelineHistoryPane::exportVersion(const int version, const QString &path)
{
    const auto found = std::ranges::find(m_versions, version, &Core::Guideline::version);
    if (found == m_versions.cend()) {
        Q_EMIT exported(path, tr("no version %1").arg(version));
        return;
    }
    const QByteArray bytes =
        (path.endsWith(u".html"_s, Qt::CaseInsensitive) ? found->toHtml() : found->toMarkdown()).toUtf8();
    Background::run(
        this,
        [path, bytes] {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
                return file.errorString().isEmpty() ? u"cannot write the file"_s : file.errorString();
            }
            return QString();
        },
        [this, path](const QString &error) { Q_EMIT exported(path, error); });
}

} // namespace Workbench::Ui
