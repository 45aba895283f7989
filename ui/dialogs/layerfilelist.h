// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "store/projectimporter.h"

#include <QWidget>

#include <expected>
#include <functional>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace Workbench::Ui {

class LossReportView;

/*! \brief Annotation files on their way into a project: each read and aligned off the UI thread
 * as soon as it is added, one at a time, and listed with its name, kind (system, person, gold)
 * and what reading it gave; the selected file's loss report is shown below the list.
 *
 * Nothing here writes: the dialog that holds the list writes outcomes() once problem() is
 * empty. In Mode::NewProject the first file is the corpus and the others are aligned to it;
 * removing it makes the next one the corpus and reads the rest again. How a file is read is the
 * holder's (\a reader): onto the corpus the list passes, or onto the open project's when it
 * passes none. A file that fails stays listed with its error (file and line) until removed.
 * Usage: \c{auto *list = new LayerFileList(LayerFileList::Mode::NewProject, reader, this);}
 */
class LayerFileList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LayerFileList)

public:
    enum class Mode {
        NewProject, //!< the first file defines the corpus
        IntoProject, //!< every file is aligned to the open project's corpus
    };
    using Result = std::expected<Core::ProjectImporter::Outcome, QString>;
    using Deliver = std::function<void(const Result &)>;
    /*! Reads \a source off the UI thread, onto \a corpus (empty: the project's, or as the corpus
     * itself), and hands the result to \a deliver on \a context's thread. */
    using Reader = std::function<void(const Core::CorpusImporter::Source &source,
        const QList<Core::Document> &corpus, QObject *context, Deliver deliver)>;

    LayerFileList(Mode mode, Reader reader, QWidget *parent = nullptr);
    ~LayerFileList() override;

    //! Layer names the project has already: a file may not take one.
    void setTakenNames(const QStringList &names);
    //! Adds the file (or brat directory) at \a path, read in the format chosen for added files.
    void addFile(const QString &path);
    //! Why nothing can be written yet (no file, one being read or failed, a name missing or
    //! taken); empty when outcomes() can be written.
    [[nodiscard]] QString problem() const;
    //! What the files gave, with the names and kinds chosen, in the list's order.
    [[nodiscard]] QList<Core::ProjectImporter::Outcome> outcomes() const;
    [[nodiscard]] int fileCount() const { return int(m_files.size()); }

Q_SIGNALS:
    //! A file was read (\a errorString empty) or failed; the list changed.
    void fileRead(const QString &path, const QString &errorString);
    //! Files, names or kinds changed: problem() may have too.
    void changed();

private:
    enum class State { Waiting, Reading, Read, Failed, Blocked };
    struct File
    {
        quint64 key = 0; //!< stays with the file while rows move
        QString path;
        std::optional<Core::AnnotationFormat> format;
        State state = State::Waiting;
        std::optional<Core::ProjectImporter::Outcome> outcome;
        QString error;
    };

    [[nodiscard]] QHBoxLayout *createButtons();
    [[nodiscard]] QHBoxLayout *createProgress();
    void setProgressVisible(bool visible);
    void chooseFiles();
    void chooseBratFolder();
    void removeSelected();
    void cancelReading();
    //! Starts reading the next file waiting, unless one is being read.
    void readNext();
    //! The file being read, and how far down the list it is.
    void showProgress();
    void finishRead(quint64 key, const Result &result);
    //! Every file read again: the corpus changed.
    void readAllAgain();
    [[nodiscard]] qsizetype rowOf(quint64 key) const;
    //! The documents files after the first are aligned to; empty for the project's own.
    [[nodiscard]] QList<Core::Document> corpusFor(qsizetype row) const;
    void showState(qsizetype row);
    void showSelected();
    [[nodiscard]] QString nameAt(qsizetype row) const;
    [[nodiscard]] Core::LayerKind kindAt(qsizetype row) const;

    Mode m_mode;
    Reader m_reader;
    QStringList m_taken;
    QList<File> m_files;
    quint64 m_nextKey = 1;
    quint64 m_reading = 0; //!< the key of the file being read; 0: none
    QTableWidget *m_table = nullptr;
    QComboBox *m_format = nullptr;
    QPushButton *m_remove = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressText = nullptr;
    QPushButton *m_cancel = nullptr;
    LossReportView *m_report = nullptr;
};

} // namespace Workbench::Ui
