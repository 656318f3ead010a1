//===- Manifest.cpp - manifest.json and the C header ----------------------===//

#include "ttt/Target/Artifact.h"
#include "ttt/Dialect/TTT/IR/KernelSignature.h"

#include "mlir/IR/TypeUtilities.h"
#include "llvm/ADT/TypeSwitch.h"
#include "llvm/Support/FormatVariadic.h"

using namespace mlir;
using namespace mlir::ttt;
namespace json = llvm::json;

static std::string dtypeName(Type type) {
  if (type.isF32())
    return "f32";
  if (type.isBF16())
    return "bf16";
  if (type.isF16())
    return "f16";
  if (type.isInteger(64))
    return "i64"; // the position
  llvm_unreachable("kernel arguments are f32, bf16 or f16 tensors (the layer "
                   "verifier admits no other I/O type) or the i64 position");
}

// json::Value keeps a StringRef by reference, so every string is copied.
/// The shape of `arg`: size symbols ("B", "T/16+2") and fixed sizes.
static json::Array shapeOf(KernelArgAttr arg) {
  json::Array shape;
  for (Attribute dim : arg.getShape()) {
    if (auto symbol = dyn_cast<StringAttr>(dim))
      shape.push_back(symbol.getValue().str());
    else
      shape.push_back(cast<IntegerAttr>(dim).getInt());
  }
  return shape;
}

/// One entry of a kernel's "args": a backward kernel's cotangents are
/// inputs and its gradients outputs.
static json::Object argument(Type type, KernelArgAttr arg) {
  StringRef role;
  switch (arg.getDirection()) {
  case ArgDirection::input:
  case ArgDirection::cotangent:
    role = "input";
    break;
  case ArgDirection::output:
  case ArgDirection::gradient:
    role = "output";
    break;
  case ArgDirection::scratch:
    role = "scratch";
    break;
  }
  return json::Object{{"name", arg.getName().str()},
                      {"role", role.str()},
                      {"dtype", dtypeName(getElementTypeOrSelf(type))},
                      {"shape", shapeOf(arg)}};
}

/// The inner model as a list of values; value 0 is the model input.
static json::Object describeModel(LayerOp layer) {
  Block &model = layer.getModel().front();
  llvm::DenseMap<Value, int64_t> index;
  json::Array values;
  auto width = [](Value v) { return cast<TokensType>(v.getType()).getWidth(); };
  index[layer.getModelInput()] = 0;
  values.push_back(json::Object{{"op", "input"}, {"width", layer.getDim()}});
  for (Operation &op : model.without_terminator()) {
    json::Object value =
        llvm::TypeSwitch<Operation *, json::Object>(&op)
            .Case([&](LinearOp o) {
              json::Object linear{{"op", "linear"},
                                  {"x", index[o.getInput()]},
                                  {"weight", o.getWeight().str()}};
              if (std::optional<StringRef> bias = o.getBias())
                linear["bias"] = bias->str();
              return linear;
            })
            .Case([&](ActivationOp o) {
              return json::Object{{"op", "activation"},
                                  {"x", index[o.getInput()]},
                                  {"kind", stringifyActivationKind(o.getKind()).str()}};
            })
            .Case([&](LayerNormOp o) {
              return json::Object{{"op", "layer_norm"},
                                  {"x", index[o.getInput()]},
                                  {"weight", o.getWeight().str()},
                                  {"bias", o.getBias().str()},
                                  {"eps", o.getEps().convertToDouble()}};
            })
            .Case([&](AddOp o) {
              return json::Object{{"op", "add"},
                                  {"x", index[o.getLhs()]},
                                  {"y", index[o.getRhs()]}};
            })
            .Case([&](MulOp o) {
              return json::Object{{"op", "mul"},
                                  {"x", index[o.getLhs()]},
                                  {"y", index[o.getRhs()]}};
            });
    value["width"] = width(op.getResult(0));
    index[op.getResult(0)] = values.size();
    values.push_back(std::move(value));
  }
  ReturnOp ret = layer.getReturn();
  return json::Object{{"values", std::move(values)},
                      {"loss", index[ret.getLoss()]},
                      {"loss_kind", stringifyLossKind(layer.getLoss()).str()},
                      {"output", index[ret.getOutput()]}};
}

