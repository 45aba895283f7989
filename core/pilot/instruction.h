// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Workbench::Core {

//! One example of an instruction: a text, how to annotate it, the common error, and why.
struct InstructionExample
{
    QString text;
    QString correct;
    QString commonError;
    QString why;

    friend bool operator==(const InstructionExample &, const InstructionExample &) = default;
};

//! One guideline instruction, under a section (the hierarchy), with its examples and rationale.
struct Instruction
{
    QString section; //!< e.g. "Boundaries", "PER vs ORG"; empty: general
    QString text;
    QString rationale;
    QList<InstructionExample> examples;
    QStringList patterns; //!< the disagreement patterns it answers

    friend bool operator==(const Instruction &, const Instruction &) = default;
};

} // namespace Workbench::Core
