//===- KernelInfo.cpp - what ttt-run reads from a kernel's manifest entry -===//

#include "KernelInfo.h"

#include "Error.h"
#include "Json.h"

namespace ttt::run {

namespace {

using json::Value;
using reference::Activation;
using Kind = reference::Value::Kind;

using ModelError = json::FieldError;

const Value &field(const Value &v, const std::string &path,
                   const std::string &key) {
  return json::requireMember(v, path, key);
}

int64_t intField(const Value &v, const std::string &path,
                 const std::string &key) {
  return json::requireInt(v, path, key, INT64_MIN, INT64_MAX);
}

std::string stringField(const Value &v, const std::string &path,
                        const std::string &key) {
  return json::requireString(v, path, key);
}

Activation activationOf(const std::string &kind, const std::string &path) {
  if (kind == "identity")
    return Activation::Identity;
  if (kind == "relu")
    return Activation::Relu;
  if (kind == "silu")
    return Activation::Silu;
  if (kind == "gelu_tanh")
    return Activation::GeluTanh;
  if (kind == "gelu_erf")
    return Activation::GeluErf;
  throw ModelError(path + ".kind: unknown activation \"" + kind + "\"");
}

int operand(const Value &v, const std::string &path, const std::string &key,
            size_t index) {
  int64_t x = intField(v, path, key);
  if (x < 0 || static_cast<size_t>(x) >= index)
    throw ModelError(path + "." + key + ": operand " + std::to_string(x) +
                     " is not an earlier value");
  return static_cast<int>(x);
}

void readModel(const Value &m, const std::string &path, KernelInfo &info) {
  const Value &values = field(m, path, "values");
  if (!values.isArray() || values.array.empty())
    throw ModelError(path + ".values: expected a non-empty array");
  reference::Model &model = info.model;
  for (size_t i = 0; i < values.array.size(); ++i) {
    const Value &v = values.array[i];
    std::string vpath = path + ".values[" + std::to_string(i) + "]";
    if (!v.isObject())
      throw ModelError(vpath + ": expected an object");
    reference::Value out;
    std::string op = stringField(v, vpath, "op");
    out.width = intField(v, vpath, "width");
    if (out.width <= 0)
      throw ModelError(vpath + ".width: must be positive");
    if (op == "input") {
      if (i != 0)
        throw ModelError(vpath + ": only value 0 may be the input");
      out.kind = Kind::Input;
    } else if (i == 0) {
      throw ModelError(vpath + ": value 0 must be the input");
    } else if (op == "linear") {
      out.kind = Kind::Linear;
      out.x = operand(v, vpath, "x", i);
      out.weight = stringField(v, vpath, "weight");
      if (v.get("bias")) // absent: x W, no bias state
        out.bias = stringField(v, vpath, "bias");
      info.linears.push_back(
          {out.weight, out.bias, model.values[out.x].width, out.width});
    } else if (op == "activation") {
      out.kind = Kind::Activation;
      out.x = operand(v, vpath, "x", i);
      out.activation = activationOf(stringField(v, vpath, "kind"), vpath);
    } else if (op == "layer_norm") {
      out.kind = Kind::LayerNorm;
      out.x = operand(v, vpath, "x", i);
      out.weight = stringField(v, vpath, "weight");
      out.bias = stringField(v, vpath, "bias");
      const Value &eps = field(v, vpath, "eps");
      if (!eps.isNumber() || !(eps.number > 0))
        throw ModelError(vpath + ".eps: expected a positive number");
      out.eps = eps.number;
      info.layerNormWeights.insert(out.weight);
      info.layerNormBiases.insert(out.bias);
    } else if (op == "add" || op == "mul") {
      out.kind = op == "add" ? Kind::Add : Kind::Mul;
      out.x = operand(v, vpath, "x", i);
      out.y = operand(v, vpath, "y", i);
    } else {
      throw ModelError(vpath + ".op: unknown op \"" + op + "\"");
    }
    model.values.push_back(std::move(out));
  }
  size_t n = values.array.size();
  model.loss = operand(m, path, "loss", n);
  // Absent in artifacts written before the dot loss: the squared error.
  if (m.get("loss_kind")) {
    std::string kind = stringField(m, path, "loss_kind");
    if (kind == "dot")
      model.lossKind = reference::LossKind::Dot;
    else if (kind != "mse")
      throw ModelError(path + ".loss_kind: unknown loss \"" + kind +
                       "\" (expected \"mse\" or \"dot\")");
  }
  model.output = operand(m, path, "output", n);
}

} // namespace

KernelInfo readKernelInfo(const std::string &manifestText,
                          const std::string &name) {
  Value root;
  std::string error;
  if (!json::parse(manifestText, root, error))
    throw Error("manifest: invalid JSON " + error);
  KernelInfo info;
  info.name = name;
  const Value *kernels = root.get("kernels");
  const Value *kernel = nullptr;
  size_t index = 0;
  for (size_t i = 0; kernels && i < kernels->array.size(); ++i) {
    const Value *n = kernels->array[i].get("name");
    if (n && n->isString() && n->string == name) {
      kernel = &kernels->array[i];
      index = i;
    }
  }
  if (!kernel)
    throw Error("manifest: no kernel '" + name + "'");
  std::string path = "kernels[" + std::to_string(index) + "]";
  if (const Value *kind = kernel->get("kind"))
    info.kind = kind->string;

  if (const Value *settings = kernel->get("settings")) {
    const Value *dim = settings->get("dim");
    if (dim && dim->isInt && dim->integer > 0)
      info.dim = dim->integer;
    const Value *b = settings->get("mini_batch");
    if (b && b->isInt && b->integer > 0)
      info.miniBatch = b->integer;
    const Value *timing = settings->get("timing");
    if (timing && timing->isString()) {
      if (timing->string == "all")
        info.model.timing = reference::Timing::All;
      else if (timing->string == "after")
        info.model.timing = reference::Timing::After;
      else if (timing->string != "causal")
        throw Error("manifest: " + path + ".settings.timing: unknown timing \"" +
                    timing->string +
                    "\" (expected \"causal\", \"all\" or \"after\")");
    }
    const Value *decay = settings->get("decay");
    if (decay && decay->isBool())
      info.model.decay = decay->boolean;
    const Value *lrPerWeight = settings->get("lr_per_weight");
    if (lrPerWeight && lrPerWeight->isBool())
      info.model.lrPerWeight = lrPerWeight->boolean;
    const Value *normalize = settings->get("normalize_weights");
    if (normalize && normalize->isBool())
      info.model.normalizeWeights = normalize->boolean;
  }
  info.model.miniBatch = info.miniBatch;

  const Value *model = kernel->get("model");
  if (!model) {
    info.modelError = path + ".model: missing";
    return info;
  }
  try {
    readModel(*model, path + ".model", info);
    if (info.miniBatch <= 0)
      throw ModelError(path + ".settings.mini_batch: missing or not a "
                              "positive integer");
    info.hasModel = true;
  } catch (const ModelError &e) {
    info.modelError = e.what();
    info.linears.clear();
  }
  return info;
}

void requireModel(const KernelInfo &info, const char *option) {
  if (!info.hasModel)
    throw Error(std::string(option) +
                " needs the kernel's inner model: manifest " + info.modelError);
}

bool isLearningRate(const std::string &name) {
  return name == "lr" || name.compare(0, 3, "lr.") == 0;
}

} // namespace ttt::run
