# Prints the first `scf.for %i = %c0... to %dim... step %c1...` of the input
# through its closing brace: in ttt-to-cpu's IR, the loop over the batch
# (the forall over (batch, head) made sequential), which holds all of a
# call's per-sequence work.
# Reads the whole input, so that the writer never sees a closed pipe.
!done && !inloop &&
    /^ *scf\.for %[a-z0-9_]+ = %c0[_0-9]* to %dim[_0-9]* step %c1[_0-9]* \{$/ {
  inloop = 1
  end = substr($0, 1, match($0, /[^ ]/) - 1) "}"
}
inloop { print }
inloop && $0 == end { inloop = 0; done = 1 }
