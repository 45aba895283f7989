# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#
# One INTERFACE target carries every compile setting the project's targets share
# (style.md rule 3). Link it PRIVATE from each target; never use add_definitions().
add_library(workbench_settings INTERFACE)
add_library(Workbench::Settings ALIAS workbench_settings)

target_compile_definitions(workbench_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    QT_NO_FOREACH
    QT_STRICT_ITERATORS)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(workbench_settings INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor -Wcast-align
        -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough)
endif()
