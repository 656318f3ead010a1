# Prints the first `scf.for %i = %c0 to %<computed> step %c1` of the input
# (with or without iter_args) through its closing brace: in ttt-to-cpu's IR,
# the loop over a sequence's full mini-batches (every other loop has a
# constant or a `%dim` bound).
# Reads the whole input, so that the writer never sees a closed pipe.
!done && !inloop &&
    /^ *(%[0-9a-z_:]+ = )?scf\.for %[a-z0-9_]+ = %c0 to %[0-9]+ step %c1 .*\{$/ {
  inloop = 1
  end = substr($0, 1, match($0, /[^ ]/) - 1) "}"
}
inloop { print }
inloop && $0 == end { inloop = 0; done = 1 }
