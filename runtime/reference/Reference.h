//===- Reference.h - float64 primal-form TTT reference ----------*- C++ -*-===//
//
// The independent oracle of docs/Semantics.md: float64, primal form (section 3),
// token by token, written from the semantics and sharing no code with the
// compiler. It interprets the inner model as data (the manifest's "model"), so
// it evaluates any spec the dialect can express.
//
//===----------------------------------------------------------------------===//
#ifndef TTT_REFERENCE_REFERENCE_H
#define TTT_REFERENCE_REFERENCE_H

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace ttt::reference {

/// A dense row-major float64 tensor.
struct Tensor {
  std::vector<int64_t> shape;
  std::vector<double> data;
};

enum class Activation { Identity, Relu, Silu, GeluTanh, GeluErf };

/// The token loss of a prediction p = values[loss](k) against the label v:
/// Mse 1/2 ||p - v||^2, Dot -<p, v> (LaCT).
enum class LossKind { Mse, Dot };
enum class Timing { Causal, All, After };

/// One value of the inner model, in SSA order (value 0 is the input row).
struct Value {
  enum class Kind { Input, Linear, Activation, LayerNorm, Add, Mul } kind;
  int64_t width = 0;      // features of this value
  int x = -1, y = -1;     // operand value indices (y: Add and Mul only)
  // Linear: inner state (an empty bias: x W, no bias state);
  // LayerNorm: outer inputs.
  std::string weight, bias;
  Activation activation = Activation::Identity;
  double eps = 1e-6;      // LayerNorm
};

struct Model {
  std::vector<Value> values;
  int loss = -1;   // loss is 1/2 ||values[loss](k) - v||^2 (lossKind Mse)
  LossKind lossKind = LossKind::Mse;
  int output = -1; // z = values[output](q)
  int64_t miniBatch = 16;
  // Which state the outputs of a mini-batch see (docs/Semantics.md):
  // Causal, position i sees the gradients of j <= i; All, every gradient of
  // the mini-batch present in the call; After, none (theta_0).
  Timing timing = Timing::Causal;
  // Per-token forgetting (Semantics section 10): an input `decay` [B, H, T]
  // in (0, 1] and a state `decay_product` [B, H, 1, 1] (the product of the
  // decays seen so far in the mini-batch in progress; 1 at a boundary).
  bool decay = false;
  // One learning rate per linear layer (LaCT): inputs `lr.<weight>`
  // [B, H, T] instead of `lr`; the layer with weight W steps by
  // token_scale[i] * lr.W[j].
  bool lrPerWeight = false;
  // LaCT's weight normalisation: every commit rescales column j of each
  // linear weight W [in, out] to ||W_0[:, j]|| / (||W'[:, j]|| + 1e-5),
  // W_0 the weight before the update.
  bool normalizeWeights = false;
};

/// Runs one prefill. `inputs` holds every input of docs/ArtifactFormat.md by
/// name (XQ, XK, XV, lr, token_scale, LayerNorm params, state, grad sums,
/// position as a 0-d tensor). Returns every output by name (Z and the state).
/// Throws std::runtime_error("reference: ...") naming the offending input on
/// a missing, misshapen or unexpected input, or a position outside [0, b).
std::map<std::string, Tensor> runPrefill(const Model &model,
                                         const std::map<std::string, Tensor> &inputs);

/// How finiteDifferenceBackward differentiates.
struct FiniteDifferenceOptions {
  /// The step for an input element x is `step * max(1, |x|)`.
  double step = 1e-5;
  /// 0: every input element. Otherwise an input whose slice of one
  /// (batch, head) sequence holds more than `samples` elements is
  /// differentiated at `samples` of them only, distinct and uniformly
  /// chosen, the same in every sequence; its other gradient elements are
  /// NaN. At d = 64 a TTT-MLP sequence has some 73,000 input elements.
  size_t samples = 0;
  /// Seeds the choice of the sampled elements (std::mt19937_64).
  uint64_t seed = 0;
};

/// The vector-Jacobian product of runPrefill (docs/Semantics.md section 6),
/// by central finite differences of L = sum_o <o.grad, o> over the prefill's
/// outputs o (see FiniteDifferenceOptions for the step and the sampling).
/// `inputsAndCotangents` holds every prefill input and, for every output o
/// but `position`, its cotangent "o.grad" (the final state "W1" has "W1.grad",
/// the final running sum "W1.grad_sum" has "W1.grad_sum.grad"). Returns
/// "x.grad" for every input x but `position` (an input shared across batch
/// or heads gets the sum). Two prefills of one (batch, head) sequence per
/// differentiated element (an element of one sequence's input moves that
/// sequence's outputs only; the sequences run on up to
/// hardware_concurrency threads).
/// Throws std::runtime_error("reference: ...") on a missing, misshapen or
/// unexpected cotangent, and as runPrefill does on bad inputs.
std::map<std::string, Tensor> finiteDifferenceBackward(
    const Model &model,
    const std::map<std::string, Tensor> &inputsAndCotangents,
    const FiniteDifferenceOptions &options = {});

/// The derivative of finiteDifferenceBackward's L along one direction of
/// one input: for the exact gradient, <input.grad, direction>.
struct DirectionalDerivative {
  std::string gradient; // "x.grad" for input x
  Tensor direction;     // laid out like x
  double derivative = 0;
};

/// Every element of every gradient at once, where finiteDifferenceBackward
/// would need two prefills per element: for each input x but `position`,
/// `perInput` random directions v (v_e uniform in [-1, 1] times
/// max(1, |x_e|)), each with the central difference of L along it (step
/// `step`, two prefills of each sequence). A gradient g with
/// |<g, v> - derivative| small against ||g o v|| is right in every element
/// up to errors that a random v would not see (probability zero for an
/// error of any size). Throws as finiteDifferenceBackward does.
std::vector<DirectionalDerivative>
directionalDerivatives(const Model &model,
                       const std::map<std::string, Tensor> &inputsAndCotangents,
                       size_t perInput, uint64_t seed, double step = 1e-5);

/// The input elements finiteDifferenceBackward perturbs in one (batch,
/// head) sequence when it differentiates every element (all inputs' but
/// `position`; an input every sequence reads counts whole). Two prefills of
/// the sequence each. Throws as finiteDifferenceBackward does without XQ.
size_t
elementsPerSequence(const std::map<std::string, Tensor> &inputsAndCotangents);

/// The finite differences run thousands of prefills, each allocating and
/// freeing buffers of the same sizes; glibc's malloc returns that memory to
/// the system and faults it in again each time, which took half to two
/// thirds of a d = 64 backward's check. A program about to run them may
/// call this first: freed memory is then kept for reuse (glibc's trim and
/// mmap thresholds raised). Process-wide; does nothing without glibc.
void keepFreedMemory();

namespace detail {

/// The parameters one (batch, head) evaluates the inner model with, indexed by
/// value index: a Linear value's weight [in x width] (row-major) and bias
/// [width] (empty for a Linear without bias); a LayerNorm value's affine
/// weight and bias [width] (this head's row). Entries of other values are
/// empty. Exposed for the tests.
struct Params {
  std::vector<std::vector<double>> weight, bias;
};

/// Checks the model's structure (operands, widths, names, loss/output);
/// throws std::runtime_error("reference: model: ...") on the first problem.
void validateModel(const Model &model);

/// Every value of the model on the input row `x` (entry i has
/// model.values[i].width elements).
std::vector<std::vector<double>> forward(const Model &model,
                                         const Params &params,
                                         const std::vector<double> &x);

/// The token loss: 1/2 ||values[loss](k) - v||^2, or -<values[loss](k), v>
/// when model.lossKind is Dot.
double loss(const Model &model, const Params &params,
            const std::vector<double> &k, const std::vector<double> &v);

/// The gradient of `loss` with respect to every Linear weight and bias,
/// laid out like Params (entries of non-Linear values are empty), by
/// reverse-mode differentiation over the value list.
Params lossGradient(const Model &model, const Params &params,
                    const std::vector<double> &k, const std::vector<double> &v);

} // namespace detail

} // namespace ttt::reference

#endif // TTT_REFERENCE_REFERENCE_H
