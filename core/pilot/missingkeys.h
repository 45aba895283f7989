// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "pilot/pilotconfig.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Workbench::Core {

/*! \brief The endpoints a pilot would call without the key they need: checked before a round or a
 * labelling sends anything, by the workbench and the command line alike.
 *
 * An endpoint needs a key when its configuration names \c key_env (the user said a key exists),
 * or when it speaks the Anthropic or Azure API to another machine (those services answer nothing
 * without one). An OpenAI-style server elsewhere may run without a key (vLLM started without
 * \c --api-key), so without \c key_env none is asked of it; a server on this machine never needs one.
 * Usage: \c{if (const auto missing = MissingKeys::of(config, keys); !missing.isEmpty()) refuse(missing);}
 */
class MissingKeys
{
public:
    MissingKeys() = delete;

    [[nodiscard]] static bool needsKey(const PilotConfig::EndpointEntry &entry);
    /*! The endpoints \a config's annotators, supervisor and embeddings call that need a key and have
     * none in \a keys (by endpoint id; an empty key is none), in the configuration's order. */
    [[nodiscard]] static QList<PilotConfig::EndpointEntry> of(
        const PilotConfig &config, const QHash<QString, QString> &keys);
};

} // namespace Workbench::Core
