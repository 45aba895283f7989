// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "pilot/guideline.h"

#include <QList>
#include <QWidget>

#include <expected>

class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace Workbench::Ui {

/*! \brief Every version of the guideline: what each changed from the one before, restore, export.
 *
 * Restoring never rewrites history: it asks (restoreRequested()) for a new version with the old
 * text. Export writes Markdown, or HTML when the file name ends in .html, off the UI thread.
 */
class GuidelineHistoryPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuidelineHistoryPane)

public:
    explicit GuidelineHistoryPane(QWidget *parent = nullptr);
    ~GuidelineHistoryPane() override;

    //! Shows \a versions (oldest first) and selects the latest; \a canRestore is false while a
    //! proposal awaits a decision (it was made against the latest version).
    void setVersions(const QList<Core::Guideline> &versions, bool canRestore);
    //! Writes version \a version to \a path; exported() reports the outcome.
    void exportVersion(int version, const QString &path);

Q_SIGNALS:
    void restoreRequested(int version);
    //! \a errorString is empty when the file was written.
    void exported(const QString &path, const QString &errorString);

private:
    void showSelected();
    [[nodiscard]] int selectedIndex() const;

    QList<Core::Guideline> m_versions;
    bool m_canRestore = false;
    QLabel *m_summary = nullptr;
    QListWidget *m_list = nullptr;
    QTextBrowser *m_view = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace Workbench::Ui