/// The "args" of a kernel of `types`: its inputs, then its results.
static json::Array describeArgs(const KernelTypes &types) {
  json::Array args;
  for (auto [type, arg] : llvm::zip(types.inputs, types.inputArgs))
    args.push_back(argument(type, arg));
  for (auto [type, arg] : llvm::zip(types.results, types.resultArgs))
    args.push_back(argument(type, arg));
  return args;
}

json::Object mlir::ttt::describeKernel(LayerOp layer) {
  int64_t d = layer.getDim();
  std::string io = dtypeName(layer.getIoElementType());
  // The arguments as the lowering builds them (KernelSignature.h), so that
  // the manifest and the library cannot disagree.
  json::Array args = describeArgs(getPrefillKernelTypes(layer));
  std::string name = layer.getSymName().str();
  return json::Object{
      {"name", name},
      {"kind", "prefill"},
      {"symbol", name + "_prefill"},
      {"settings", json::Object{{"dim", d},
                                {"mini_batch", layer.getMiniBatch()},
                                {"timing", stringifyUpdateTiming(layer.getTiming())},
                                {"decay", layer.getDecay()},
                                {"lr_per_weight", layer.getLrPerWeight()},
                                {"normalize_weights",
                                 layer.getNormalizeWeights()},
                                {"io_type", io},
                                {"state_type", "f32"}}},
      {"args", std::move(args)},
      {"model", describeModel(layer)}};
}

/// The "args" (and "scratch", if any) of a backward kernel of `types`.
static void describeBackwardArgs(const KernelTypes &types,
                                 json::Object &kernel) {
  json::Array args;
  for (auto [type, arg] : llvm::zip(types.inputs, types.inputArgs))
    args.push_back(argument(type, arg));
  for (auto [type, arg] : llvm::zip(types.results, types.resultArgs)) {
    if (arg.getDirection() == ArgDirection::scratch) {
      kernel["scratch"] =
          json::Object{{"dtype", dtypeName(getElementTypeOrSelf(type))},
                       {"shape", shapeOf(arg)}};
      continue;
    }
    // A gradient not indexed by the batch (token_scale, the LayerNorm
    // parameters) is shared by sequences that a caller may run in separate
    // calls: "reduce": "sum" says it is the sum of theirs.
    json::Object gradient = argument(type, arg);
    ArrayRef<Attribute> shape = arg.getShape().getValue();
    auto first = shape.empty() ? StringAttr() : dyn_cast<StringAttr>(shape[0]);
    if (!first || first.getValue() != "B")
      gradient["reduce"] = "sum";
    args.push_back(std::move(gradient));
  }
  kernel["args"] = std::move(args);
}

/// A copy of `kernel` named `name`, of kind `kind`, without its "args".
static json::Object renamed(const json::Object &kernel, StringRef name,
                            StringRef kind) {
  return json::Object{{"name", name.str()},
                      {"kind", kind.str()},
                      {"symbol", name.str()},
                      {"settings", json::Object(*kernel.getObject("settings"))},
                      {"model", json::Object(*kernel.getObject("model"))}};
}

json::Object mlir::ttt::describeBackwardKernel(const json::Object &prefill,
                                               LayerOp layer) {
  // The arguments as ttt-build-backward builds them (KernelSignature.h).
  json::Object kernel = renamed(
      prefill, (*prefill.getString("name") + "_backward").str(), "backward");
  describeBackwardArgs(getBackwardKernelTypes(layer), kernel);
  return kernel;
}

