//===- TTTAttrs.td - ttt enums and attributes --------------*- tablegen -*-===//

#ifndef TTT_ATTRS_TD
#define TTT_ATTRS_TD

include "ttt/Dialect/TTT/IR/TTTDialect.td"
include "mlir/IR/AttrTypeBase.td"
include "mlir/IR/EnumAttr.td"

def TTT_ActivationKind : I32EnumAttr<"ActivationKind",
    "an elementwise activation of the inner model", [
      I32EnumAttrCase<"identity", 0>,
      I32EnumAttrCase<"relu", 1>,
      I32EnumAttrCase<"silu", 2>,
      I32EnumAttrCase<"gelu_tanh", 3>,
      I32EnumAttrCase<"gelu_erf", 4>,
    ]> {
  let cppNamespace = "::mlir::ttt";
  let genSpecializedAttr = 0;
}

// No description: add_mlir_doc would render it as a Hugo shortcode in every
// op's attribute table; ttt.activation documents the syntax instead.
def TTT_ActivationKindAttr : EnumAttr<TTT_Dialect, TTT_ActivationKind,
                                      "activation">;

def TTT_LossKind : I32EnumAttr<"LossKind",
    "the self-supervised loss of the inner model", [
      I32EnumAttrCase<"mse", 0>,
      I32EnumAttrCase<"dot", 1>,
    ]> {
  let cppNamespace = "::mlir::ttt";
  let genSpecializedAttr = 0;
}

// No description, as for TTT_ActivationKindAttr; ttt.layer documents the
// syntax (`loss = #ttt<loss dot>`).
def TTT_LossKindAttr : EnumAttr<TTT_Dialect, TTT_LossKind, "loss">;

def TTT_UpdateTiming : I32EnumAttr<"UpdateTiming",
    "which state the outputs of a mini-batch see", [
      I32EnumAttrCase<"causal", 0>,
      I32EnumAttrCase<"all", 1>,
      I32EnumAttrCase<"after", 2>,
    ]> {
  let cppNamespace = "::mlir::ttt";
  let genSpecializedAttr = 0;
}

// No description, as for TTT_ActivationKindAttr; ttt.layer documents the
// syntax (`timing = #ttt<timing after>`).
def TTT_UpdateTimingAttr : EnumAttr<TTT_Dialect, TTT_UpdateTiming, "timing">;

//===----------------------------------------------------------------------===//
// The kernel ABI
//===----------------------------------------------------------------------===//

def TTT_ArgDirection : I32EnumAttr<"ArgDirection",
    "whether the caller fills a kernel argument, the kernel writes it, or "
    "neither promises anything about it; a backward kernel's cotangents and "
    "gradients are its inputs and outputs", [
      I32EnumAttrCase<"input", 0>,
      I32EnumAttrCase<"output", 1>,
      I32EnumAttrCase<"scratch", 2>,
      I32EnumAttrCase<"cotangent", 3>,
      I32EnumAttrCase<"gradient", 4>,
    ]> {
  let cppNamespace = "::mlir::ttt";
  let genSpecializedAttr = 0;
}

def TTT_ArgRole : I32EnumAttr<"ArgRole",
    "what a kernel argument holds", [
      I32EnumAttrCase<"xq", 0>,
      I32EnumAttrCase<"xk", 1>,
      I32EnumAttrCase<"xv", 2>,
      I32EnumAttrCase<"lr", 3>,
      I32EnumAttrCase<"decay", 4>,
      I32EnumAttrCase<"token_scale", 5>,
      I32EnumAttrCase<"norm_param", 6>,
      I32EnumAttrCase<"state", 7>,
      I32EnumAttrCase<"grad_sum", 8>,
      I32EnumAttrCase<"decay_product", 9>,
      I32EnumAttrCase<"position", 10>,
      I32EnumAttrCase<"z", 11>,
      I32EnumAttrCase<"workspace", 12>,
      I32EnumAttrCase<"tape", 13>,
    ]> {
  let cppNamespace = "::mlir::ttt";
  let genSpecializedAttr = 0;
}

def TTT_KernelArgAttr : AttrDef<TTT_Dialect, "KernelArg"> {
  let mnemonic = "arg";
  let summary = "what one kernel argument is, for every pass after the lowering";
  let description = [{
    The kernel ABI of docs/ArtifactFormat.md, one argument at a time. The
    lowering of a `ttt.layer` puts one on every argument and result of the
    function it creates, under the name `ttt.arg`; the entry point, and every
    pass after it, carries them along. A pass that needs an argument (the
    mini-batch size from `token_scale`, the grid from `XQ`, the workspace)
    looks it up by its role, never by its position: the argument list grows
    with every input a layer option adds (`decay`, LayerNorm parameters).

    ```mlir
    func.func @ttt_linear(
        %xq: tensor<?x?x?x64xf32> {ttt.arg = #ttt.arg<input, xq, "XQ", ["B", "H", "T", 64]>},
        ...
        %scale: tensor<16xf32> {ttt.arg = #ttt.arg<input, token_scale, "token_scale", [16]>},
        ...)
    ```

    - `direction`: `input` (the caller fills it), `output` (the kernel writes
      it) or `scratch` (memory the caller provides, contents undefined);
      manifest.json calls it the argument's `role`. A backward kernel's
      `cotangent`s (the caller fills them: the gradient of the loss with
      respect to a prefill output) and `gradient`s (the kernel writes them:
      with respect to a prefill input) are inputs and outputs there; their
      role is that of the prefill argument, their name its name plus
      `.grad`.
    - `role`: what the argument holds. Several arguments share a role
      (`state`, `grad_sum`, `norm_param`); `name` tells them apart.
    - `name`: the argument's name in manifest.json and the C header.
    - `shape`: one entry per dimension, a size symbol (`"B"`, `"H"`, `"T"`:
      batch, heads, tokens of the call) or a fixed size. The element type
      is the argument's own.

    Constraints, each with its own message:
    1. `name` is not empty;
    2. every `shape` entry is a non-empty string or a non-negative integer;
    3. `z` is an output or a cotangent, `workspace` and only it is scratch,
       a `tape` (what a training forward keeps for its backward) is an
       input or an output, and the roles the caller alone provides (`xq`, `xk`, `xv`, `lr`,
       `decay`, `token_scale`, `norm_param`) are inputs or gradients;
    4. on an argument or result of shaped type, `shape` has one entry per
       dimension and every fixed size is that dimension's static size
       (checked by the dialect on the function).
  }];
  let parameters = (ins
    EnumParameter<TTT_ArgDirection>:$direction,
    EnumParameter<TTT_ArgRole>:$role,
    StringRefParameter<"the name in manifest.json">:$name,
    AttrParameter<"::mlir::ArrayAttr",
                  "per dimension, a size symbol or a fixed size">:$shape);
  let assemblyFormat = "`<` $direction `,` $role `,` $name `,` $shape `>`";
  let genVerifyDecl = 1;
  let extraClassDeclaration = [{
    /// The name under which a function argument or result carries it.
    static constexpr ::llvm::StringLiteral getAttrName() { return "ttt.arg"; }
  }];
}

#endif // TTT_ATTRS_TD
