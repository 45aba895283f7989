# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#
# Finds a Qt 6 build of KSyntaxHighlighting: the distribution's KF6, else the KF5 5.116 release
# that packaging/setup-deps.sh builds static against Qt 6. Never a Qt 5 build: linking one into a
# Qt 6 program loads both Qts. Without it the workbench builds with highlighting off.
option(WORKBENCH_WITH_SYNTAX_HIGHLIGHTING "Use KSyntaxHighlighting when a Qt 6 build is found" ON)
set(WORKBENCH_SYNTAX_HIGHLIGHTING_TARGET "")

if(WORKBENCH_WITH_SYNTAX_HIGHLIGHTING)
    find_package(KF6SyntaxHighlighting QUIET)
    if(KF6SyntaxHighlighting_FOUND)
        set(WORKBENCH_SYNTAX_HIGHLIGHTING_TARGET KF6::SyntaxHighlighting)
    else()
        # The setup script records where it installed the Qt 6 build of KF5 5.116.
        set(_prefix_file "$ENV{HOME}/.cache/diziner-deps/ksyntax.prefix")
        if(DEFINED ENV{DIZINER_DEPS_CACHE})
            set(_prefix_file "$ENV{DIZINER_DEPS_CACHE}/ksyntax.prefix")
        elseif(DEFINED ENV{XDG_CACHE_HOME})
            set(_prefix_file "$ENV{XDG_CACHE_HOME}/diziner-deps/ksyntax.prefix")
        endif()
        set(_hint "")
        if(EXISTS "${_prefix_file}")
            file(STRINGS "${_prefix_file}" _hint LIMIT_COUNT 1)
        endif()
        if(_hint)
            find_package(KF5SyntaxHighlighting 5.116 QUIET NO_DEFAULT_PATH PATHS "${_hint}")
            if(KF5SyntaxHighlighting_FOUND)
                get_target_property(_deps KF5::SyntaxHighlighting INTERFACE_LINK_LIBRARIES)
                if(NOT "${_deps}" MATCHES "Qt5")
                    set(WORKBENCH_SYNTAX_HIGHLIGHTING_TARGET KF5::SyntaxHighlighting)
                endif()
            endif()
        endif()
    endif()
endif()

if(WORKBENCH_SYNTAX_HIGHLIGHTING_TARGET)
    message(STATUS "Syntax highlighting: ${WORKBENCH_SYNTAX_HIGHLIGHTING_TARGET}")
else()
    message(WARNING "KSyntaxHighlighting for Qt 6 not found: building with highlighting off. "
                    "Run packaging/setup-deps.sh to build it.")
endif()
