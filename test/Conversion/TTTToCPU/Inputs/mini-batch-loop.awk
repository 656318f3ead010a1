# Prints the first `scf.for %i = %c0 to %<computed> step %c1 {` of the input
# through its closing brace: in ttt-to-cpu's IR, the loop over a sequence's
# full mini-batches, which carries nothing. Every other loop has a constant
# or a `%dim` bound, or carries a register block's accumulator (the token
# loops of a partial mini-batch's weight gradients).
# Reads the whole input, so that the writer never sees a closed pipe.
!done && !inloop &&
    /^ *scf\.for %[a-z0-9_]+ = %c0 to %[0-9]+ step %c1 \{$/ {
  inloop = 1
  end = substr($0, 1, match($0, /[^ ]/) - 1) "}"
}
inloop { print }
inloop && $0 == end { inloop = 0; done = 1 }
