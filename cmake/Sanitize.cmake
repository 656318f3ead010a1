# -DTTT_SANITIZE=ON: AddressSanitizer and UndefinedBehaviorSanitizer on every
# target of this build (the runtime, ttt-run, the reference, the compiler's
# own sources and tools); MLIR/LLVM's prebuilt libraries stay uninstrumented.
# -DTTT_FUZZ=ON adds libFuzzer's coverage instrumentation and the fuzz/
# targets. Both need clang (Debian's clang-22 and libclang-rt-22-dev):
# scripts/sanitize.sh and scripts/fuzz.sh configure such a build.
#
# The ASan runtime is linked as a shared library (-shared-libasan) because
# libttt_runtime.so links with --no-undefined: with the static runtime, only
# executables carry the __asan_* symbols and the library would not link.
# Every executable finds the runtime through an RPATH to clang's runtime dir.
if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang" OR
   NOT CMAKE_C_COMPILER_ID MATCHES "Clang")
  message(FATAL_ERROR "TTT_SANITIZE/TTT_FUZZ need clang for C and C++ "
                      "(-DCMAKE_C_COMPILER=clang-22 -DCMAKE_CXX_COMPILER=clang++-22)")
endif()

set(TTT_SANITIZER_FLAGS -fsanitize=address,undefined
    # Any UB report aborts: a report must fail the test that triggered it.
    -fno-sanitize-recover=all
    -fno-omit-frame-pointer)
if(TTT_FUZZ)
  list(APPEND TTT_SANITIZER_FLAGS -fsanitize=fuzzer-no-link)
endif()
add_compile_options(${TTT_SANITIZER_FLAGS})
# -O1, as OSS-Fuzz builds: instrumented code at -O3 takes twice as long to
# compile (the MLIR-heavy sources dominate CI time) for little speed.
foreach(lang C CXX)
  set(CMAKE_${lang}_FLAGS_RELEASE "-O1 -DNDEBUG" CACHE STRING "" FORCE)
endforeach()

execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-runtime-dir
                OUTPUT_VARIABLE TTT_SANITIZER_RUNTIME_DIR
                OUTPUT_STRIP_TRAILING_WHITESPACE)
add_link_options(-fsanitize=address,undefined -shared-libasan
                 "LINKER:-rpath,${TTT_SANITIZER_RUNTIME_DIR}")
message(STATUS "Sanitizers: ${TTT_SANITIZER_FLAGS} (runtime in ${TTT_SANITIZER_RUNTIME_DIR})")
