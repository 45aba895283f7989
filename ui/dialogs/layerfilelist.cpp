// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "layerfilelist.h"

#include "views/lossreportview.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

namespace {

enum Column { NameColumn, KindColumn, FileColumn, ResultColumn, ColumnCount };

} // namespace

LayerFileList::LayerFileList(const Mode mode, Reader reader, QWidget *parent)
    : QWidget(parent)
    , m_mode(mode)
    , m_reader(std::move(reader))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_format(new QComboBox(this))
    , m_remove(new QPushButton(tr("Re&move"), this))
    , m_progress(new QProgressBar(this))
    , m_progressText(new QLabel(this))
    , m_cancel(new QPushButton(tr("&Stop Reading"), this))
    , m_report(new LossReportView(this))
{
    m_table->setObjectName(u"layerFiles"_s);
    m_table->setHorizontalHeaderLabels({tr("Layer name"), tr("Kind"), tr("File"), tr("Read")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == NameColumn) {
            Q_EMIT changed();
        }
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &LayerFileList::showSelected);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_report);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(createButtons());
    layout->addWidget(splitter, 1);
    layout->addLayout(createProgress());
    m_report->showText(m_mode == Mode::NewProject
            ? tr("Add the corpus file first: its documents and tokens are the project's, its annotations "
                 "a layer. Every file added after it is aligned to it as a layer of its own.")
            : tr("Add the files to import: each is aligned to the project's corpus as a layer of its own."));
}

LayerFileList::~LayerFileList() = default;

QHBoxLayout *LayerFileList::createButtons()
{
    m_format->setObjectName(u"layerFileFormat"_s);
    m_format->addItem(tr("Detect from the file"), -1);
    for (const Core::AnnotationFormat format :
        {Core::AnnotationFormat::Conll, Core::AnnotationFormat::Doccano, Core::AnnotationFormat::Prodigy,
            Core::AnnotationFormat::Brat}) {
        m_format->addItem(Core::annotationFormatName(format), int(format));
    }
    auto *formatLabel = new QLabel(tr("&Format:"), this);
    formatLabel->setBuddy(m_format);
    auto *addFiles = new QPushButton(tr("&Add Files…"), this);
    addFiles->setObjectName(u"addLayerFiles"_s);
    connect(addFiles, &QPushButton::clicked, this, &LayerFileList::chooseFiles);
    auto *addBrat = new QPushButton(tr("Add &brat Folder…"), this);
    addBrat->setObjectName(u"addBratFolder"_s);
    connect(addBrat, &QPushButton::clicked, this, &LayerFileList::chooseBratFolder);
    m_remove->setObjectName(u"removeLayerFile"_s);
    m_remove->setEnabled(false);
    connect(m_remove, &QPushButton::clicked, this, &LayerFileList::removeSelected);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addFiles);
    buttons->addWidget(addBrat);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(formatLabel);
    buttons->addWidget(m_format);
    return buttons;
}

QHBoxLayout *LayerFileList::createProgress()
{
    m_progress->setObjectName(u"readProgress"_s);
    m_progress->setRange(0, 0); // one file's reading has no steps to count
    m_progressText->setObjectName(u"readProgressText"_s);
    m_cancel->setObjectName(u"stopReading"_s);
    connect(m_cancel, &QPushButton::clicked, this, &LayerFileList::cancelReading);
    setProgressVisible(false);

    auto *progress = new QHBoxLayout;
    progress->addWidget(m_progressText, 1);
    progress->addWidget(m_progress);
    progress->addWidget(m_cancel);
    return progress;
}

void LayerFileList::setProgressVisible(const bool visible)
{
    m_progress->setVisible(visible);
    m_progressText->setVisible(visible);
    m_cancel->setVisible(visible);
}

void LayerFileList::setTakenNames(const QStringList &names)
{
    m_taken = names;
    Q_EMIT changed();
}

void LayerFileList::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Add Annotation Files"), QString(),
        tr("All files (*);;CoNLL files (*.conll *.conllu *.iob2 *.bio *.txt *.tsv);;JSON lines (*.jsonl "
           "*.json)"));
    for (const QString &path : paths) {
        addFile(path);
    }
}

void LayerFileList::chooseBratFolder()
{
    const QString path = QFileDialog::getExistingDirectory(this, tr("Add a brat Folder"));
    if (!path.isEmpty()) {
        addFile(path);
    }
}

