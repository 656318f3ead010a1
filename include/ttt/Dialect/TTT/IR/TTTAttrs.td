//===- TTTAttrs.td - ttt enums and attributes --------------*- tablegen -*-===//

#ifndef TTT_ATTRS_TD
#define TTT_ATTRS_TD

include "ttt/Dialect/TTT/IR/TTTDialect.td"
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

#endif // TTT_ATTRS_TD
