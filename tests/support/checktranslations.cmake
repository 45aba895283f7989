# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#
# Fails when a user-visible string is missing from a catalogue: runs lupdate over the GUI's
# sources into copies of the catalogues and reports every message left unfinished or empty.
# cmake -DLUPDATE=... -DSOURCE_DIR=... -DWORK_DIR=... -P checktranslations.cmake
file(GLOB catalogues "${SOURCE_DIR}/translations/*.ts")
if(NOT catalogues)
    message(FATAL_ERROR "no catalogues in ${SOURCE_DIR}/translations")
endif()
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(failures 0)
foreach(catalogue IN LISTS catalogues)
    get_filename_component(name "${catalogue}" NAME)
    file(COPY "${catalogue}" DESTINATION "${WORK_DIR}")
    # The English catalogue holds the plural forms only (ui/CMakeLists.txt).
    set(plural_only)
    if(name MATCHES "_en\\.ts$")
        set(plural_only -pluralonly)
    endif()
    execute_process(COMMAND "${LUPDATE}" "${SOURCE_DIR}/ui" "${SOURCE_DIR}/app/gui"
            -ts "${WORK_DIR}/${name}" ${plural_only} -no-obsolete -locations none -silent
        RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(SEND_ERROR "lupdate failed on ${name}: ${output}")
        math(EXPR failures "${failures} + 1")
        continue()
    endif()
    file(READ "${WORK_DIR}/${name}" content)
    # One message per list element.
    string(REPLACE ";" "\\;" content "${content}")
    string(REPLACE "<message" ";<message" messages "${content}")
    foreach(message IN LISTS messages)
        if(NOT message MATCHES "^<message")
            continue()
        endif()
        string(REGEX MATCH "<source>([^<]*)</source>" source "${message}")
        set(source "${CMAKE_MATCH_1}")
        if(message MATCHES "type=\"unfinished\"" OR message MATCHES "<translation></translation>"
                OR message MATCHES "<numerusform></numerusform>" OR message MATCHES "<translation/>")
            message(SEND_ERROR "translations/${name}:1: error: not translated: \"${source}\"")
            math(EXPR failures "${failures} + 1")
        endif()
    endforeach()
endforeach()
if(failures GREATER 0)
    message(FATAL_ERROR "${failures} string(s) missing from the catalogues; run the update_translations "
        "target and translate them")
endif()
message(STATUS "every user-visible string is translated in: ${catalogues}")
