# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
cmake_minimum_required(VERSION 3.25)
# Fails when an #include climbs with "../" (it would slip past the core's layer include roots)
# or when a core file names a header without its layer ("model/tokengrid.h", not "tokengrid.h").
file(GLOB core_layers LIST_DIRECTORIES true RELATIVE "${SOURCE_DIR}/core" "${SOURCE_DIR}/core/*")
list(FILTER core_layers EXCLUDE REGEX "\\.")
file(GLOB_RECURSE sources
    "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h"
    "${SOURCE_DIR}/core/*.cpp" "${SOURCE_DIR}/core/*.h"
    "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h"
    "${SOURCE_DIR}/tests/*.cpp" "${SOURCE_DIR}/tests/*.h")
set(problems "")
foreach(source IN LISTS sources)
    file(RELATIVE_PATH relative "${SOURCE_DIR}" "${source}")
    file(STRINGS "${source}" lines)
    set(number 0)
    foreach(line IN LISTS lines)
        math(EXPR number "${number} + 1")
        if(NOT line MATCHES "^[ \t]*#[ \t]*include[ \t]+\"([^\"]+)\"")
            continue()
        endif()
        set(header "${CMAKE_MATCH_1}")
        if(header MATCHES "^\\.\\./")
            string(APPEND problems "${relative}:${number}: error: \"${header}\" climbs out of its folder\n")
        elseif(relative MATCHES "^core/" AND NOT header MATCHES "(^moc_|\\.moc$)")
            string(REGEX MATCH "^[^/]+/" layer "${header}")
            string(REGEX REPLACE "/$" "" layer "${layer}")
            if(NOT layer IN_LIST core_layers)
                string(APPEND problems
                    "${relative}:${number}: error: \"${header}\" does not name its layer (${core_layers})\n")
            endif()
        endif()
    endforeach()
endforeach()
if(problems)
    message(FATAL_ERROR "Includes outside the layer rules:\n${problems}")
endif()
