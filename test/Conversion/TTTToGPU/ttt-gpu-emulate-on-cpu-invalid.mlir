// RUN: not ttt-opt %s --ttt-gpu-emulate-on-cpu="thread-order=sideways" 2>&1 | FileCheck %s

// CHECK: ttt-gpu-emulate-on-cpu: unknown thread-order 'sideways' (expected 'reversed' or 'random')
module {
}
