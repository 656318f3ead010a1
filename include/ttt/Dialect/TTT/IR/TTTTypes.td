//===- TTTTypes.td - ttt types -----------------------------*- tablegen -*-===//

#ifndef TTT_TYPES_TD
#define TTT_TYPES_TD

include "ttt/Dialect/TTT/IR/TTTDialect.td"
include "mlir/IR/AttrTypeBase.td"

def TTT_TokensType : TypeDef<TTT_Dialect, "Tokens"> {
  let mnemonic = "tokens";
  let summary = "token rows of a fixed number of features";
  let description = [{
    The value of one inner-model node for a set of tokens: one row of `width`
    features per token. The row count is left open on purpose: the same model
    is evaluated on one token (primal form, decode) or on a whole mini-batch
    (dual form).

    ```mlir
    !ttt.tokens<64>
    ```
  }];
  let parameters = (ins
    AttrOrTypeParameter<"int64_t",
                        "features per token, in [1, 16384] (2^14, the "
                        "backends' limit)">:$width);
  let assemblyFormat = "`<` $width `>`";
  let genVerifyDecl = 1;
}

#endif // TTT_TYPES_TD
