/*===- ttt/runtime.h - the ttt-mlir runtime C API -------------------------===*
 *
 * Loads an artifact directory written by `ttt-compile` (docs/ArtifactFormat.md),
 * checks buffers against its manifest and runs its kernels. Plain C, no
 * dependency beyond the C/C++ standard library and the platform loader: the
 * CUDA path loads libcuda.so.1 with dlopen at run time.
 *
 * Every call returns a ttt_status; on failure ttt_last_error() gives a
 * human-readable message (thread-local, valid until the next call).
 *===----------------------------------------------------------------------===*/
#ifndef TTT_RUNTIME_H
#define TTT_RUNTIME_H

#include <stddef.h>
#include <stdint.h>

/* The version of this header. libttt_runtime.so.MAJOR keeps its C ABI within
 * one major version (functions are only added); ttt_runtime_version() gives
 * the version of the library actually loaded, to compare with the header's
 * TTT_RUNTIME_VERSION. */
#define TTT_RUNTIME_VERSION_MAJOR 1
#define TTT_RUNTIME_VERSION_MINOR 0
#define TTT_RUNTIME_VERSION_PATCH 0
#define TTT_RUNTIME_VERSION                                                    \
  (TTT_RUNTIME_VERSION_MAJOR * 10000 + TTT_RUNTIME_VERSION_MINOR * 100 +       \
   TTT_RUNTIME_VERSION_PATCH)

