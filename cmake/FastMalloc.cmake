# ttt_use_fast_malloc(target): links `target` against mimalloc (Debian's
# libmimalloc-dev), whose malloc then replaces glibc's for the whole
# process, libMLIR and libLLVM included. The compilers spend about a tenth
# of their time in glibc's malloc and free (MLIR and LLVM allocate many
# small objects, from several threads in ttt-compile); mimalloc took
# `ttt-compile examples/ttt_mlp3_silu_d96.mlir` from 2.66 to 2.41 s on two
# cores (README, "Compile times"). Only the compilers: the runtime allocates
# nothing per call and must not impose an allocator on the programs that
# embed it. Skipped, with a message, where mimalloc is missing or in a
# sanitizer build (ASan brings its own allocator).
option(TTT_MIMALLOC "Link ttt-compile and ttt-opt with mimalloc if found" ON)

# Decided here, on every configure, so that turning TTT_MIMALLOC off or
# TTT_SANITIZE on in an existing build directory unlinks a library found
# (and cached) before.
set(TTT_LINK_MIMALLOC OFF)
if(TTT_MIMALLOC AND NOT TTT_SANITIZE AND NOT TTT_FUZZ)
  find_library(TTT_MIMALLOC_LIBRARY NAMES mimalloc)
  if(TTT_MIMALLOC_LIBRARY)
    set(TTT_LINK_MIMALLOC ON)
    message(STATUS "Compilers use mimalloc: ${TTT_MIMALLOC_LIBRARY}")
  else()
    message(STATUS "mimalloc not found (libmimalloc-dev): the compilers "
                   "use glibc's malloc")
  endif()
endif()

function(ttt_use_fast_malloc target)
  if(NOT TTT_LINK_MIMALLOC)
    return()
  endif()
  # --no-as-needed: the executable calls no mimalloc symbol by name, and
  # the library must stay in its dependencies, ahead of libc, for its
  # malloc to be the one every library's calls resolve to.
  target_link_libraries(${target} PRIVATE
    -Wl,--push-state,--no-as-needed ${TTT_MIMALLOC_LIBRARY} -Wl,--pop-state)
endfunction()
