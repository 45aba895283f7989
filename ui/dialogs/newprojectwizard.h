// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "pilot/pilotconfig.h"

#include <QWizard>

#include <expected>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace Workbench::Ui {

/*! \brief A new pilot project in three pages: the corpus (and gold, for scoring only), the
 * entity scheme and the goal, then the annotators and the supervisor on the user's endpoints.
 *
 * Each page checks what it asks before Next (the scheme as JSON, at least two annotators); the
 * whole configuration is checked again by PilotConfig when the wizard finishes. Creating the
 * project (reading the corpus) runs off the UI thread; created() then names the new file.
 */
class NewProjectWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewProjectWizard)

public:
    explicit NewProjectWizard(QWidget *parent = nullptr);
    ~NewProjectWizard() override;

    //! The configuration the pages describe, or what is wrong with it.
    [[nodiscard]] std::expected<Core::PilotConfig, QString> configuration() const;

Q_SIGNALS:
    //! The project exists at \a path (with its pilot), or \a errorString says why not.
    void created(const QString &path, const QString &errorString);

protected:
    void done(int result) override;

private:
    void addFilesPage();
    void addSchemePage();
    void addTeamPage();

    QLineEdit *m_projectPath = nullptr;
    QLineEdit *m_corpus = nullptr;
    QLineEdit *m_gold = nullptr;
    QComboBox *m_schemeChoice = nullptr;
    QPlainTextEdit *m_scheme = nullptr;
    QPlainTextEdit *m_goal = nullptr;
    QComboBox *m_endpoint = nullptr;
    QPlainTextEdit *m_annotators = nullptr;
    QLineEdit *m_supervisor = nullptr;
    QSpinBox *m_batchSize = nullptr;
    QSpinBox *m_rounds = nullptr;
    QLabel *m_problem = nullptr;
    bool m_creating = false;
};

} // namespace Workbench::Ui
