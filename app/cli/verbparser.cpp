// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "verbparser.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Cli {

VerbParser::VerbParser(const QString &verb, const QString &description, const Formats formats)
    : m_verb(verb)
    , m_fileFormatsAllowed(formats == Formats::OutputAndFile)
{
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addHelpOption();
    // One option, two meanings where a verb writes a file: its help names both (and no default,
    // since each has its own).
    m_parser.addOption(m_fileFormatsAllowed
            ? QCommandLineOption{u"format"_s,
                u"The file format written: conll (default), doccano, prodigy or brat; and the output "
                u"format: text (default) or json. Give --format twice to set both."_s,
                u"conll|doccano|prodigy|brat|text|json"_s}
            : QCommandLineOption{
                u"format"_s, u"Output format: text (default) or json."_s, u"text|json"_s, u"text"_s});
}

void VerbParser::addPositional(const QString &name, const QString &description, const QString &syntax)
{
    m_parser.addPositionalArgument(name, description, syntax);
}

std::optional<int> VerbParser::parse(
    const QStringList &arguments, const qsizetype minPositional, const qsizetype maxPositional)
{
    QStringList withProgram = arguments;
    withProgram.first() = u"diziner-cli "_s + m_verb;
    const bool parsed = m_parser.parse(withProgram);
    // Help first, whatever else is (or is not) given: "VERB --help" never asks for the arguments.
    // --help-all (addHelpOption() offers it) prints the same: a verb has no Qt options to add.
    if (m_parser.isSet(u"help"_s) || m_parser.isSet(u"help-all"_s)) {
        CliOutput::text(helpText());
        return ExitSuccess;
    }
    if (!parsed) {
        return CliOutput::usageError(m_verb, m_parser.errorText());
    }
    for (const QString &format : m_parser.values(u"format"_s)) {
        if (format == u"json") {
            m_format = OutputFormat::Json;
        } else if (format == u"text") {
            m_format = OutputFormat::Text;
        } else if (m_fileFormatsAllowed
            && QStringList{u"conll"_s, u"doccano"_s, u"prodigy"_s, u"brat"_s}.contains(format)) {
            m_fileFormat = format;
        } else {
            return CliOutput::usageError(m_verb,
                m_fileFormatsAllowed
                    ? u"--format takes text, json, conll, doccano, prodigy or brat, not '%1'"_s.arg(format)
                    : u"--format takes text or json, not '%1'"_s.arg(format));
        }
    }
    const qsizetype count = m_parser.positionalArguments().size();
    if (count < minPositional || count > maxPositional) {
        return CliOutput::usageError(
            m_verb, count < minPositional ? u"missing arguments"_s : u"too many arguments"_s);
    }
    return std::nullopt;
}

QString VerbParser::helpText() const
{
    // QCommandLineParser names the program as it was started (a path, no verb); the usage line
    // must show what to type: "diziner-cli agreement [options] FILE...".
    QString text = m_parser.helpText();
    const QStringList arguments = QCoreApplication::arguments();
    const QString started = u"Usage: "_s + (arguments.isEmpty() ? QString() : arguments.constFirst());
    if (!arguments.isEmpty() && text.startsWith(started)) {
        text.replace(0, started.size(), u"Usage: diziner-cli "_s + m_verb);
    }
    return text;
}

bool VerbParser::asksForHelp(const QString &argument)
{
    static const QStringList forms{
        u"help"_s, u"-h"_s, u"-?"_s, u"--help"_s, u"-help"_s, u"--help-all"_s, u"-help-all"_s};
    return forms.contains(argument);
}

std::optional<qint64> VerbParser::number(
    const QString &option, const qint64 fallback, const qint64 minimum) const
{
    if (!m_parser.isSet(option)) {
        return fallback;
    }
    bool ok = false;
    const qint64 value = m_parser.value(option).toLongLong(&ok);
    if (!ok || value < minimum) {
        CliOutput::usageError(m_verb,
            u"--%1 takes a whole number of at least %2, not '%3'"_s.arg(option).arg(minimum).arg(
                m_parser.value(option)));
        return std::nullopt;
    }
    return value;
}

} // namespace Workbench::Cli
