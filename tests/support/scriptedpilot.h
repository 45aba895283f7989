// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

// A pilot the tests can run end to end over real HTTP: a small corpus where every sentence holds
// a titled person and a city, annotators whose systematic errors stop once their prompt carries
// a rule about them, and a supervisor that proposes exactly those rules.
#include "protocolserver.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Workbench::Test {

class ScriptedPilot
{
public:
    static const QStringList &persons();
    static const QStringList &cities();
    //! Sentence i: "Dr. <person i> visited <city i> last week."
    [[nodiscard]] static QString sentence(int i);
    //! The corpus as CoNLL token<TAB>tag with the gold tags (IOB2), one sentence per document.
    [[nodiscard]] static QByteArray goldConll(int sentences);
    //! The pilot configuration for a server at \a baseUrl (OpenAI style, no key).
    [[nodiscard]] static QByteArray config(const QString &baseUrl, int batchSize, int rounds);
    /*! A pilot project in \a directory: \a sentences of the corpus (and the same as gold), the
     * configuration for \a baseUrl, the starting guideline. Returns its path; empty on failure. */
    [[nodiscard]] static QString createProject(
        const QString &directory, const QString &baseUrl, int sentences, int batchSize, int rounds);
    //! Answers annotator models "alpha" (right), "beta" (puts "Dr." into names unless told to leave
    //! titles out), "gamma" (tags cities as PER unless told they are LOC), "mute" (finds nothing),
    //! "wavering" (gamma on texts of odd length, alpha on the others: its documents differ, so
    //! bootstrap intervals are wide), any other model as "alpha", and the supervisor ("sup").
    [[nodiscard]] static ProtocolServer::Script answer(const ProtocolServer::Request &request);

    /*! answer(), but the supervisor's examples come from the round: the title rule's quotes the last
     * document an annotator was sent (one of the round's), spaced as a model would write it ("week ." as
     * "week."), and the city rule's quotes a sentence no document holds. One handler per pilot: it remembers.
     */
    [[nodiscard]] static std::function<ProtocolServer::Script(const ProtocolServer::Request &)>
    citingTheBatch();
    //! The sentence the city rule's example quotes under citingTheBatch().
    static constexpr const char *absentExample = "Nobody in this corpus ever wrote this sentence.";

    static constexpr const char *titleRule = "Leave titles such as Dr. outside the names of persons.";
    static constexpr const char *cityRule = "Cities are LOC, never PER.";
};

} // namespace Workbench::Test
