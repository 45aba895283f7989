// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "clioutput.h"

#include <QCommandLineParser>
#include <QStringList>

#include <optional>

namespace Workbench::Cli {

/*! \brief QCommandLineParser set up the way every verb shares: --help, --format text|json.
 *
 * Usage: \c{VerbParser p(u"score"_s, ...); p.addPositional(...); if (auto rc = p.parse(args)) return *rc;}
 */
class VerbParser
{
public:
    //! What --format names.
    enum class Formats {
        Output, //!< text or json: how the result is printed
        OutputAndFile, //!< that, and the file format written (conll, doccano, prodigy, brat)
    };

    VerbParser(const QString &verb, const QString &description, Formats formats = Formats::Output);

    QCommandLineParser &parser() { return m_parser; }
    [[nodiscard]] const QCommandLineParser &parser() const { return m_parser; }
    [[nodiscard]] const QString &verb() const { return m_verb; }
    void addPositional(const QString &name, const QString &description, const QString &syntax = {});
    //! Parses \a arguments (the verb first); an exit code when the verb must stop (help, bad usage).
    [[nodiscard]] std::optional<int> parse(
        const QStringList &arguments, qsizetype minPositional, qsizetype maxPositional);
    [[nodiscard]] OutputFormat format() const { return m_format; }
    //! With Formats::OutputAndFile (\c{project export}): the file format named with --format,
    //! empty when none was. --format may then be given twice, once for each.
    [[nodiscard]] const QString &fileFormat() const { return m_fileFormat; }
    [[nodiscard]] QStringList positional() const { return m_parser.positionalArguments(); }
    //! The whole-number value of \a option (\a fallback when not given), or nothing after a
    //! usage error when it is not a whole number of at least \a minimum.
    [[nodiscard]] std::optional<qint64> number(const QString &option, qint64 fallback, qint64 minimum) const;
    //! What --help prints; its usage line names the verb: "Usage: diziner-cli VERB [options] ...".
    [[nodiscard]] QString helpText() const;
    //! Whether \a argument asks for help (--help, -h, -?, --help-all, their one-dash long forms, or
    //! "help"), where a verb or sub-verb is expected.
    [[nodiscard]] static bool asksForHelp(const QString &argument);

private:
    QString m_verb;
    QCommandLineParser m_parser;
    OutputFormat m_format = OutputFormat::Text;
    bool m_fileFormatsAllowed = false;
    QString m_fileFormat;
};

} // namespace Workbench::Cli
