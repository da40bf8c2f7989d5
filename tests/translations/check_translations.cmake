# Fails when a user-visible string of core/ or app/ has no finished Spanish translation.
# lupdate runs on a copy of the .ts file, so the source tree is never modified.
file(MAKE_DIRECTORY ${WORK_DIR})
get_filename_component(ts_name ${TS_FILE} NAME)
set(copy ${WORK_DIR}/${ts_name})
file(COPY_FILE ${TS_FILE} ${copy})
# The same project description (sources, include paths) that update_translations uses, so
# that contexts come out exactly as in the real .ts file.
execute_process(COMMAND ${CMAKE_COMMAND} -DIN_FILE=${PROJECT_IN} -DOUT_FILE=${WORK_DIR}/project.json
                        -P ${GENERATOR} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "could not generate the lupdate project from ${PROJECT_IN}")
endif()
execute_process(
    COMMAND ${LUPDATE} -silent -no-obsolete -locations none -project ${WORK_DIR}/project.json
            -ts ${copy}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc}): ${out}${err}")
endif()
file(READ ${copy} ts)
string(REGEX MATCHALL "<source>[^<]*</source>[ \n\t]*(<comment>[^<]*</comment>[ \n\t]*)?<translation type=\"unfinished\"" missing "${ts}")
list(LENGTH missing count)
string(REGEX MATCHALL "<message" all "${ts}")
list(LENGTH all total)
if(count GREATER 0)
    string(REPLACE ";" "\n" listing "${missing}")
    message(FATAL_ERROR "${count} of ${total} strings have no Spanish translation in ${ts_name}.\n"
        "Run: cmake --build build --target update_translations, then translate them:\n${listing}")
endif()
message(STATUS "All ${total} strings are translated in ${ts_name}.")

# One register: usted (translations/README.md). The tú forms a translation slipped into before.
string(REGEX MATCHALL "<translation>[^<]*([Cc]onéctate|Elige |Añade a|Indica la ruta|[^a-záéíóú]tus? [a-z]|[Pp]uedes|[Tt]ienes)[^<]*</translation>" tu "${ts}")
list(LENGTH tu tu_count)
if(tu_count GREATER 0)
    string(REPLACE ";" "\n" listing "${tu}")
    message(FATAL_ERROR "${tu_count} translations address the user as tú; the app says usted "
        "(translations/README.md):\n${listing}")
endif()
