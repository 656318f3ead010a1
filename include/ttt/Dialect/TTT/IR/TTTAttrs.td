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

def TTT_ActivationKindAttr : EnumAttr<TTT_Dialect, TTT_ActivationKind,
                                      "activation">;

#endif // TTT_ATTRS_TD