json::Object mlir::ttt::describeTrainKernel(const json::Object &prefill,
                                            LayerOp layer) {
  json::Object kernel =
      renamed(prefill, (*prefill.getString("name") + "_train").str(), "train");
  kernel["args"] = describeArgs(getTrainKernelTypes(layer));
  return kernel;
}

json::Object
mlir::ttt::describeBackwardFromTapeKernel(const json::Object &backward,
                                          LayerOp layer) {
  json::Object kernel =
      renamed(backward, (*backward.getString("name") + "_from_tape").str(),
              "backward_from_tape");
  describeBackwardArgs(getBackwardFromTapeKernelTypes(layer), kernel);
  return kernel;
}

/// Sets the last two entries of `shape` to `sizes`.
static void setSizes(json::Array &shape, const TapeSizes &sizes) {
  shape[shape.size() - 2] = sizes.rows;
  shape.back() = sizes.width;
}

void mlir::ttt::setTapeSizes(json::Object &kernel, const TapeSizes &sizes) {
  for (json::Value &arg : *kernel.getArray("args")) {
    json::Object &a = *arg.getAsObject();
    if (a.getString("name") == "tape")
      setSizes(*a.getArray("shape"), sizes);
  }
}

void mlir::ttt::setScratchSizes(json::Object &kernel, const TapeSizes &sizes) {
  setSizes(*kernel.getObject("scratch")->getArray("shape"), sizes);
}

std::string mlir::ttt::renderABI(StringRef target,
                                 ArrayRef<json::Object> kernels) {
  json::Array array;
  for (const json::Object &kernel : kernels)
    array.push_back(json::Object(kernel));
  std::string text;
  llvm::raw_string_ostream(text) << json::Value(
      json::Object{{"target", target.str()}, {"kernels", std::move(array)}});
  return text;
}

void mlir::ttt::renderArgumentComment(raw_ostream &os,
                                      const json::Object &kernel) {
  os << "\n/* " << *kernel.getString("name") << ", arguments:\n";
  int i = 0;
  for (const json::Value &arg : *kernel.getArray("args")) {
    const json::Object &a = *arg.getAsObject();
    std::string shape;
    llvm::raw_string_ostream shapeOs(shape);
    shapeOs << json::Value(json::Array(*a.getArray("shape")));
    os << llvm::formatv(" *   [{0}] {1,-6} {2,-22} {3} {4}{5}\n", i++,
                        *a.getString("role"), *a.getString("name"),
                        *a.getString("dtype"), shape,
                        a.getString("reduce") ? " (summed)" : "");
  }
  if (const json::Object *scratch = kernel.getObject("scratch")) {
    std::string shape;
    llvm::raw_string_ostream shapeOs(shape);
    shapeOs << json::Value(json::Array(*scratch->getArray("shape")));
    os << llvm::formatv(" *   [{0}] {1,-6} {2,-22} {3} {4} (provided by the "
                        "caller, contents undefined)\n",
                        i, "output", "scratch", *scratch->getString("dtype"),
                        shape);
  }
}

std::string mlir::ttt::renderHeader(ArrayRef<json::Object> kernels,
                                    StringRef specName) {
  std::string text;
  llvm::raw_string_ostream os(text);
  os << "/* Generated by ttt-compile from " << specName << ". Do not edit.\n"
     << " * Kernel ABI (docs/ArtifactFormat.md): args[i] points to the memref\n"
     << " * descriptor {T *allocated, *aligned; int64_t offset, sizes[rank],\n"
     << " * strides[rank];} of argument i, dense row-major. */\n"
     << "#ifndef TTT_KERNELS_H\n#define TTT_KERNELS_H\n\n"
     << "#ifdef __cplusplus\nextern \"C\" {\n#endif\n";
  for (const json::Object &kernel : kernels) {
    renderArgumentComment(os, kernel);
    os << " */\nvoid " << *kernel.getString("symbol") << "(void **args);\n";
  }
  os << "\n#ifdef __cplusplus\n}\n#endif\n\n#endif /* TTT_KERNELS_H */\n";
  return text;
}
