# -*- Python -*-
import os
import shutil

import lit.formats
from lit.llvm import llvm_config
from lit.llvm.subst import ToolSubst

config.name = "TTT"
config.test_format = lit.formats.ShTest(not llvm_config.use_lit_shell)
config.suffixes = [".mlir", ".test"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.ttt_obj_root, "test")
config.excludes = ["CMakeLists.txt", "README.md", "lit.cfg.py", "lit.site.cfg.py", "Inputs"]

config.substitutions.append(("%ttt_src_root", config.ttt_src_root))
config.substitutions.append(("%ttt_obj_root", config.ttt_obj_root))
config.substitutions.append(("%cmake", config.cmake_command))
config.substitutions.append(("%examples", os.path.join(config.ttt_src_root, "examples")))
config.environment["FILECHECK_OPTS"] = "--enable-var-scope --dump-input=fail"

llvm_config.with_system_environment(["HOME", "INCLUDE", "LIB", "TMP", "TEMP"])
llvm_config.use_default_substitutions()

# %cc compiles the C programs and fake kernels of the tests. In a sanitizer
# build (-DTTT_SANITIZE=ON, scripts/sanitize.sh) every executable that links
# the instrumented runtime must carry the ASan runtime too, so %cc is the
# build's clang with the same sanitizers, and ttt-compile instruments the
# kernels it writes (--asan-kernels). A sanitizer report aborts the process
# (abort_on_error), which fails the RUN line even under `not`.
tool_dirs = [config.ttt_tools_dir, config.llvm_tools_dir]
compile_tool = "ttt-compile"
if config.ttt_sanitize:
    config.available_features.add("sanitize")
    config.substitutions.append(
        ("%cc", "%s -fsanitize=address,undefined -fno-sanitize-recover=all "
         "-shared-libasan -Wl,-rpath,%s" % (config.c_compiler,
                                            config.sanitizer_runtime_dir)))
    # The compiler need not be instrumented to instrument the kernels:
    # scripts/sanitize.sh passes the normal build's (--param ttt_compile=...)
    # and spares CI a second, sanitized build of the compiler.
    compile_tool = ToolSubst("ttt-compile", extra_args=["--asan-kernels"],
                             command=lit_config.params.get("ttt_compile"),
                             unresolved="warn")
    # scripts/sanitize.sh sets TTT_SANITIZER_LOG: every report is also
    # written to a file there, so that no report can go unnoticed.
    log = os.environ.get("TTT_SANITIZER_LOG")
    common = "abort_on_error=1:print_summary=1" + (":log_path=" + log if log else "")
    asan = common + ":detect_leaks=1:strict_string_checks=1"
    config.environment["ASAN_OPTIONS"] = asan
    config.environment["UBSAN_OPTIONS"] = common + ":print_stacktrace=1:halt_on_error=1"
    # `env %preload_ok LD_PRELOAD=shim.so ...`: a preloaded shim comes ahead
    # of the ASan runtime, which ASan otherwise refuses.
    config.substitutions.append(
        ("%preload_ok", "ASAN_OPTIONS=" + asan + ":verify_asan_link_order=0"))
    # `(%limit_memory_1g && ...)`: ASan's shadow needs terabytes of address
    # space, so no `ulimit -v` can apply; a single allocation over 1 GiB
    # fails instead (malloc returns NULL, as it would under the limit).
    config.substitutions.append(
        ("%limit_memory_1g", "export ASAN_OPTIONS=" + asan +
         ":max_allocation_size_mb=1024:allocator_may_return_null=1"))
else:
    config.substitutions.append(("%cc", "cc"))
    config.substitutions.append(("%preload_ok", ""))
    config.substitutions.append(("%limit_memory_1g", "ulimit -v 1048576"))
llvm_config.add_tool_substitutions(
    ["ttt-opt", compile_tool, "ttt-run", "ttt-reference-test", "ttt-abi-test"], tool_dirs)
llvm_config.with_environment("PATH", config.ttt_tools_dir, append_path=True)
llvm_config.with_environment("PATH", config.llvm_tools_dir, append_path=True)

# %lower-and-run: lowers a module of func/linalg/tensor/arith/math/scf/vector
# ops with upstream passes and runs its @main with mlir-runner (tests of
# compiler transformations that need numbers, e.g. ttt-reverse-mode).
llvm_lib_dir = os.path.join(os.path.dirname(config.llvm_tools_dir), "lib")
lower = " ".join([
    os.path.join(config.llvm_tools_dir, "mlir-opt"),
    "--one-shot-bufferize=bufferize-function-boundaries",
    "--convert-linalg-to-loops", "--convert-scf-to-cf",
    "--expand-strided-metadata", "--lower-affine", "--convert-math-to-llvm",
    "--convert-math-to-libm",
    "--convert-to-llvm", "--reconcile-unrealized-casts"])
run = " ".join([
    os.path.join(config.llvm_tools_dir, "mlir-runner"), "-e main",
    "--entry-point-result=void",
    "--shared-libs=" + ",".join(os.path.join(llvm_lib_dir, lib) for lib in
                                ["libmlir_runner_utils.so",
                                 "libmlir_c_runner_utils.so"])])
config.substitutions.append(("%lower-and-run", lower + " | " + run))
# mlir-runner's C runtime (printF32, ...), for tests that run lowered IR.
config.substitutions.append(("%mlir_c_runner_utils", os.path.join(
    llvm_lib_dir, "libmlir_c_runner_utils.so")))

# Compile-only GPU tests need ptxas; execution tests need a visible GPU.
ptxas = os.path.join(config.cuda_root, "bin", "ptxas")
if os.path.exists(ptxas):
    config.available_features.add("ptxas")
    config.substitutions.append(("%ptxas", ptxas))
if os.path.exists("/dev/nvidia0") or os.environ.get("TTT_CUDA_GPU") == "1":
    config.available_features.add("cuda-gpu")
# GPUs of compute capability 9.0 run sm_90a code (cuda-sm90).
if "cuda-gpu" in config.available_features:
    smi = shutil.which("nvidia-smi")
    if smi:
        import subprocess
        try:
            caps = subprocess.run([smi, "--query-gpu=compute_cap", "--format=csv,noheader"],
                                  capture_output=True, text=True, timeout=30).stdout.split()
            if caps and caps[0].strip() == "9.0":
                config.available_features.add("cuda-sm90")
        except (OSError, subprocess.SubprocessError):
            pass
