// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "aggregatecommand.h"
#include "agreementcommand.h"
#include "askcommand.h"
#include "clioutput.h"
#include "convertcommand.h"
#include "labelcommand.h"
#include "pilotcommand.h"
#include "projectcommand.h"
#include "reportcommand.h"
#include "scorecommand.h"
#include "verbparser.h"

#include <QCoreApplication>
#include <QNetworkProxyFactory>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Cli;

namespace {

const QString usage = u"usage: diziner-cli VERB [options] [arguments]\n"
                      u"\n"
                      u"Verbs:\n"
                      u"  score GOLD PRED     strict entity-level P/R/F1 (conlleval chunking)\n"
                      u"  convert IN OUT      CoNLL to CoNLL in another tag scheme\n"
                      u"  aggregate FILE...   one label-free layer from several (-o OUT)\n"
                      u"  agreement FILE...   pairwise F1, alpha, Fleiss' kappa, weights (--gold: F1, r)\n"
                      u"  ask PROMPT          one call to a model (--endpoint, --api, --model)\n"
                      u"  pilot CONFIG.json   the DiZiNER loop (--corpus FILE --out DIR)\n"
                      u"  label PROJECT       label the corpus, interactively or by batch\n"
                      u"  decide DIR          decide a proposal and go on (--accept, --reject, --edit)\n"
                      u"  project SUB ...     create, import, export, info, purge, rebuild-rounds (.dzn)\n"
                      u"  report FILE...      Markdown hotspot and per-annotator error reports (-o DIR)\n"
                      u"\n"
                      u"Every verb (and each project sub-verb) takes --help and --format text|json.\n"
                      u"Exit codes: 0 success, 1 bad input or failed work, 2 bad usage,\n"
                      u"3 awaiting a human decision, 4 project locked or from a newer version.\n"_s;

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Calls to providers go through the system's proxy, as users' other programs do.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    QCoreApplication::setApplicationName(u"diziner-cli"_s);
    QCoreApplication::setOrganizationName(u"DiZiNER"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(DIZINER_VERSION));

    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty()) {
        CliOutput::diagnostic(usage.trimmed());
        return ExitUsage;
    }
    const QString verb = arguments.first();
    if (VerbParser::asksForHelp(verb)) {
        CliOutput::text(usage);
        return ExitSuccess;
    }
    if (verb == u"--version") {
        CliOutput::text(u"diziner-cli %1\n"_s.arg(QCoreApplication::applicationVersion()));
        return ExitSuccess;
    }
    if (verb == u"aggregate") {
        return runAggregate(arguments);
    }
    if (verb == u"agreement") {
        return runAgreement(arguments);
    }
    if (verb == u"ask") {
        return runAsk(arguments);
    }
    if (verb == u"label") {
        return runLabel(arguments);
    }
    if (verb == u"pilot") {
        return runPilot(arguments);
    }
    if (verb == u"decide") {
        return runDecide(arguments);
    }
    if (verb == u"project") {
        return runProject(arguments);
    }
    if (verb == u"report") {
        return runReport(arguments);
    }
    if (verb == u"score") {
        return runScore(arguments);
    }
    if (verb == u"convert") {
        return runConvert(arguments);
    }
    CliOutput::diagnostic(u"diziner-cli: error: unknown verb '%1'\n%2"_s.arg(verb, usage.trimmed()));
    return ExitUsage;
}
