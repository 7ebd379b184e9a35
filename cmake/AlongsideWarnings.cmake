# alongside_set_warnings(target): the project's warning level, errors in CI.
function(alongside_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    if(ALONGSIDE_WARNINGS_AS_ERRORS)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    # Strings reach the user through tr(); QString from raw char* must be explicit.
    target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_BYTEARRAY QT_NO_URL_CAST_FROM_STRING
                                                 QT_USE_QSTRINGBUILDER QT_NO_FOREACH)
endfunction()
