func.func private @objective(%x0: tensor<4x4xf64>, %x1: tensor<1x4xf64>, %x2: tensor<4x4xf64>, %x3: tensor<1x4xf64>, %x4: tensor<?x4xf64>, %x5: tensor<?x4xf64>, %x6: tensor<?x4xf64>, %x7: tensor<?xf64>, %x8: tensor<?xf64>, %x9: tensor<4xf64>, %x10: tensor<4xf64>, %x11: i1, %ct0: tensor<?x4xf64>, %ct1: tensor<4x4xf64>, %ct2: tensor<1x4xf64>) -> f64 {
  %f0, %f1, %f2 = func.call @lin_segment(%x0, %x1, %x2, %x3, %x4, %x5, %x6, %x7, %x8, %x9, %x10, %x11) : (tensor<4x4xf64>, tensor<1x4xf64>, tensor<4x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1) -> (tensor<?x4xf64>, tensor<4x4xf64>, tensor<1x4xf64>)
  %v1 = arith.constant 0.0 : f64
  %v2 = tensor.from_elements %v1 : tensor<f64>
  %v3 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%ct0, %f0 : tensor<?x4xf64>, tensor<?x4xf64>) outs(%v2 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v4 = tensor.extract %v3[] : tensor<f64>
  %v5 = arith.constant 0.0 : f64
  %v6 = tensor.from_elements %v5 : tensor<f64>
  %v7 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%ct1, %f1 : tensor<4x4xf64>, tensor<4x4xf64>) outs(%v6 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v8 = tensor.extract %v7[] : tensor<f64>
  %v9 = arith.addf %v4, %v8 : f64
  %v10 = arith.constant 0.0 : f64
  %v11 = tensor.from_elements %v10 : tensor<f64>
  %v12 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%ct2, %f2 : tensor<1x4xf64>, tensor<1x4xf64>) outs(%v11 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v13 = tensor.extract %v12[] : tensor<f64>
  %v14 = arith.addf %v9, %v13 : f64
  return %v14 : f64
}