#ifdef __cplusplus
extern "C" {
#endif

/* MAJOR * 10000 + MINOR * 100 + PATCH of the loaded library. */
int ttt_runtime_version(void);

/* The enums are int-sized. In C++ their underlying type is fixed to int, so
 * that any int a caller passes (a C caller may pass any) is a value of the
 * type: the runtime checks it and answers TTT_ERROR_INVALID, with no
 * undefined behaviour. */
#ifdef __cplusplus
#define TTT_ENUM(name) enum name : int
#else
#define TTT_ENUM(name) enum name
#endif

typedef TTT_ENUM(ttt_status) {  TTT_OK = 0,
  TTT_ERROR_IO = 1,          /* missing or unreadable file */
  TTT_ERROR_MANIFEST = 2,    /* malformed or unsupported manifest */
  TTT_ERROR_LOAD = 3,        /* kernel library/module failed to load */
  TTT_ERROR_NOT_FOUND = 4,   /* unknown kernel or argument name */
  TTT_ERROR_SHAPE = 5,       /* buffer shape disagrees with the manifest */
  TTT_ERROR_DTYPE = 6,       /* buffer element type disagrees */
  TTT_ERROR_UNBOUND = 7,     /* an argument was not bound before run */
  TTT_ERROR_NO_DEVICE = 8,   /* no CUDA driver or GPU for a GPU artifact */
  TTT_ERROR_DEVICE = 9,      /* a device call failed */
  TTT_ERROR_INVALID = 10,    /* bad argument to the API itself */
  TTT_ERROR_OUT_OF_MEMORY = 11, /* host memory or a thread could not be had */
} ttt_status;

typedef TTT_ENUM(ttt_dtype) {
  TTT_F32 = 0, TTT_F16 = 1, TTT_BF16 = 2, TTT_I64 = 3, TTT_F64 = 4,
} ttt_dtype;

typedef TTT_ENUM(ttt_role) { TTT_INPUT = 0, TTT_OUTPUT = 1 } ttt_role;

typedef struct ttt_artifact ttt_artifact;
typedef struct ttt_kernel ttt_kernel;

const char *ttt_last_error(void);
const char *ttt_status_name(ttt_status status);
size_t ttt_dtype_size(ttt_dtype dtype);

/* Artifacts. */
ttt_status ttt_artifact_open(const char *dir, ttt_artifact **out);
void ttt_artifact_close(ttt_artifact *artifact);
/* "cpu", "sm_80", "sm_90a". */
const char *ttt_artifact_target(const ttt_artifact *artifact);
/* The manifest text, for tools that need more than this API exposes. */
const char *ttt_artifact_manifest(const ttt_artifact *artifact);
int ttt_artifact_num_kernels(const ttt_artifact *artifact);
const char *ttt_artifact_kernel_name(const ttt_artifact *artifact, int index);

/* Kernels: one call's bindings. Names as in the manifest. */
ttt_status ttt_kernel_create(ttt_artifact *artifact, const char *name,
                             ttt_kernel **out);
void ttt_kernel_destroy(ttt_kernel *kernel);
int ttt_kernel_num_args(const ttt_kernel *kernel);
/* Argument `index` in call order: name, role, dtype, rank. */
const char *ttt_kernel_arg_name(const ttt_kernel *kernel, int index);
ttt_role ttt_kernel_arg_role(const ttt_kernel *kernel, int index);
ttt_dtype ttt_kernel_arg_dtype(const ttt_kernel *kernel, int index);
int ttt_kernel_arg_rank(const ttt_kernel *kernel, int index);
/* Shape of argument `index` for the given B, H, T (rank entries); a size
 * derived from T ("T/16+2", a tape's segments) is T / 16 + 2. */
ttt_status ttt_kernel_arg_shape(const ttt_kernel *kernel, int index, int64_t B,
                                int64_t H, int64_t T, int64_t *shape);

/* Binds a dense row-major buffer (host memory for CPU, device memory for
 * GPU artifacts). The shape and dtype are checked against the manifest; the
 * symbols B, H, T are bound by the first buffer that fixes them and checked
 * for every later one. A derived size ("T/16+2") binds nothing: it is
 * checked against T here if T is bound, and by ttt_kernel_run otherwise.
 *
 * Aliasing: an output must not overlap any other argument, with one
 * exception on CPU artifacts: a state output (W1, W1.grad_sum, position,
 * ...) may be bound to exactly the buffer (same address, shape and strides)
 * of the input with the same name, and is then updated in place. Where the
 * manifest marks the output "in_place" (the state of compiled prefill
 * kernels), the kernel updates the buffer itself, with no copy at all: the
 * fastest way to carry a state from call to call. Any other such output is
 * written to a stage the kernel handle owns and copied into the buffer after
 * the call. */
ttt_status ttt_kernel_bind(ttt_kernel *kernel, ttt_role role, const char *name,
                           void *data, ttt_dtype dtype, int rank,
                           const int64_t *shape);

/* Forgets every binding (ttt_kernel_reset), then binds every argument at
 * once, in call order (ttt_kernel_arg_name(i)):
 * data[i] is a dense buffer of ttt_kernel_arg_shape(i, B, H, T) elements of
 * ttt_kernel_arg_dtype(i). One call instead of one per argument, for
 * callers whose per-call overhead matters (the Python package). On failure
 * the arguments before the offending one stay bound. */
ttt_status ttt_kernel_bind_all(ttt_kernel *kernel, int64_t B, int64_t H,
                               int64_t T, void *const *data);

/* Binds a strided view: element (i0, i1, ...) is at
 * data + (i0 * strides[0] + i1 * strides[1] + ...) * ttt_dtype_size(dtype);
 * strides are in elements, >= 0 (0 repeats an input). A `[B, T, H, d]`
 * tensor binds as the `[B, H, T, d]` argument XQ with shape {B, H, T, d}
 * and strides {T*H*d, d, H*d, 1}. Dense row-major strides bind like
 * ttt_kernel_bind. Other strides (CPU artifacts only; TTT_ERROR_INVALID for
 * GPU ones): the compiled kernels take dense buffers, so the runtime gathers
 * a strided input into a dense stage owned by the kernel handle before each
 * run and scatters a strided output from its stage after each run: one copy
 * of the view per run, no allocation after the first. An output's strides
 * must not make two elements share an address. */
ttt_status ttt_kernel_bind_strided(ttt_kernel *kernel, ttt_role role,
                                   const char *name, void *data,
                                   ttt_dtype dtype, int rank,
                                   const int64_t *shape,
                                   const int64_t *strides);

/* Runs one prefill with every argument bound. `stream` is a CUstream for GPU
 * artifacts and must be NULL for CPU ones. CPU artifacts: an input `position`
 * outside [0, settings.mini_batch) is refused with TTT_ERROR_INVALID (GPU
 * artifacts read it on the device, where the runtime cannot check it). At
 * position 0 the running sums (`<P>.grad_sum`) must be zero, as every call
 * that ends a mini-batch returns them: the kernels rely on it (a whole
 * first mini-batch does not read them; docs/Semantics.md section 5), and
 * nothing checks them. */
ttt_status ttt_kernel_run(ttt_kernel *kernel, void *stream);

/* Additions beyond the first version of this header. */

/* The kernel's manifest name and kind ("prefill", ...). */
const char *ttt_kernel_name(const ttt_kernel *kernel);
const char *ttt_kernel_kind(const ttt_kernel *kernel);
/* Call-order index of the argument `name` with `role`, or -1 if none. A state
 * argument has the same name as an input and as an output. */
int ttt_kernel_arg_index(const ttt_kernel *kernel, ttt_role role,
                         const char *name);
/* The size of symbol "B", "H" or "T" fixed by the buffers bound so far;
 * TTT_ERROR_UNBOUND while no bound buffer fixes it. */
ttt_status ttt_kernel_bound_dim(const ttt_kernel *kernel, const char *symbol,
                                int64_t *value);
/* Forgets every binding, so the kernel can be reused with other B, H, T. */
void ttt_kernel_reset(ttt_kernel *kernel);

/* CPU kernels: the threads that serve this kernel's runs. A run spreads its
 * B * H sequences over at most `threads` threads, the caller's included;
 * 0 restores the default, TTT_NUM_THREADS if set to a positive number, else
 * every hardware thread. The workers are started here (and by a run that
 * needs more than are started), kept across runs, and joined by
 * ttt_kernel_destroy: a run creates no thread once they exist. A run whose
 * work is too small to split (a decode step of a few heads) stays on fewer
 * threads, down to the caller's alone. A thread that cannot be started is
 * reported as TTT_ERROR_OUT_OF_MEMORY, here or by the run.
 * TTT_ERROR_INVALID for GPU kernels and negative counts. */
ttt_status ttt_kernel_set_threads(ttt_kernel *kernel, int threads);
/* The thread count set by ttt_kernel_set_threads, or the default; 0 for a
 * GPU kernel. */
int ttt_kernel_threads(const ttt_kernel *kernel);

/* GPU artifacts (target "sm_NN[a]"). ttt_artifact_open loads the CUDA
 * driver (libcuda.so.1, at run time), retains device 0's primary context and
 * loads the artifact's cubin, or JIT-compiles its PTX when the device cannot
 * run the cubin. Buffers bound to a GPU kernel are device pointers, and
 * ttt_kernel_run launches asynchronously on `stream` (NULL: the legacy
 * default stream); runs of one kernel handle on different streams must not
 * overlap (they share the kernel's workspace). The helpers below serve
 * callers without CUDA of their own (ttt-run, tests): they work on the
 * artifact's device and context, and fail with TTT_ERROR_INVALID for CPU
 * artifacts. */

/* "compute capability 9.0, cubin" (or "..., PTX (JIT)") for a GPU artifact,
 * "" for a CPU one. */
const char *ttt_artifact_device(const ttt_artifact *artifact);
ttt_status ttt_device_alloc(ttt_artifact *artifact, size_t bytes, void **out);
ttt_status ttt_device_free(ttt_artifact *artifact, void *ptr);
ttt_status ttt_device_upload(ttt_artifact *artifact, void *device,
                             const void *host, size_t bytes);
ttt_status ttt_device_download(ttt_artifact *artifact, void *host,
                               const void *device, size_t bytes);
/* Waits for all work on the device; reports errors of earlier launches. */
ttt_status ttt_device_synchronize(ttt_artifact *artifact);
/* Runs the kernel `warmup` times, then `repeats` times, and stores the time
 * of each of the latter in times_ms (GPU: CUDA events recorded on `stream`
 * around each run; CPU: a steady clock, stream NULL). */
ttt_status ttt_kernel_time(ttt_kernel *kernel, void *stream, int warmup,
                           int repeats, double *times_ms);

/* Lifetime: ttt_artifact_close releases the caller's handle; each kernel
 * holds its artifact loaded until ttt_kernel_destroy, so kernels and their
 * artifact may be destroyed and closed in any order (after close, only the
 * kernels may still be used). */

/* Lifetimes.
 *  - Strings returned by the API (names, kinds, the manifest, the target)
 *    live as long as their artifact; ttt_last_error()'s until the calling
 *    thread's next API call.
 *  - The runtime keeps the pointers given to ttt_kernel_bind*, never a copy
 *    of the data: a bound buffer must stay valid until it is rebound, or the
 *    kernel is reset or destroyed, and is read or written only during
 *    ttt_kernel_run (CPU: until it returns; GPU: until the work queued on the
 *    stream completes). Stages (strided views, in-place state) belong to the
 *    kernel handle and are freed by ttt_kernel_reset or ttt_kernel_destroy.
 *
 * Thread safety.
 *  - An artifact is read-only once opened: any number of threads may create
 *    kernels from it and query it at the same time.
 *  - A kernel handle holds one call's bindings and stages: use each handle
 *    from one thread at a time (bind, run, reset). Different handles, of the
 *    same artifact or not, may run concurrently (buffers they write must not
 *    be shared).
 *  - ttt_last_error() is per thread. */

#ifdef __cplusplus
}
#endif

#endif /* TTT_RUNTIME_H */
