//===- TTTDialect.td - the ttt dialect ---------------------*- tablegen -*-===//

#ifndef TTT_DIALECT_TD
#define TTT_DIALECT_TD

include "mlir/IR/OpBase.td"

def TTT_Dialect : Dialect {
  let name = "ttt";
  let cppNamespace = "::mlir::ttt";
  let summary = "Test-Time Training layers, written as data.";
  let description = [{
    The `ttt` dialect describes a Test-Time Training layer (Sun et al., arXiv
    2407.04620): a sequence layer whose hidden state is a small *inner model*,
    trained by one step of gradient descent on a self-supervised loss for every
    mini-batch of tokens.

    A `ttt.layer` holds the inner model as a region over one token row
    (`!ttt.tokens<d>`) built from `ttt.linear`, `ttt.activation`,
    `ttt.layer_norm` and `ttt.add`, and ends in `ttt.return`, which names the
    value the self-supervised loss reconstructs the label view from and the
    value the layer outputs. The passes of this project derive the inner
    gradients from that structure (`--ttt-derive-gradients`) and lower the layer
    to its dual form (`--ttt-lower-to-dual-form`) or to its token-by-token
    primal definition (`--ttt-lower-to-primal`).
  }];
  let useDefaultTypePrinterParser = 1;
  let useDefaultAttributePrinterParser = 1;
  // `ttt.arg` (#ttt.arg) on kernel arguments and results.
  let hasRegionArgAttrVerify = 1;
  let hasRegionResultAttrVerify = 1;
}

class TTT_Op<string mnemonic, list<Trait> traits = []>
    : Op<TTT_Dialect, mnemonic, traits>;

#endif // TTT_DIALECT_TD