void LayerFileList::addFile(const QString &path)
{
    const int chosen = m_format->currentData().toInt();
    File file{.key = m_nextKey++,
        .path = path,
        .format = chosen < 0 ? std::nullopt : std::optional(Core::AnnotationFormat(chosen)),
        .state = State::Waiting,
        .outcome = std::nullopt,
        .error = {}};
    const int row = m_table->rowCount();
    m_table->blockSignals(true); // the name set here is no edit
    m_table->insertRow(row);
    m_table->setItem(row, NameColumn, new QTableWidgetItem(QFileInfo(QDir::cleanPath(path)).fileName()));
    auto *kind = new QComboBox(m_table);
    kind->setObjectName(u"layerKind"_s);
    kind->addItem(tr("system"), int(Core::LayerKind::System));
    kind->addItem(tr("person"), int(Core::LayerKind::Human));
    kind->addItem(tr("gold"), int(Core::LayerKind::Gold));
    connect(kind, &QComboBox::currentIndexChanged, this, &LayerFileList::changed);
    m_table->setCellWidget(row, KindColumn, kind);
    const QString shown = QDir::toNativeSeparators(QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
    auto *fileItem = new QTableWidgetItem(shown);
    fileItem->setFlags(fileItem->flags() & ~Qt::ItemIsEditable);
    fileItem->setToolTip(shown);
    m_table->setItem(row, FileColumn, fileItem);
    auto *result = new QTableWidgetItem;
    result->setFlags(result->flags() & ~Qt::ItemIsEditable);
    m_table->setItem(row, ResultColumn, result);
    m_table->blockSignals(false);
    m_table->resizeColumnToContents(FileColumn);
    m_files.append(file);
    showState(row);
    m_table->selectRow(row);
    Q_EMIT changed();
    readNext();
}

void LayerFileList::removeSelected()
{
    const qsizetype row = m_table->currentRow();
    if (row < 0 || row >= m_files.size()) {
        return;
    }
    const bool corpus = m_mode == Mode::NewProject && row == 0;
    if (m_files.at(row).key == m_reading) {
        m_reading = 0; // its result is dropped when it comes
    }
    m_files.removeAt(row);
    m_table->removeRow(int(row));
    if (corpus) {
        readAllAgain(); // the next file is the corpus now, and the others align to it
    }
    showSelected();
    Q_EMIT changed();
    readNext();
}

void LayerFileList::cancelReading()
{
    // The file being read and those waiting go; a read cannot be cut short, its result is dropped.
    for (qsizetype row = m_files.size() - 1; row >= 0; --row) {
        const State state = m_files.at(row).state;
        if (state == State::Reading || state == State::Waiting) {
            m_files.removeAt(row);
            m_table->removeRow(int(row));
        }
    }
    m_reading = 0;
    readNext();
    showSelected();
    Q_EMIT changed();
}

void LayerFileList::readAllAgain()
{
    m_reading = 0;
    for (qsizetype row = 0; row < m_files.size(); ++row) {
        m_files[row].state = State::Waiting;
        m_files[row].outcome.reset();
        m_files[row].error.clear();
        showState(row);
    }
}

QList<Core::Document> LayerFileList::corpusFor(const qsizetype row) const
{
    if (row == 0 || m_files.isEmpty()) {
        return {};
    }
    const File &first = m_files.first();
    return first.state == State::Read && first.outcome->definedCorpus ? first.outcome->documents
                                                                      : QList<Core::Document>{};
}

void LayerFileList::readNext()
{
    for (qsizetype row = 0; m_reading == 0 && row < m_files.size(); ++row) {
        File &file = m_files[row];
        if (file.state != State::Waiting) {
            continue;
        }
        if (m_mode == Mode::NewProject && row > 0 && m_files.first().state != State::Read) {
            file.state = State::Blocked; // nothing to align to until the corpus is read
            showState(row);
            continue;
        }
        file.state = State::Reading;
        m_reading = file.key;
        showState(row);
        Core::CorpusImporter::Source source(file.path, Core::LayerKind::System, file.format, nameAt(row));
        m_reader(source, corpusFor(row), this,
            [this, key = file.key](const Result &result) { finishRead(key, result); });
    }
    showProgress();
}

void LayerFileList::showProgress()
{
    const qsizetype row = rowOf(m_reading);
    setProgressVisible(row >= 0);
    if (row >= 0) {
        m_progressText->setText(tr("Reading %1 (%2 of %3)…")
                                    .arg(QFileInfo(QDir::cleanPath(m_files.at(row).path)).fileName())
                                    .arg(row + 1)
                                    .arg(m_files.size()));
    }
}

void LayerFileList::finishRead(const quint64 key, const Result &result)
{
    if (key != m_reading) {
        return; // removed, stopped, or its corpus changed while it was read
    }
    m_reading = 0;
    const qsizetype row = rowOf(key);
    File &file = m_files[row];
    file.state = result ? State::Read : State::Failed;
    file.outcome = result ? std::optional(*result) : std::nullopt;
    file.error = result ? QString() : result.error();
    showState(row);
    if (m_table->currentRow() == row) {
        showSelected();
    }
    Q_EMIT fileRead(file.path, file.error);
    Q_EMIT changed();
    readNext();
}

qsizetype LayerFileList::rowOf(const quint64 key) const
{
    const auto found = std::ranges::find(m_files, key, &File::key);
    return found == m_files.cend() ? -1 : qsizetype(found - m_files.cbegin());
}

void LayerFileList::showState(const qsizetype row)
{
    const File &file = m_files.at(row);
    QTableWidgetItem *item = m_table->item(int(row), ResultColumn);
    const QSignalBlocker blocker(m_table);
    item->setForeground(file.state == State::Failed ? QColor(Qt::red) : m_table->palette().text().color());
    switch (file.state) {
    case State::Waiting:
        item->setText(tr("waiting"));
        break;
    case State::Reading:
        item->setText(tr("reading…"));
        break;
    case State::Read:
        item->setText(LossReportView::brief(*file.outcome));
        break;
    case State::Failed:
        item->setText(file.error);
        break;
    case State::Blocked:
        item->setText(tr("waits for a corpus file that can be read"));
        break;
    }
    item->setToolTip(item->text());
}

void LayerFileList::showSelected()
{
    const qsizetype row = m_table->currentRow();
    m_remove->setEnabled(row >= 0);
    if (row < 0 || row >= m_files.size()) {
        m_report->showText({});
        return;
    }
    const File &file = m_files.at(row);
    if (file.state == State::Read) {
        m_report->showOutcome(file.path, *file.outcome);
    } else if (file.state == State::Failed) {
        m_report->showText(tr("Not read: %1").arg(file.error));
    } else {
        m_report->showText(m_table->item(int(row), ResultColumn)->text());
    }
}

QString LayerFileList::nameAt(const qsizetype row) const
{
    return m_table->item(int(row), NameColumn)->text().trimmed();
}

Core::LayerKind LayerFileList::kindAt(const qsizetype row) const
{
    const auto *kind = qobject_cast<QComboBox *>(m_table->cellWidget(int(row), KindColumn));
    return Core::LayerKind(kind->currentData().toInt());
}

QString LayerFileList::problem() const
{
    if (m_files.isEmpty()) {
        return m_mode == Mode::NewProject ? tr("Add the corpus file.") : tr("Add the files to import.");
    }
    QSet<QString> names;
    for (qsizetype row = 0; row < m_files.size(); ++row) {
        const File &file = m_files.at(row);
        const QString fileName = QFileInfo(QDir::cleanPath(file.path)).fileName();
        if (file.state == State::Failed || file.state == State::Blocked) {
            return tr("%1 could not be read: remove it, or correct it and add it again. Nothing is written "
                      "while a file fails.")
                .arg(fileName);
        }
        if (file.state != State::Read) {
            return tr("Reading the files…");
        }
        const QString name = nameAt(row);
        if (name.isEmpty()) {
            return tr("The layer of %1 needs a name.").arg(fileName);
        }
        if (names.contains(name)) {
            return tr("Two layers are named %1: rename one.").arg(name);
        }
        if (m_taken.contains(name)) {
            return tr("The project has a layer named %1 already: rename the new one.").arg(name);
        }
        names.insert(name);
    }
    return {};
}

QList<Core::ProjectImporter::Outcome> LayerFileList::outcomes() const
{
    QList<Core::ProjectImporter::Outcome> outcomes;
    for (qsizetype row = 0; row < m_files.size(); ++row) {
        if (!m_files.at(row).outcome) {
            continue;
        }
        Core::ProjectImporter::Outcome outcome = *m_files.at(row).outcome;
        outcome.layer.name = nameAt(row);
        outcome.layer.kind = kindAt(row);
        outcomes.append(std::move(outcome));
    }
    return outcomes;
}

} // namespace Workbench::Ui