func.func @main() {
  %v15 = tensor.empty() : tensor<4x4xf64>
  %v16 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v15 : tensor<4x4xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 1.37 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %i1 = linalg.index 1 : index
    %c1 = arith.index_cast %i1 : index to i64
    %f1 = arith.sitofp %c1 : i64 to f64
    %m1 = arith.constant 2.08 : f64
    %t1 = arith.mulf %f1, %m1 : f64
    %s0 = arith.constant 0.5 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %a1 = arith.addf %a0, %t1 : f64
    %sin = math.sin %a1 : f64
    %k = arith.constant 1.0 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<4x4xf64>
  %v17 = tensor.cast %v16 : tensor<4x4xf64> to tensor<4x4xf64>
  %v18 = tensor.empty() : tensor<1x4xf64>
  %v19 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v18 : tensor<1x4xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 1.4800000000000002 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %i1 = linalg.index 1 : index
    %c1 = arith.index_cast %i1 : index to i64
    %f1 = arith.sitofp %c1 : i64 to f64
    %m1 = arith.constant 2.19 : f64
    %t1 = arith.mulf %f1, %m1 : f64
    %s0 = arith.constant 1.4300000000000002 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %a1 = arith.addf %a0, %t1 : f64
    %sin = math.sin %a1 : f64
    %k = arith.constant 1.0 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<1x4xf64>
  %v20 = tensor.cast %v19 : tensor<1x4xf64> to tensor<1x4xf64>
  %v21 = tensor.empty() : tensor<4x4xf64>
  %v22 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v21 : tensor<4x4xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 1.59 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %i1 = linalg.index 1 : index
    %c1 = arith.index_cast %i1 : index to i64
    %f1 = arith.sitofp %c1 : i64 to f64
    %m1 = arith.constant 2.3000000000000003 : f64
    %t1 = arith.mulf %f1, %m1 : f64
    %s0 = arith.constant 2.3600000000000003 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %a1 = arith.addf %a0, %t1 : f64
    %sin = math.sin %a1 : f64
    %k = arith.constant 1.0 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<4x4xf64>
  %v23 = tensor.cast %v22 : tensor<4x4xf64> to tensor<4x4xf64>
  %v24 = tensor.empty() : tensor<1x4xf64>
  %v25 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v24 : tensor<1x4xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 1.7000000000000002 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %i1 = linalg.index 1 : index
    %c1 = arith.index_cast %i1 : index to i64
    %f1 = arith.sitofp %c1 : i64 to f64
    %m1 = arith.constant 2.41 : f64
    %t1 = arith.mulf %f1, %m1 : f64
    %s0 = arith.constant 3.29 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %a1 = arith.addf %a0, %t1 : f64
    %sin = math.sin %a1 : f64
    %k = arith.constant 1.0 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<1x4xf64>
  %v26 = tensor.cast %v25 : tensor<1x4xf64> to tensor<1x4xf64>
  %v27 = tensor.empty() : tensor<3x4xf64>
  %v28 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v27 : tensor<3x4xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 1.81 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %i1 = linalg.index 1 : index
    %c1 = arith.index_cast %i1 : index to i64
    %f1 = arith.sitofp %c1 : i64 to f64
    %m1 = arith.constant 2.52 : f64
    %t1 = arith.mulf %f1, %m1 : f64
    %s0 = arith.constant 4.220000000000001 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %a1 = arith.addf %a0, %t1 : f64
    %sin = math.sin %a1 : f64
    %k = arith.constant 1.0 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<3x4xf64>
  %v29 = tensor.cast %v28 : tensor<3x4xf64> to tensor<?x4xf64>
  %v30 = tensor.empty() : tensor<3x4xf64>
  %v31 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v30 : tensor<3x4xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 1.9200000000000002 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %i1 = linalg.index 1 : index
    %c1 = arith.index_cast %i1 : index to i64
    %f1 = arith.sitofp %c1 : i64 to f64
    %m1 = arith.constant 2.63 : f64
    %t1 = arith.mulf %f1, %m1 : f64
    %s0 = arith.constant 5.15 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %a1 = arith.addf %a0, %t1 : f64
    %sin = math.sin %a1 : f64
    %k = arith.constant 1.0 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<3x4xf64>
  %v32 = tensor.cast %v31 : tensor<3x4xf64> to tensor<?x4xf64>
  %v33 = tensor.empty() : tensor<3x4xf64>
  %v34 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v33 : tensor<3x4xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 2.0300000000000002 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %i1 = linalg.index 1 : index
    %c1 = arith.index_cast %i1 : index to i64
    %f1 = arith.sitofp %c1 : i64 to f64
    %m1 = arith.constant 2.74 : f64
    %t1 = arith.mulf %f1, %m1 : f64
    %s0 = arith.constant 6.08 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %a1 = arith.addf %a0, %t1 : f64
    %sin = math.sin %a1 : f64
    %k = arith.constant 1.0 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<3x4xf64>
  %v35 = tensor.cast %v34 : tensor<3x4xf64> to tensor<?x4xf64>
  %v36 = tensor.empty() : tensor<3xf64>
  %v37 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} outs(%v36 : tensor<3xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 2.14 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %s0 = arith.constant 7.010000000000001 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %sin = math.sin %a0 : f64
    %k = arith.constant 0.1 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<3xf64>
  %v38 = tensor.cast %v37 : tensor<3xf64> to tensor<?xf64>
  %v39 = tensor.empty() : tensor<3xf64>
  %v40 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} outs(%v39 : tensor<3xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 2.25 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %s0 = arith.constant 7.94 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %sin = math.sin %a0 : f64
    %k = arith.constant 0.1 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<3xf64>
  %v41 = tensor.cast %v40 : tensor<3xf64> to tensor<?xf64>
  %v42 = tensor.empty() : tensor<4xf64>
  %v43 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} outs(%v42 : tensor<4xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 2.3600000000000003 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %s0 = arith.constant 8.870000000000001 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %sin = math.sin %a0 : f64
    %k = arith.constant 1.0 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<4xf64>
  %v44 = tensor.cast %v43 : tensor<4xf64> to tensor<4xf64>
  %v45 = tensor.empty() : tensor<4xf64>
  %v46 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} outs(%v45 : tensor<4xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 2.47 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %s0 = arith.constant 9.8 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %sin = math.sin %a0 : f64
    %k = arith.constant 1.0 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<4xf64>
  %v47 = tensor.cast %v46 : tensor<4xf64> to tensor<4xf64>
  %v48 = arith.constant false
  %v49 = tensor.empty() : tensor<3x4xf64>
  %v50 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v49 : tensor<3x4xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 6.87 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %i1 = linalg.index 1 : index
    %c1 = arith.index_cast %i1 : index to i64
    %f1 = arith.sitofp %c1 : i64 to f64
    %m1 = arith.constant 7.58 : f64
    %t1 = arith.mulf %f1, %m1 : f64
    %s0 = arith.constant 47.0 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %a1 = arith.addf %a0, %t1 : f64
    %sin = math.sin %a1 : f64
    %k = arith.constant 1.0 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<3x4xf64>
  %v51 = tensor.cast %v50 : tensor<3x4xf64> to tensor<?x4xf64>
  %v52 = tensor.empty() : tensor<4x4xf64>
  %v53 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v52 : tensor<4x4xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 6.98 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %i1 = linalg.index 1 : index
    %c1 = arith.index_cast %i1 : index to i64
    %f1 = arith.sitofp %c1 : i64 to f64
    %m1 = arith.constant 7.69 : f64
    %t1 = arith.mulf %f1, %m1 : f64
    %s0 = arith.constant 47.93 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %a1 = arith.addf %a0, %t1 : f64
    %sin = math.sin %a1 : f64
    %k = arith.constant 1.0 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<4x4xf64>
  %v54 = tensor.cast %v53 : tensor<4x4xf64> to tensor<4x4xf64>
  %v55 = tensor.empty() : tensor<1x4xf64>
  %v56 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v55 : tensor<1x4xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 7.09 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %i1 = linalg.index 1 : index
    %c1 = arith.index_cast %i1 : index to i64
    %f1 = arith.sitofp %c1 : i64 to f64
    %m1 = arith.constant 7.8 : f64
    %t1 = arith.mulf %f1, %m1 : f64
    %s0 = arith.constant 48.86 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %a1 = arith.addf %a0, %t1 : f64
    %sin = math.sin %a1 : f64
    %k = arith.constant 1.0 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<1x4xf64>
  %v57 = tensor.cast %v56 : tensor<1x4xf64> to tensor<1x4xf64>
  %g0, %g1, %g2, %g3, %g4, %g5, %g6, %g7, %g8, %g9, %g10 = func.call @lin_segment_vjp(%v17, %v20, %v23, %v26, %v29, %v32, %v35, %v38, %v41, %v44, %v47, %v48, %v51, %v54, %v57) : (tensor<4x4xf64>, tensor<1x4xf64>, tensor<4x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x4xf64>, tensor<1x4xf64>) -> (tensor<4x4xf64>, tensor<1x4xf64>, tensor<4x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>)
  %h = arith.constant 1.000000e-05 : f64
  %mh = arith.constant -1.000000e-05 : f64
  %twoh = arith.constant 2.000000e-05 : f64
  %tol = arith.constant 1.000000e-06 : f64
  %v58 = tensor.empty() : tensor<4x4xf64>
  %v59 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v58 : tensor<4x4xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 12.370000000000001 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %i1 = linalg.index 1 : index
    %c1 = arith.index_cast %i1 : index to i64
    %f1 = arith.sitofp %c1 : i64 to f64
    %m1 = arith.constant 13.08 : f64
    %t1 = arith.mulf %f1, %m1 : f64
    %s0 = arith.constant 93.5 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %a1 = arith.addf %a0, %t1 : f64
    %sin = math.sin %a1 : f64
    %k = arith.constant 1.0 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<4x4xf64>
  %v60 = tensor.cast %v59 : tensor<4x4xf64> to tensor<4x4xf64>
  %v61 = arith.constant 0.0 : f64
  %v62 = tensor.from_elements %v61 : tensor<f64>
  %v63 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g0, %v60 : tensor<4x4xf64>, tensor<4x4xf64>) outs(%v62 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v64 = tensor.extract %v63[] : tensor<f64>
  %v65 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v60, %v17 : tensor<4x4xf64>, tensor<4x4xf64>) outs(%v17 : tensor<4x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<4x4xf64>
  %v66 = func.call @objective(%v65, %v20, %v23, %v26, %v29, %v32, %v35, %v38, %v41, %v44, %v47, %v48, %v51, %v54, %v57) : (tensor<4x4xf64>, tensor<1x4xf64>, tensor<4x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x4xf64>, tensor<1x4xf64>) -> f64
  %v67 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v60, %v17 : tensor<4x4xf64>, tensor<4x4xf64>) outs(%v17 : tensor<4x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<4x4xf64>
  %v68 = func.call @objective(%v67, %v20, %v23, %v26, %v29, %v32, %v35, %v38, %v41, %v44, %v47, %v48, %v51, %v54, %v57) : (tensor<4x4xf64>, tensor<1x4xf64>, tensor<4x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x4xf64>, tensor<1x4xf64>) -> f64
  %v69 = arith.subf %v66, %v68 : f64
  %v70 = arith.divf %v69, %twoh : f64
  %v71 = arith.subf %v64, %v70 : f64
  %v72 = math.absf %v71 : f64
  %v73 = math.absf %v70 : f64
  %v74 = arith.divf %v72, %v73 : f64
  %v75 = arith.cmpf olt, %v74, %tol : f64
  scf.if %v75 {
    vector.print str "PASS W1 "
  } else {
    vector.print str "FAIL W1 "
  }
  vector.print %v74 : f64
  %v76 = tensor.empty() : tensor<1x4xf64>
  %v77 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v76 : tensor<1x4xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 12.48 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %i1 = linalg.index 1 : index
    %c1 = arith.index_cast %i1 : index to i64
    %f1 = arith.sitofp %c1 : i64 to f64
    %m1 = arith.constant 13.19 : f64
    %t1 = arith.mulf %f1, %m1 : f64
    %s0 = arith.constant 94.43 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %a1 = arith.addf %a0, %t1 : f64
    %sin = math.sin %a1 : f64
    %k = arith.constant 1.0 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<1x4xf64>
  %v78 = tensor.cast %v77 : tensor<1x4xf64> to tensor<1x4xf64>
  %v79 = arith.constant 0.0 : f64
  %v80 = tensor.from_elements %v79 : tensor<f64>
  %v81 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g1, %v78 : tensor<1x4xf64>, tensor<1x4xf64>) outs(%v80 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v82 = tensor.extract %v81[] : tensor<f64>
  %v83 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v78, %v20 : tensor<1x4xf64>, tensor<1x4xf64>) outs(%v20 : tensor<1x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<1x4xf64>
  %v84 = func.call @objective(%v17, %v83, %v23, %v26, %v29, %v32, %v35, %v38, %v41, %v44, %v47, %v48, %v51, %v54, %v57) : (tensor<4x4xf64>, tensor<1x4xf64>, tensor<4x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x4xf64>, tensor<1x4xf64>) -> f64
  %v85 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v78, %v20 : tensor<1x4xf64>, tensor<1x4xf64>) outs(%v20 : tensor<1x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<1x4xf64>
  %v86 = func.call @objective(%v17, %v85, %v23, %v26, %v29, %v32, %v35, %v38, %v41, %v44, %v47, %v48, %v51, %v54, %v57) : (tensor<4x4xf64>, tensor<1x4xf64>, tensor<4x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x4xf64>, tensor<1x4xf64>) -> f64
  %v87 = arith.subf %v84, %v86 : f64
  %v88 = arith.divf %v87, %twoh : f64
  %v89 = arith.subf %v82, %v88 : f64
  %v90 = math.absf %v89 : f64
  %v91 = math.absf %v88 : f64
  %v92 = arith.divf %v90, %v91 : f64
  %v93 = arith.cmpf olt, %v92, %tol : f64
  scf.if %v93 {
    vector.print str "PASS b1 "
  } else {
    vector.print str "FAIL b1 "
  }
  vector.print %v92 : f64
  %v94 = tensor.empty() : tensor<4x4xf64>
  %v95 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v94 : tensor<4x4xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 12.59 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %i1 = linalg.index 1 : index
    %c1 = arith.index_cast %i1 : index to i64
    %f1 = arith.sitofp %c1 : i64 to f64
    %m1 = arith.constant 13.3 : f64
    %t1 = arith.mulf %f1, %m1 : f64
    %s0 = arith.constant 95.36 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %a1 = arith.addf %a0, %t1 : f64
    %sin = math.sin %a1 : f64
    %k = arith.constant 1.0 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<4x4xf64>
  %v96 = tensor.cast %v95 : tensor<4x4xf64> to tensor<4x4xf64>
  %v97 = arith.constant 0.0 : f64
  %v98 = tensor.from_elements %v97 : tensor<f64>
  %v99 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g2, %v96 : tensor<4x4xf64>, tensor<4x4xf64>) outs(%v98 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v100 = tensor.extract %v99[] : tensor<f64>
  %v101 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v96, %v23 : tensor<4x4xf64>, tensor<4x4xf64>) outs(%v23 : tensor<4x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<4x4xf64>
  %v102 = func.call @objective(%v17, %v20, %v101, %v26, %v29, %v32, %v35, %v38, %v41, %v44, %v47, %v48, %v51, %v54, %v57) : (tensor<4x4xf64>, tensor<1x4xf64>, tensor<4x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x4xf64>, tensor<1x4xf64>) -> f64
  %v103 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v96, %v23 : tensor<4x4xf64>, tensor<4x4xf64>) outs(%v23 : tensor<4x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<4x4xf64>
  %v104 = func.call @objective(%v17, %v20, %v103, %v26, %v29, %v32, %v35, %v38, %v41, %v44, %v47, %v48, %v51, %v54, %v57) : (tensor<4x4xf64>, tensor<1x4xf64>, tensor<4x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x4xf64>, tensor<1x4xf64>) -> f64
  %v105 = arith.subf %v102, %v104 : f64
  %v106 = arith.divf %v105, %twoh : f64
  %v107 = arith.subf %v100, %v106 : f64
  %v108 = math.absf %v107 : f64
  %v109 = math.absf %v106 : f64
  %v110 = arith.divf %v108, %v109 : f64
  %v111 = arith.cmpf olt, %v110, %tol : f64
  scf.if %v111 {
    vector.print str "PASS W1.grad_sum "
  } else {
    vector.print str "FAIL W1.grad_sum "
  }
  vector.print %v110 : f64
  %v112 = tensor.empty() : tensor<1x4xf64>
  %v113 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v112 : tensor<1x4xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 12.7 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %i1 = linalg.index 1 : index
    %c1 = arith.index_cast %i1 : index to i64
    %f1 = arith.sitofp %c1 : i64 to f64
    %m1 = arith.constant 13.41 : f64
    %t1 = arith.mulf %f1, %m1 : f64
    %s0 = arith.constant 96.29 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %a1 = arith.addf %a0, %t1 : f64
    %sin = math.sin %a1 : f64
    %k = arith.constant 1.0 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<1x4xf64>
  %v114 = tensor.cast %v113 : tensor<1x4xf64> to tensor<1x4xf64>
  %v115 = arith.constant 0.0 : f64
  %v116 = tensor.from_elements %v115 : tensor<f64>
  %v117 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g3, %v114 : tensor<1x4xf64>, tensor<1x4xf64>) outs(%v116 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v118 = tensor.extract %v117[] : tensor<f64>
  %v119 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v114, %v26 : tensor<1x4xf64>, tensor<1x4xf64>) outs(%v26 : tensor<1x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<1x4xf64>
  %v120 = func.call @objective(%v17, %v20, %v23, %v119, %v29, %v32, %v35, %v38, %v41, %v44, %v47, %v48, %v51, %v54, %v57) : (tensor<4x4xf64>, tensor<1x4xf64>, tensor<4x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x4xf64>, tensor<1x4xf64>) -> f64
  %v121 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v114, %v26 : tensor<1x4xf64>, tensor<1x4xf64>) outs(%v26 : tensor<1x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<1x4xf64>
  %v122 = func.call @objective(%v17, %v20, %v23, %v121, %v29, %v32, %v35, %v38, %v41, %v44, %v47, %v48, %v51, %v54, %v57) : (tensor<4x4xf64>, tensor<1x4xf64>, tensor<4x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x4xf64>, tensor<1x4xf64>) -> f64
  %v123 = arith.subf %v120, %v122 : f64
  %v124 = arith.divf %v123, %twoh : f64
  %v125 = arith.subf %v118, %v124 : f64
  %v126 = math.absf %v125 : f64
  %v127 = math.absf %v124 : f64
  %v128 = arith.divf %v126, %v127 : f64
  %v129 = arith.cmpf olt, %v128, %tol : f64
  scf.if %v129 {
    vector.print str "PASS b1.grad_sum "
  } else {
    vector.print str "FAIL b1.grad_sum "
  }
  vector.print %v128 : f64
  %v130 = tensor.empty() : tensor<3x4xf64>
  %v131 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v130 : tensor<3x4xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 12.809999999999999 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %i1 = linalg.index 1 : index
    %c1 = arith.index_cast %i1 : index to i64
    %f1 = arith.sitofp %c1 : i64 to f64
    %m1 = arith.constant 13.52 : f64
    %t1 = arith.mulf %f1, %m1 : f64
    %s0 = arith.constant 97.22 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %a1 = arith.addf %a0, %t1 : f64
    %sin = math.sin %a1 : f64
    %k = arith.constant 1.0 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<3x4xf64>
  %v132 = tensor.cast %v131 : tensor<3x4xf64> to tensor<?x4xf64>
  %v133 = arith.constant 0.0 : f64
  %v134 = tensor.from_elements %v133 : tensor<f64>
  %v135 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g4, %v132 : tensor<?x4xf64>, tensor<?x4xf64>) outs(%v134 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v136 = tensor.extract %v135[] : tensor<f64>
  %v137 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v132, %v29 : tensor<?x4xf64>, tensor<?x4xf64>) outs(%v29 : tensor<?x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?x4xf64>
  %v138 = func.call @objective(%v17, %v20, %v23, %v26, %v137, %v32, %v35, %v38, %v41, %v44, %v47, %v48, %v51, %v54, %v57) : (tensor<4x4xf64>, tensor<1x4xf64>, tensor<4x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x4xf64>, tensor<1x4xf64>) -> f64
  %v139 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v132, %v29 : tensor<?x4xf64>, tensor<?x4xf64>) outs(%v29 : tensor<?x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?x4xf64>
  %v140 = func.call @objective(%v17, %v20, %v23, %v26, %v139, %v32, %v35, %v38, %v41, %v44, %v47, %v48, %v51, %v54, %v57) : (tensor<4x4xf64>, tensor<1x4xf64>, tensor<4x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x4xf64>, tensor<1x4xf64>) -> f64
  %v141 = arith.subf %v138, %v140 : f64
  %v142 = arith.divf %v141, %twoh : f64
  %v143 = arith.subf %v136, %v142 : f64
  %v144 = math.absf %v143 : f64
  %v145 = math.absf %v142 : f64
  %v146 = arith.divf %v144, %v145 : f64
  %v147 = arith.cmpf olt, %v146, %tol : f64
  scf.if %v147 {
    vector.print str "PASS XQ "
  } else {
    vector.print str "FAIL XQ "
  }
  vector.print %v146 : f64
  %v148 = tensor.empty() : tensor<3x4xf64>
  %v149 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v148 : tensor<3x4xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 12.920000000000002 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %i1 = linalg.index 1 : index
    %c1 = arith.index_cast %i1 : index to i64
    %f1 = arith.sitofp %c1 : i64 to f64
    %m1 = arith.constant 13.63 : f64
    %t1 = arith.mulf %f1, %m1 : f64
    %s0 = arith.constant 98.15 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %a1 = arith.addf %a0, %t1 : f64
    %sin = math.sin %a1 : f64
    %k = arith.constant 1.0 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<3x4xf64>
  %v150 = tensor.cast %v149 : tensor<3x4xf64> to tensor<?x4xf64>
  %v151 = arith.constant 0.0 : f64
  %v152 = tensor.from_elements %v151 : tensor<f64>
  %v153 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g5, %v150 : tensor<?x4xf64>, tensor<?x4xf64>) outs(%v152 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v154 = tensor.extract %v153[] : tensor<f64>
  %v155 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v150, %v32 : tensor<?x4xf64>, tensor<?x4xf64>) outs(%v32 : tensor<?x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?x4xf64>
  %v156 = func.call @objective(%v17, %v20, %v23, %v26, %v29, %v155, %v35, %v38, %v41, %v44, %v47, %v48, %v51, %v54, %v57) : (tensor<4x4xf64>, tensor<1x4xf64>, tensor<4x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x4xf64>, tensor<1x4xf64>) -> f64
  %v157 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v150, %v32 : tensor<?x4xf64>, tensor<?x4xf64>) outs(%v32 : tensor<?x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?x4xf64>
  %v158 = func.call @objective(%v17, %v20, %v23, %v26, %v29, %v157, %v35, %v38, %v41, %v44, %v47, %v48, %v51, %v54, %v57) : (tensor<4x4xf64>, tensor<1x4xf64>, tensor<4x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x4xf64>, tensor<1x4xf64>) -> f64
  %v159 = arith.subf %v156, %v158 : f64
  %v160 = arith.divf %v159, %twoh : f64
  %v161 = arith.subf %v154, %v160 : f64
  %v162 = math.absf %v161 : f64
  %v163 = math.absf %v160 : f64
  %v164 = arith.divf %v162, %v163 : f64
  %v165 = arith.cmpf olt, %v164, %tol : f64
  scf.if %v165 {
    vector.print str "PASS XK "
  } else {
    vector.print str "FAIL XK "
  }
  vector.print %v164 : f64
  %v166 = tensor.empty() : tensor<3x4xf64>
  %v167 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v166 : tensor<3x4xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 13.030000000000001 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %i1 = linalg.index 1 : index
    %c1 = arith.index_cast %i1 : index to i64
    %f1 = arith.sitofp %c1 : i64 to f64
    %m1 = arith.constant 13.74 : f64
    %t1 = arith.mulf %f1, %m1 : f64
    %s0 = arith.constant 99.08 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %a1 = arith.addf %a0, %t1 : f64
    %sin = math.sin %a1 : f64
    %k = arith.constant 1.0 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<3x4xf64>
  %v168 = tensor.cast %v167 : tensor<3x4xf64> to tensor<?x4xf64>
  %v169 = arith.constant 0.0 : f64
  %v170 = tensor.from_elements %v169 : tensor<f64>
  %v171 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g6, %v168 : tensor<?x4xf64>, tensor<?x4xf64>) outs(%v170 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v172 = tensor.extract %v171[] : tensor<f64>
  %v173 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v168, %v35 : tensor<?x4xf64>, tensor<?x4xf64>) outs(%v35 : tensor<?x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?x4xf64>
  %v174 = func.call @objective(%v17, %v20, %v23, %v26, %v29, %v32, %v173, %v38, %v41, %v44, %v47, %v48, %v51, %v54, %v57) : (tensor<4x4xf64>, tensor<1x4xf64>, tensor<4x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x4xf64>, tensor<1x4xf64>) -> f64
  %v175 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v168, %v35 : tensor<?x4xf64>, tensor<?x4xf64>) outs(%v35 : tensor<?x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?x4xf64>
  %v176 = func.call @objective(%v17, %v20, %v23, %v26, %v29, %v32, %v175, %v38, %v41, %v44, %v47, %v48, %v51, %v54, %v57) : (tensor<4x4xf64>, tensor<1x4xf64>, tensor<4x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x4xf64>, tensor<1x4xf64>) -> f64
  %v177 = arith.subf %v174, %v176 : f64
  %v178 = arith.divf %v177, %twoh : f64
  %v179 = arith.subf %v172, %v178 : f64
  %v180 = math.absf %v179 : f64
  %v181 = math.absf %v178 : f64
  %v182 = arith.divf %v180, %v181 : f64
  %v183 = arith.cmpf olt, %v182, %tol : f64
  scf.if %v183 {
    vector.print str "PASS XV "
  } else {
    vector.print str "FAIL XV "
  }
  vector.print %v182 : f64
  %v184 = tensor.empty() : tensor<3xf64>
  %v185 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} outs(%v184 : tensor<3xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 13.14 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %s0 = arith.constant 100.01 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %sin = math.sin %a0 : f64
    %k = arith.constant 1.0 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<3xf64>
  %v186 = tensor.cast %v185 : tensor<3xf64> to tensor<?xf64>
  %v187 = arith.constant 0.0 : f64
  %v188 = tensor.from_elements %v187 : tensor<f64>
  %v189 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> ()>], iterator_types = ["reduction"]} ins(%g7, %v186 : tensor<?xf64>, tensor<?xf64>) outs(%v188 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v190 = tensor.extract %v189[] : tensor<f64>
  %v191 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%v186, %v38 : tensor<?xf64>, tensor<?xf64>) outs(%v38 : tensor<?xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?xf64>
  %v192 = func.call @objective(%v17, %v20, %v23, %v26, %v29, %v32, %v35, %v191, %v41, %v44, %v47, %v48, %v51, %v54, %v57) : (tensor<4x4xf64>, tensor<1x4xf64>, tensor<4x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x4xf64>, tensor<1x4xf64>) -> f64
  %v193 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%v186, %v38 : tensor<?xf64>, tensor<?xf64>) outs(%v38 : tensor<?xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?xf64>
  %v194 = func.call @objective(%v17, %v20, %v23, %v26, %v29, %v32, %v35, %v193, %v41, %v44, %v47, %v48, %v51, %v54, %v57) : (tensor<4x4xf64>, tensor<1x4xf64>, tensor<4x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x4xf64>, tensor<1x4xf64>) -> f64
  %v195 = arith.subf %v192, %v194 : f64
  %v196 = arith.divf %v195, %twoh : f64
  %v197 = arith.subf %v190, %v196 : f64
  %v198 = math.absf %v197 : f64
  %v199 = math.absf %v196 : f64
  %v200 = arith.divf %v198, %v199 : f64
  %v201 = arith.cmpf olt, %v200, %tol : f64
  scf.if %v201 {
    vector.print str "PASS lr "
  } else {
    vector.print str "FAIL lr "
  }
  vector.print %v200 : f64
  %v202 = tensor.empty() : tensor<3xf64>
  %v203 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} outs(%v202 : tensor<3xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 13.25 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %s0 = arith.constant 100.94000000000001 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %sin = math.sin %a0 : f64
    %k = arith.constant 1.0 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<3xf64>
  %v204 = tensor.cast %v203 : tensor<3xf64> to tensor<?xf64>
  %v205 = arith.constant 0.0 : f64
  %v206 = tensor.from_elements %v205 : tensor<f64>
  %v207 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> ()>], iterator_types = ["reduction"]} ins(%g8, %v204 : tensor<?xf64>, tensor<?xf64>) outs(%v206 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v208 = tensor.extract %v207[] : tensor<f64>
  %v209 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%v204, %v41 : tensor<?xf64>, tensor<?xf64>) outs(%v41 : tensor<?xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?xf64>
  %v210 = func.call @objective(%v17, %v20, %v23, %v26, %v29, %v32, %v35, %v38, %v209, %v44, %v47, %v48, %v51, %v54, %v57) : (tensor<4x4xf64>, tensor<1x4xf64>, tensor<4x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x4xf64>, tensor<1x4xf64>) -> f64
  %v211 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%v204, %v41 : tensor<?xf64>, tensor<?xf64>) outs(%v41 : tensor<?xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?xf64>
  %v212 = func.call @objective(%v17, %v20, %v23, %v26, %v29, %v32, %v35, %v38, %v211, %v44, %v47, %v48, %v51, %v54, %v57) : (tensor<4x4xf64>, tensor<1x4xf64>, tensor<4x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x4xf64>, tensor<1x4xf64>) -> f64
  %v213 = arith.subf %v210, %v212 : f64
  %v214 = arith.divf %v213, %twoh : f64
  %v215 = arith.subf %v208, %v214 : f64
  %v216 = math.absf %v215 : f64
  %v217 = math.absf %v214 : f64
  %v218 = arith.divf %v216, %v217 : f64
  %v219 = arith.cmpf olt, %v218, %tol : f64
  scf.if %v219 {
    vector.print str "PASS ts "
  } else {
    vector.print str "FAIL ts "
  }
  vector.print %v218 : f64
  %v220 = tensor.empty() : tensor<4xf64>
  %v221 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} outs(%v220 : tensor<4xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 13.36 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %s0 = arith.constant 101.87 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %sin = math.sin %a0 : f64
    %k = arith.constant 1.0 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<4xf64>
  %v222 = tensor.cast %v221 : tensor<4xf64> to tensor<4xf64>
  %v223 = arith.constant 0.0 : f64
  %v224 = tensor.from_elements %v223 : tensor<f64>
  %v225 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> ()>], iterator_types = ["reduction"]} ins(%g9, %v222 : tensor<4xf64>, tensor<4xf64>) outs(%v224 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v226 = tensor.extract %v225[] : tensor<f64>
  %v227 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%v222, %v44 : tensor<4xf64>, tensor<4xf64>) outs(%v44 : tensor<4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<4xf64>
  %v228 = func.call @objective(%v17, %v20, %v23, %v26, %v29, %v32, %v35, %v38, %v41, %v227, %v47, %v48, %v51, %v54, %v57) : (tensor<4x4xf64>, tensor<1x4xf64>, tensor<4x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x4xf64>, tensor<1x4xf64>) -> f64
  %v229 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%v222, %v44 : tensor<4xf64>, tensor<4xf64>) outs(%v44 : tensor<4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<4xf64>
  %v230 = func.call @objective(%v17, %v20, %v23, %v26, %v29, %v32, %v35, %v38, %v41, %v229, %v47, %v48, %v51, %v54, %v57) : (tensor<4x4xf64>, tensor<1x4xf64>, tensor<4x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x4xf64>, tensor<1x4xf64>) -> f64
  %v231 = arith.subf %v228, %v230 : f64
  %v232 = arith.divf %v231, %twoh : f64
  %v233 = arith.subf %v226, %v232 : f64
  %v234 = math.absf %v233 : f64
  %v235 = math.absf %v232 : f64
  %v236 = arith.divf %v234, %v235 : f64
  %v237 = arith.cmpf olt, %v236, %tol : f64
  scf.if %v237 {
    vector.print str "PASS ln_weight "
  } else {
    vector.print str "FAIL ln_weight "
  }
  vector.print %v236 : f64
  %v238 = tensor.empty() : tensor<4xf64>
  %v239 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} outs(%v238 : tensor<4xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 13.469999999999999 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %s0 = arith.constant 102.80000000000001 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %sin = math.sin %a0 : f64
    %k = arith.constant 1.0 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<4xf64>
  %v240 = tensor.cast %v239 : tensor<4xf64> to tensor<4xf64>
  %v241 = arith.constant 0.0 : f64
  %v242 = tensor.from_elements %v241 : tensor<f64>
  %v243 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> ()>], iterator_types = ["reduction"]} ins(%g10, %v240 : tensor<4xf64>, tensor<4xf64>) outs(%v242 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v244 = tensor.extract %v243[] : tensor<f64>
  %v245 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%v240, %v47 : tensor<4xf64>, tensor<4xf64>) outs(%v47 : tensor<4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<4xf64>
  %v246 = func.call @objective(%v17, %v20, %v23, %v26, %v29, %v32, %v35, %v38, %v41, %v44, %v245, %v48, %v51, %v54, %v57) : (tensor<4x4xf64>, tensor<1x4xf64>, tensor<4x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x4xf64>, tensor<1x4xf64>) -> f64
  %v247 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%v240, %v47 : tensor<4xf64>, tensor<4xf64>) outs(%v47 : tensor<4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<4xf64>
  %v248 = func.call @objective(%v17, %v20, %v23, %v26, %v29, %v32, %v35, %v38, %v41, %v44, %v247, %v48, %v51, %v54, %v57) : (tensor<4x4xf64>, tensor<1x4xf64>, tensor<4x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x4xf64>, tensor<1x4xf64>) -> f64
  %v249 = arith.subf %v246, %v248 : f64
  %v250 = arith.divf %v249, %twoh : f64
  %v251 = arith.subf %v244, %v250 : f64
  %v252 = math.absf %v251 : f64
  %v253 = math.absf %v250 : f64
  %v254 = arith.divf %v252, %v253 : f64
  %v255 = arith.cmpf olt, %v254, %tol : f64
  scf.if %v255 {
    vector.print str "PASS ln_bias "
  } else {
    vector.print str "FAIL ln_bias "
  }
  vector.print %v254 : f64
  return
}
