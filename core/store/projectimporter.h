// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "formats/corpusimporter.h"
#include "store/projectstore.h"

#include <atomic>
#include <functional>
#include <variant>

namespace Workbench::Core {

/*! \brief Imports annotation files into a project: the first defines the corpus, later ones
 * become layers aligned to it. Each import is one transaction: all of it lands, or nothing.
 *
 * Reading and writing are separate steps, so that a face can show what a file loses before
 * anything is written: read() parses and aligns, write() stores what read() made, import() does
 * both (what \c{diziner-cli project import} runs), create() makes a new project of several.
 * Usage: \c{auto r = ProjectImporter::import(store, {path, LayerKind::Gold, {}, u"gold"_s}, {});}
 */
class ProjectImporter
{
public:
    struct Outcome
    {
        ImportedLayer layer;
        bool definedCorpus = false;
        QStringList warnings;
        //! The corpus the file defines (when definedCorpus); empty otherwise.
        QList<Document> documents = {};
    };
    using Failure = std::variant<ParseError, StoreError>;
    //! Asked between the layers write() and create() write, with how many are written and of
    //! how many; false stops them, writing nothing.
    using Progress = std::function<bool(qsizetype written, qsizetype total)>;

    [[nodiscard]] static std::expected<Outcome, Failure> import(
        ProjectStore &store, const CorpusImporter::Source &source, const CorpusImporter::Options &options);

    /*! Reads \a source as a corpus when \a corpus is empty (the outcome defines it), otherwise as a
     * layer aligned to \a corpus, its loss report saying what could not be aligned. Writes nothing. */
    [[nodiscard]] static std::expected<Outcome, ParseError> read(const QList<Document> &corpus,
        const CorpusImporter::Source &source, const CorpusImporter::Options &options);
    //! read() onto the project's corpus, or as its corpus when it has none. Writes nothing.
    [[nodiscard]] static std::expected<Outcome, Failure> read(
        ProjectStore &store, const CorpusImporter::Source &source, const CorpusImporter::Options &options);
    /*! Stores what read() made, in one transaction: the corpus it defined (refused when the
     * project has one by now) and the layer (refused when one of its name exists). */
    [[nodiscard]] static std::expected<void, StoreError> write(ProjectStore &store, const Outcome &outcome);
    //! write() of each of \a outcomes, all in one transaction; \a progress may stop it, writing nothing.
    [[nodiscard]] static std::expected<void, StoreError> write(
        ProjectStore &store, const QList<Outcome> &outcomes, const Progress &progress = {});

    /*! Makes a new project at \a path of \a outcomes (the first defines the corpus, as read()
     * made them), in one transaction into a file beside it that then replaces \a path: the
     * project appears whole, or nothing does and a file that was there is left as it was.
     * Refused when \a path is open for writing elsewhere; \a progress may stop it. */
    [[nodiscard]] static std::expected<void, StoreError> create(
        const QString &path, const QList<Outcome> &outcomes, const Progress &progress = {});
    //! create() of a corpus read whole (CorpusImporter::import, the sample): its first layer
    //! defines the corpus.
    [[nodiscard]] static std::expected<void, StoreError> create(
        const QString &path, const ImportedCorpus &corpus, const Progress &progress = {});
};

} // namespace Workbench::Core
