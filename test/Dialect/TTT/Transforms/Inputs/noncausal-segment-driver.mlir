func.func private @objective(%x0: tensor<16x16xf64>, %x1: tensor<1x16xf64>, %x2: tensor<16x16xf64>, %x3: tensor<1x16xf64>, %x4: tensor<?x16xf64>, %x5: tensor<?x16xf64>, %x6: tensor<?x16xf64>, %x7: tensor<?xf64>, %x8: tensor<?xf64>, %x9: tensor<16xf64>, %x10: tensor<16xf64>, %ct0: tensor<?x16xf64>, %ct1: tensor<16x16xf64>, %ct2: tensor<1x16xf64>) -> f64 {
  %f0, %f1, %f2 = func.call @noncausal_segment(%x0, %x1, %x2, %x3, %x4, %x5, %x6, %x7, %x8, %x9, %x10) : (tensor<16x16xf64>, tensor<1x16xf64>, tensor<16x16xf64>, tensor<1x16xf64>, tensor<?x16xf64>, tensor<?x16xf64>, tensor<?x16xf64>, tensor<?xf64>, tensor<?xf64>, tensor<16xf64>, tensor<16xf64>) -> (tensor<?x16xf64>, tensor<16x16xf64>, tensor<1x16xf64>)
  %v1 = arith.constant 0.0 : f64
  %v2 = tensor.from_elements %v1 : tensor<f64>
  %v3 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%ct0, %f0 : tensor<?x16xf64>, tensor<?x16xf64>) outs(%v2 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v4 = tensor.extract %v3[] : tensor<f64>
  %v5 = arith.constant 0.0 : f64
  %v6 = tensor.from_elements %v5 : tensor<f64>
  %v7 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%ct1, %f1 : tensor<16x16xf64>, tensor<16x16xf64>) outs(%v6 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v8 = tensor.extract %v7[] : tensor<f64>
  %v9 = arith.addf %v4, %v8 : f64
  %v10 = arith.constant 0.0 : f64
  %v11 = tensor.from_elements %v10 : tensor<f64>
  %v12 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%ct2, %f2 : tensor<1x16xf64>, tensor<1x16xf64>) outs(%v11 : tensor<f64>) {
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
  %v15 = tensor.empty() : tensor<16x16xf64>
  %v16 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v15 : tensor<16x16xf64>) {
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
  } -> tensor<16x16xf64>
  %v17 = tensor.cast %v16 : tensor<16x16xf64> to tensor<16x16xf64>
  %v18 = tensor.empty() : tensor<1x16xf64>
  %v19 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v18 : tensor<1x16xf64>) {
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
  } -> tensor<1x16xf64>
  %v20 = tensor.cast %v19 : tensor<1x16xf64> to tensor<1x16xf64>
  %v21 = tensor.empty() : tensor<16x16xf64>
  %v22 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v21 : tensor<16x16xf64>) {
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
  } -> tensor<16x16xf64>
  %v23 = tensor.cast %v22 : tensor<16x16xf64> to tensor<16x16xf64>
  %v24 = tensor.empty() : tensor<1x16xf64>
  %v25 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v24 : tensor<1x16xf64>) {
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
  } -> tensor<1x16xf64>
  %v26 = tensor.cast %v25 : tensor<1x16xf64> to tensor<1x16xf64>
  %v27 = tensor.empty() : tensor<16x16xf64>
  %v28 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v27 : tensor<16x16xf64>) {
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
  } -> tensor<16x16xf64>
  %v29 = tensor.cast %v28 : tensor<16x16xf64> to tensor<?x16xf64>
  %v30 = tensor.empty() : tensor<16x16xf64>
  %v31 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v30 : tensor<16x16xf64>) {
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
  } -> tensor<16x16xf64>
  %v32 = tensor.cast %v31 : tensor<16x16xf64> to tensor<?x16xf64>
  %v33 = tensor.empty() : tensor<16x16xf64>
  %v34 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v33 : tensor<16x16xf64>) {
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
  } -> tensor<16x16xf64>
  %v35 = tensor.cast %v34 : tensor<16x16xf64> to tensor<?x16xf64>
  %v36 = tensor.empty() : tensor<16xf64>
  %v37 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} outs(%v36 : tensor<16xf64>) {
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
  } -> tensor<16xf64>
  %v38 = tensor.cast %v37 : tensor<16xf64> to tensor<?xf64>
  %v39 = tensor.empty() : tensor<16xf64>
  %v40 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} outs(%v39 : tensor<16xf64>) {
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
  } -> tensor<16xf64>
  %v41 = tensor.cast %v40 : tensor<16xf64> to tensor<?xf64>
  %v42 = tensor.empty() : tensor<16xf64>
  %v43 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} outs(%v42 : tensor<16xf64>) {
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
  } -> tensor<16xf64>
  %v44 = tensor.cast %v43 : tensor<16xf64> to tensor<16xf64>
  %v45 = tensor.empty() : tensor<16xf64>
  %v46 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} outs(%v45 : tensor<16xf64>) {
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
  } -> tensor<16xf64>
  %v47 = tensor.cast %v46 : tensor<16xf64> to tensor<16xf64>
  %v48 = tensor.empty() : tensor<16x16xf64>
  %v49 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v48 : tensor<16x16xf64>) {
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
  } -> tensor<16x16xf64>
  %v50 = tensor.cast %v49 : tensor<16x16xf64> to tensor<?x16xf64>
  %v51 = tensor.empty() : tensor<16x16xf64>
  %v52 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v51 : tensor<16x16xf64>) {
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
  } -> tensor<16x16xf64>
  %v53 = tensor.cast %v52 : tensor<16x16xf64> to tensor<16x16xf64>
  %v54 = tensor.empty() : tensor<1x16xf64>
  %v55 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v54 : tensor<1x16xf64>) {
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
  } -> tensor<1x16xf64>
  %v56 = tensor.cast %v55 : tensor<1x16xf64> to tensor<1x16xf64>
  %g0, %g1, %g2, %g3, %g4, %g5, %g6, %g7, %g8, %g9, %g10 = func.call @noncausal_segment_vjp(%v17, %v20, %v23, %v26, %v29, %v32, %v35, %v38, %v41, %v44, %v47, %v50, %v53, %v56) : (tensor<16x16xf64>, tensor<1x16xf64>, tensor<16x16xf64>, tensor<1x16xf64>, tensor<?x16xf64>, tensor<?x16xf64>, tensor<?x16xf64>, tensor<?xf64>, tensor<?xf64>, tensor<16xf64>, tensor<16xf64>, tensor<?x16xf64>, tensor<16x16xf64>, tensor<1x16xf64>) -> (tensor<16x16xf64>, tensor<1x16xf64>, tensor<16x16xf64>, tensor<1x16xf64>, tensor<?x16xf64>, tensor<?x16xf64>, tensor<?x16xf64>, tensor<?xf64>, tensor<?xf64>, tensor<16xf64>, tensor<16xf64>)
  %h = arith.constant 1.000000e-05 : f64
  %mh = arith.constant -1.000000e-05 : f64
  %twoh = arith.constant 2.000000e-05 : f64
  %tol = arith.constant 1.000000e-06 : f64
  %v57 = tensor.empty() : tensor<16x16xf64>
  %v58 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v57 : tensor<16x16xf64>) {
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
  } -> tensor<16x16xf64>
  %v59 = tensor.cast %v58 : tensor<16x16xf64> to tensor<16x16xf64>
  %v60 = arith.constant 0.0 : f64
  %v61 = tensor.from_elements %v60 : tensor<f64>
  %v62 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g0, %v59 : tensor<16x16xf64>, tensor<16x16xf64>) outs(%v61 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v63 = tensor.extract %v62[] : tensor<f64>
  %v64 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v59, %v17 : tensor<16x16xf64>, tensor<16x16xf64>) outs(%v17 : tensor<16x16xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<16x16xf64>
  %v65 = func.call @objective(%v64, %v20, %v23, %v26, %v29, %v32, %v35, %v38, %v41, %v44, %v47, %v50, %v53, %v56) : (tensor<16x16xf64>, tensor<1x16xf64>, tensor<16x16xf64>, tensor<1x16xf64>, tensor<?x16xf64>, tensor<?x16xf64>, tensor<?x16xf64>, tensor<?xf64>, tensor<?xf64>, tensor<16xf64>, tensor<16xf64>, tensor<?x16xf64>, tensor<16x16xf64>, tensor<1x16xf64>) -> f64
  %v66 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v59, %v17 : tensor<16x16xf64>, tensor<16x16xf64>) outs(%v17 : tensor<16x16xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<16x16xf64>
  %v67 = func.call @objective(%v66, %v20, %v23, %v26, %v29, %v32, %v35, %v38, %v41, %v44, %v47, %v50, %v53, %v56) : (tensor<16x16xf64>, tensor<1x16xf64>, tensor<16x16xf64>, tensor<1x16xf64>, tensor<?x16xf64>, tensor<?x16xf64>, tensor<?x16xf64>, tensor<?xf64>, tensor<?xf64>, tensor<16xf64>, tensor<16xf64>, tensor<?x16xf64>, tensor<16x16xf64>, tensor<1x16xf64>) -> f64
  %v68 = arith.subf %v65, %v67 : f64
  %v69 = arith.divf %v68, %twoh : f64
  %v70 = arith.subf %v63, %v69 : f64
  %v71 = math.absf %v70 : f64
  %v72 = math.absf %v69 : f64
  %v73 = arith.divf %v71, %v72 : f64
  %v74 = arith.cmpf olt, %v73, %tol : f64
  scf.if %v74 {
    vector.print str "PASS W1 "
  } else {
    vector.print str "FAIL W1 "
  }
  vector.print %v73 : f64
  %v75 = tensor.empty() : tensor<1x16xf64>
  %v76 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v75 : tensor<1x16xf64>) {
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
  } -> tensor<1x16xf64>
  %v77 = tensor.cast %v76 : tensor<1x16xf64> to tensor<1x16xf64>
  %v78 = arith.constant 0.0 : f64
  %v79 = tensor.from_elements %v78 : tensor<f64>
  %v80 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g1, %v77 : tensor<1x16xf64>, tensor<1x16xf64>) outs(%v79 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v81 = tensor.extract %v80[] : tensor<f64>
  %v82 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v77, %v20 : tensor<1x16xf64>, tensor<1x16xf64>) outs(%v20 : tensor<1x16xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<1x16xf64>
  %v83 = func.call @objective(%v17, %v82, %v23, %v26, %v29, %v32, %v35, %v38, %v41, %v44, %v47, %v50, %v53, %v56) : (tensor<16x16xf64>, tensor<1x16xf64>, tensor<16x16xf64>, tensor<1x16xf64>, tensor<?x16xf64>, tensor<?x16xf64>, tensor<?x16xf64>, tensor<?xf64>, tensor<?xf64>, tensor<16xf64>, tensor<16xf64>, tensor<?x16xf64>, tensor<16x16xf64>, tensor<1x16xf64>) -> f64
  %v84 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v77, %v20 : tensor<1x16xf64>, tensor<1x16xf64>) outs(%v20 : tensor<1x16xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<1x16xf64>
  %v85 = func.call @objective(%v17, %v84, %v23, %v26, %v29, %v32, %v35, %v38, %v41, %v44, %v47, %v50, %v53, %v56) : (tensor<16x16xf64>, tensor<1x16xf64>, tensor<16x16xf64>, tensor<1x16xf64>, tensor<?x16xf64>, tensor<?x16xf64>, tensor<?x16xf64>, tensor<?xf64>, tensor<?xf64>, tensor<16xf64>, tensor<16xf64>, tensor<?x16xf64>, tensor<16x16xf64>, tensor<1x16xf64>) -> f64
  %v86 = arith.subf %v83, %v85 : f64
  %v87 = arith.divf %v86, %twoh : f64
  %v88 = arith.subf %v81, %v87 : f64
  %v89 = math.absf %v88 : f64
  %v90 = math.absf %v87 : f64
  %v91 = arith.divf %v89, %v90 : f64
  %v92 = arith.cmpf olt, %v91, %tol : f64
  scf.if %v92 {
    vector.print str "PASS b1 "
  } else {
    vector.print str "FAIL b1 "
  }
  vector.print %v91 : f64
  %v93 = tensor.empty() : tensor<16x16xf64>
  %v94 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v93 : tensor<16x16xf64>) {
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
  } -> tensor<16x16xf64>
  %v95 = tensor.cast %v94 : tensor<16x16xf64> to tensor<16x16xf64>
  %v96 = arith.constant 0.0 : f64
  %v97 = tensor.from_elements %v96 : tensor<f64>
  %v98 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g2, %v95 : tensor<16x16xf64>, tensor<16x16xf64>) outs(%v97 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v99 = tensor.extract %v98[] : tensor<f64>
  %v100 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v95, %v23 : tensor<16x16xf64>, tensor<16x16xf64>) outs(%v23 : tensor<16x16xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<16x16xf64>
  %v101 = func.call @objective(%v17, %v20, %v100, %v26, %v29, %v32, %v35, %v38, %v41, %v44, %v47, %v50, %v53, %v56) : (tensor<16x16xf64>, tensor<1x16xf64>, tensor<16x16xf64>, tensor<1x16xf64>, tensor<?x16xf64>, tensor<?x16xf64>, tensor<?x16xf64>, tensor<?xf64>, tensor<?xf64>, tensor<16xf64>, tensor<16xf64>, tensor<?x16xf64>, tensor<16x16xf64>, tensor<1x16xf64>) -> f64
  %v102 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v95, %v23 : tensor<16x16xf64>, tensor<16x16xf64>) outs(%v23 : tensor<16x16xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<16x16xf64>
  %v103 = func.call @objective(%v17, %v20, %v102, %v26, %v29, %v32, %v35, %v38, %v41, %v44, %v47, %v50, %v53, %v56) : (tensor<16x16xf64>, tensor<1x16xf64>, tensor<16x16xf64>, tensor<1x16xf64>, tensor<?x16xf64>, tensor<?x16xf64>, tensor<?x16xf64>, tensor<?xf64>, tensor<?xf64>, tensor<16xf64>, tensor<16xf64>, tensor<?x16xf64>, tensor<16x16xf64>, tensor<1x16xf64>) -> f64
  %v104 = arith.subf %v101, %v103 : f64
  %v105 = arith.divf %v104, %twoh : f64
  %v106 = arith.subf %v99, %v105 : f64
  %v107 = math.absf %v106 : f64
  %v108 = math.absf %v105 : f64
  %v109 = arith.divf %v107, %v108 : f64
  %v110 = arith.cmpf olt, %v109, %tol : f64
  scf.if %v110 {
    vector.print str "PASS W1.grad_sum "
  } else {
    vector.print str "FAIL W1.grad_sum "
  }
  vector.print %v109 : f64
  %v111 = tensor.empty() : tensor<1x16xf64>
  %v112 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v111 : tensor<1x16xf64>) {
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
  } -> tensor<1x16xf64>
  %v113 = tensor.cast %v112 : tensor<1x16xf64> to tensor<1x16xf64>
  %v114 = arith.constant 0.0 : f64
  %v115 = tensor.from_elements %v114 : tensor<f64>
  %v116 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g3, %v113 : tensor<1x16xf64>, tensor<1x16xf64>) outs(%v115 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v117 = tensor.extract %v116[] : tensor<f64>
  %v118 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v113, %v26 : tensor<1x16xf64>, tensor<1x16xf64>) outs(%v26 : tensor<1x16xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<1x16xf64>
  %v119 = func.call @objective(%v17, %v20, %v23, %v118, %v29, %v32, %v35, %v38, %v41, %v44, %v47, %v50, %v53, %v56) : (tensor<16x16xf64>, tensor<1x16xf64>, tensor<16x16xf64>, tensor<1x16xf64>, tensor<?x16xf64>, tensor<?x16xf64>, tensor<?x16xf64>, tensor<?xf64>, tensor<?xf64>, tensor<16xf64>, tensor<16xf64>, tensor<?x16xf64>, tensor<16x16xf64>, tensor<1x16xf64>) -> f64
  %v120 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v113, %v26 : tensor<1x16xf64>, tensor<1x16xf64>) outs(%v26 : tensor<1x16xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<1x16xf64>
  %v121 = func.call @objective(%v17, %v20, %v23, %v120, %v29, %v32, %v35, %v38, %v41, %v44, %v47, %v50, %v53, %v56) : (tensor<16x16xf64>, tensor<1x16xf64>, tensor<16x16xf64>, tensor<1x16xf64>, tensor<?x16xf64>, tensor<?x16xf64>, tensor<?x16xf64>, tensor<?xf64>, tensor<?xf64>, tensor<16xf64>, tensor<16xf64>, tensor<?x16xf64>, tensor<16x16xf64>, tensor<1x16xf64>) -> f64
  %v122 = arith.subf %v119, %v121 : f64
  %v123 = arith.divf %v122, %twoh : f64
  %v124 = arith.subf %v117, %v123 : f64
  %v125 = math.absf %v124 : f64
  %v126 = math.absf %v123 : f64
  %v127 = arith.divf %v125, %v126 : f64
  %v128 = arith.cmpf olt, %v127, %tol : f64
  scf.if %v128 {
    vector.print str "PASS b1.grad_sum "
  } else {
    vector.print str "FAIL b1.grad_sum "
  }
  vector.print %v127 : f64
  %v129 = tensor.empty() : tensor<16x16xf64>
  %v130 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v129 : tensor<16x16xf64>) {
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
  } -> tensor<16x16xf64>
  %v131 = tensor.cast %v130 : tensor<16x16xf64> to tensor<?x16xf64>
  %v132 = arith.constant 0.0 : f64
  %v133 = tensor.from_elements %v132 : tensor<f64>
  %v134 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g4, %v131 : tensor<?x16xf64>, tensor<?x16xf64>) outs(%v133 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v135 = tensor.extract %v134[] : tensor<f64>
  %v136 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v131, %v29 : tensor<?x16xf64>, tensor<?x16xf64>) outs(%v29 : tensor<?x16xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?x16xf64>
  %v137 = func.call @objective(%v17, %v20, %v23, %v26, %v136, %v32, %v35, %v38, %v41, %v44, %v47, %v50, %v53, %v56) : (tensor<16x16xf64>, tensor<1x16xf64>, tensor<16x16xf64>, tensor<1x16xf64>, tensor<?x16xf64>, tensor<?x16xf64>, tensor<?x16xf64>, tensor<?xf64>, tensor<?xf64>, tensor<16xf64>, tensor<16xf64>, tensor<?x16xf64>, tensor<16x16xf64>, tensor<1x16xf64>) -> f64
  %v138 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v131, %v29 : tensor<?x16xf64>, tensor<?x16xf64>) outs(%v29 : tensor<?x16xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?x16xf64>
  %v139 = func.call @objective(%v17, %v20, %v23, %v26, %v138, %v32, %v35, %v38, %v41, %v44, %v47, %v50, %v53, %v56) : (tensor<16x16xf64>, tensor<1x16xf64>, tensor<16x16xf64>, tensor<1x16xf64>, tensor<?x16xf64>, tensor<?x16xf64>, tensor<?x16xf64>, tensor<?xf64>, tensor<?xf64>, tensor<16xf64>, tensor<16xf64>, tensor<?x16xf64>, tensor<16x16xf64>, tensor<1x16xf64>) -> f64
  %v140 = arith.subf %v137, %v139 : f64
  %v141 = arith.divf %v140, %twoh : f64
  %v142 = arith.subf %v135, %v141 : f64
  %v143 = math.absf %v142 : f64
  %v144 = math.absf %v141 : f64
  %v145 = arith.divf %v143, %v144 : f64
  %v146 = arith.cmpf olt, %v145, %tol : f64
  scf.if %v146 {
    vector.print str "PASS XQ "
  } else {
    vector.print str "FAIL XQ "
  }
  vector.print %v145 : f64
  %v147 = tensor.empty() : tensor<16x16xf64>
  %v148 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v147 : tensor<16x16xf64>) {
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
  } -> tensor<16x16xf64>
  %v149 = tensor.cast %v148 : tensor<16x16xf64> to tensor<?x16xf64>
  %v150 = arith.constant 0.0 : f64
  %v151 = tensor.from_elements %v150 : tensor<f64>
  %v152 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g5, %v149 : tensor<?x16xf64>, tensor<?x16xf64>) outs(%v151 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v153 = tensor.extract %v152[] : tensor<f64>
  %v154 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v149, %v32 : tensor<?x16xf64>, tensor<?x16xf64>) outs(%v32 : tensor<?x16xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?x16xf64>
  %v155 = func.call @objective(%v17, %v20, %v23, %v26, %v29, %v154, %v35, %v38, %v41, %v44, %v47, %v50, %v53, %v56) : (tensor<16x16xf64>, tensor<1x16xf64>, tensor<16x16xf64>, tensor<1x16xf64>, tensor<?x16xf64>, tensor<?x16xf64>, tensor<?x16xf64>, tensor<?xf64>, tensor<?xf64>, tensor<16xf64>, tensor<16xf64>, tensor<?x16xf64>, tensor<16x16xf64>, tensor<1x16xf64>) -> f64
  %v156 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v149, %v32 : tensor<?x16xf64>, tensor<?x16xf64>) outs(%v32 : tensor<?x16xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?x16xf64>
  %v157 = func.call @objective(%v17, %v20, %v23, %v26, %v29, %v156, %v35, %v38, %v41, %v44, %v47, %v50, %v53, %v56) : (tensor<16x16xf64>, tensor<1x16xf64>, tensor<16x16xf64>, tensor<1x16xf64>, tensor<?x16xf64>, tensor<?x16xf64>, tensor<?x16xf64>, tensor<?xf64>, tensor<?xf64>, tensor<16xf64>, tensor<16xf64>, tensor<?x16xf64>, tensor<16x16xf64>, tensor<1x16xf64>) -> f64
  %v158 = arith.subf %v155, %v157 : f64
  %v159 = arith.divf %v158, %twoh : f64
  %v160 = arith.subf %v153, %v159 : f64
  %v161 = math.absf %v160 : f64
  %v162 = math.absf %v159 : f64
  %v163 = arith.divf %v161, %v162 : f64
  %v164 = arith.cmpf olt, %v163, %tol : f64
  scf.if %v164 {
    vector.print str "PASS XK "
  } else {
    vector.print str "FAIL XK "
  }
  vector.print %v163 : f64
  %v165 = tensor.empty() : tensor<16x16xf64>
  %v166 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v165 : tensor<16x16xf64>) {
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
  } -> tensor<16x16xf64>
  %v167 = tensor.cast %v166 : tensor<16x16xf64> to tensor<?x16xf64>
  %v168 = arith.constant 0.0 : f64
  %v169 = tensor.from_elements %v168 : tensor<f64>
  %v170 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g6, %v167 : tensor<?x16xf64>, tensor<?x16xf64>) outs(%v169 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v171 = tensor.extract %v170[] : tensor<f64>
  %v172 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v167, %v35 : tensor<?x16xf64>, tensor<?x16xf64>) outs(%v35 : tensor<?x16xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?x16xf64>
  %v173 = func.call @objective(%v17, %v20, %v23, %v26, %v29, %v32, %v172, %v38, %v41, %v44, %v47, %v50, %v53, %v56) : (tensor<16x16xf64>, tensor<1x16xf64>, tensor<16x16xf64>, tensor<1x16xf64>, tensor<?x16xf64>, tensor<?x16xf64>, tensor<?x16xf64>, tensor<?xf64>, tensor<?xf64>, tensor<16xf64>, tensor<16xf64>, tensor<?x16xf64>, tensor<16x16xf64>, tensor<1x16xf64>) -> f64
  %v174 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v167, %v35 : tensor<?x16xf64>, tensor<?x16xf64>) outs(%v35 : tensor<?x16xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?x16xf64>
  %v175 = func.call @objective(%v17, %v20, %v23, %v26, %v29, %v32, %v174, %v38, %v41, %v44, %v47, %v50, %v53, %v56) : (tensor<16x16xf64>, tensor<1x16xf64>, tensor<16x16xf64>, tensor<1x16xf64>, tensor<?x16xf64>, tensor<?x16xf64>, tensor<?x16xf64>, tensor<?xf64>, tensor<?xf64>, tensor<16xf64>, tensor<16xf64>, tensor<?x16xf64>, tensor<16x16xf64>, tensor<1x16xf64>) -> f64
  %v176 = arith.subf %v173, %v175 : f64
  %v177 = arith.divf %v176, %twoh : f64
  %v178 = arith.subf %v171, %v177 : f64
  %v179 = math.absf %v178 : f64
  %v180 = math.absf %v177 : f64
  %v181 = arith.divf %v179, %v180 : f64
  %v182 = arith.cmpf olt, %v181, %tol : f64
  scf.if %v182 {
    vector.print str "PASS XV "
  } else {
    vector.print str "FAIL XV "
  }
  vector.print %v181 : f64
  %v183 = tensor.empty() : tensor<16xf64>
  %v184 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} outs(%v183 : tensor<16xf64>) {
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
  } -> tensor<16xf64>
  %v185 = tensor.cast %v184 : tensor<16xf64> to tensor<?xf64>
  %v186 = arith.constant 0.0 : f64
  %v187 = tensor.from_elements %v186 : tensor<f64>
  %v188 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> ()>], iterator_types = ["reduction"]} ins(%g7, %v185 : tensor<?xf64>, tensor<?xf64>) outs(%v187 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v189 = tensor.extract %v188[] : tensor<f64>
  %v190 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%v185, %v38 : tensor<?xf64>, tensor<?xf64>) outs(%v38 : tensor<?xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?xf64>
  %v191 = func.call @objective(%v17, %v20, %v23, %v26, %v29, %v32, %v35, %v190, %v41, %v44, %v47, %v50, %v53, %v56) : (tensor<16x16xf64>, tensor<1x16xf64>, tensor<16x16xf64>, tensor<1x16xf64>, tensor<?x16xf64>, tensor<?x16xf64>, tensor<?x16xf64>, tensor<?xf64>, tensor<?xf64>, tensor<16xf64>, tensor<16xf64>, tensor<?x16xf64>, tensor<16x16xf64>, tensor<1x16xf64>) -> f64
  %v192 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%v185, %v38 : tensor<?xf64>, tensor<?xf64>) outs(%v38 : tensor<?xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?xf64>
  %v193 = func.call @objective(%v17, %v20, %v23, %v26, %v29, %v32, %v35, %v192, %v41, %v44, %v47, %v50, %v53, %v56) : (tensor<16x16xf64>, tensor<1x16xf64>, tensor<16x16xf64>, tensor<1x16xf64>, tensor<?x16xf64>, tensor<?x16xf64>, tensor<?x16xf64>, tensor<?xf64>, tensor<?xf64>, tensor<16xf64>, tensor<16xf64>, tensor<?x16xf64>, tensor<16x16xf64>, tensor<1x16xf64>) -> f64
  %v194 = arith.subf %v191, %v193 : f64
  %v195 = arith.divf %v194, %twoh : f64
  %v196 = arith.subf %v189, %v195 : f64
  %v197 = math.absf %v196 : f64
  %v198 = math.absf %v195 : f64
  %v199 = arith.divf %v197, %v198 : f64
  %v200 = arith.cmpf olt, %v199, %tol : f64
  scf.if %v200 {
    vector.print str "PASS lr "
  } else {
    vector.print str "FAIL lr "
  }
  vector.print %v199 : f64
  %v201 = tensor.empty() : tensor<16xf64>
  %v202 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} outs(%v201 : tensor<16xf64>) {
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
  } -> tensor<16xf64>
  %v203 = tensor.cast %v202 : tensor<16xf64> to tensor<?xf64>
  %v204 = arith.constant 0.0 : f64
  %v205 = tensor.from_elements %v204 : tensor<f64>
  %v206 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> ()>], iterator_types = ["reduction"]} ins(%g8, %v203 : tensor<?xf64>, tensor<?xf64>) outs(%v205 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v207 = tensor.extract %v206[] : tensor<f64>
  %v208 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%v203, %v41 : tensor<?xf64>, tensor<?xf64>) outs(%v41 : tensor<?xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?xf64>
  %v209 = func.call @objective(%v17, %v20, %v23, %v26, %v29, %v32, %v35, %v38, %v208, %v44, %v47, %v50, %v53, %v56) : (tensor<16x16xf64>, tensor<1x16xf64>, tensor<16x16xf64>, tensor<1x16xf64>, tensor<?x16xf64>, tensor<?x16xf64>, tensor<?x16xf64>, tensor<?xf64>, tensor<?xf64>, tensor<16xf64>, tensor<16xf64>, tensor<?x16xf64>, tensor<16x16xf64>, tensor<1x16xf64>) -> f64
  %v210 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%v203, %v41 : tensor<?xf64>, tensor<?xf64>) outs(%v41 : tensor<?xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?xf64>
  %v211 = func.call @objective(%v17, %v20, %v23, %v26, %v29, %v32, %v35, %v38, %v210, %v44, %v47, %v50, %v53, %v56) : (tensor<16x16xf64>, tensor<1x16xf64>, tensor<16x16xf64>, tensor<1x16xf64>, tensor<?x16xf64>, tensor<?x16xf64>, tensor<?x16xf64>, tensor<?xf64>, tensor<?xf64>, tensor<16xf64>, tensor<16xf64>, tensor<?x16xf64>, tensor<16x16xf64>, tensor<1x16xf64>) -> f64
  %v212 = arith.subf %v209, %v211 : f64
  %v213 = arith.divf %v212, %twoh : f64
  %v214 = arith.subf %v207, %v213 : f64
  %v215 = math.absf %v214 : f64
  %v216 = math.absf %v213 : f64
  %v217 = arith.divf %v215, %v216 : f64
  %v218 = arith.cmpf olt, %v217, %tol : f64
  scf.if %v218 {
    vector.print str "PASS ts "
  } else {
    vector.print str "FAIL ts "
  }
  vector.print %v217 : f64
  %v219 = tensor.empty() : tensor<16xf64>
  %v220 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} outs(%v219 : tensor<16xf64>) {
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
  } -> tensor<16xf64>
  %v221 = tensor.cast %v220 : tensor<16xf64> to tensor<16xf64>
  %v222 = arith.constant 0.0 : f64
  %v223 = tensor.from_elements %v222 : tensor<f64>
  %v224 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> ()>], iterator_types = ["reduction"]} ins(%g9, %v221 : tensor<16xf64>, tensor<16xf64>) outs(%v223 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v225 = tensor.extract %v224[] : tensor<f64>
  %v226 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%v221, %v44 : tensor<16xf64>, tensor<16xf64>) outs(%v44 : tensor<16xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<16xf64>
  %v227 = func.call @objective(%v17, %v20, %v23, %v26, %v29, %v32, %v35, %v38, %v41, %v226, %v47, %v50, %v53, %v56) : (tensor<16x16xf64>, tensor<1x16xf64>, tensor<16x16xf64>, tensor<1x16xf64>, tensor<?x16xf64>, tensor<?x16xf64>, tensor<?x16xf64>, tensor<?xf64>, tensor<?xf64>, tensor<16xf64>, tensor<16xf64>, tensor<?x16xf64>, tensor<16x16xf64>, tensor<1x16xf64>) -> f64
  %v228 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%v221, %v44 : tensor<16xf64>, tensor<16xf64>) outs(%v44 : tensor<16xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<16xf64>
  %v229 = func.call @objective(%v17, %v20, %v23, %v26, %v29, %v32, %v35, %v38, %v41, %v228, %v47, %v50, %v53, %v56) : (tensor<16x16xf64>, tensor<1x16xf64>, tensor<16x16xf64>, tensor<1x16xf64>, tensor<?x16xf64>, tensor<?x16xf64>, tensor<?x16xf64>, tensor<?xf64>, tensor<?xf64>, tensor<16xf64>, tensor<16xf64>, tensor<?x16xf64>, tensor<16x16xf64>, tensor<1x16xf64>) -> f64
  %v230 = arith.subf %v227, %v229 : f64
  %v231 = arith.divf %v230, %twoh : f64
  %v232 = arith.subf %v225, %v231 : f64
  %v233 = math.absf %v232 : f64
  %v234 = math.absf %v231 : f64
  %v235 = arith.divf %v233, %v234 : f64
  %v236 = arith.cmpf olt, %v235, %tol : f64
  scf.if %v236 {
    vector.print str "PASS ln_weight "
  } else {
    vector.print str "FAIL ln_weight "
  }
  vector.print %v235 : f64
  %v237 = tensor.empty() : tensor<16xf64>
  %v238 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} outs(%v237 : tensor<16xf64>) {
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
  } -> tensor<16xf64>
  %v239 = tensor.cast %v238 : tensor<16xf64> to tensor<16xf64>
  %v240 = arith.constant 0.0 : f64
  %v241 = tensor.from_elements %v240 : tensor<f64>
  %v242 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> ()>], iterator_types = ["reduction"]} ins(%g10, %v239 : tensor<16xf64>, tensor<16xf64>) outs(%v241 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v243 = tensor.extract %v242[] : tensor<f64>
  %v244 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%v239, %v47 : tensor<16xf64>, tensor<16xf64>) outs(%v47 : tensor<16xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<16xf64>
  %v245 = func.call @objective(%v17, %v20, %v23, %v26, %v29, %v32, %v35, %v38, %v41, %v44, %v244, %v50, %v53, %v56) : (tensor<16x16xf64>, tensor<1x16xf64>, tensor<16x16xf64>, tensor<1x16xf64>, tensor<?x16xf64>, tensor<?x16xf64>, tensor<?x16xf64>, tensor<?xf64>, tensor<?xf64>, tensor<16xf64>, tensor<16xf64>, tensor<?x16xf64>, tensor<16x16xf64>, tensor<1x16xf64>) -> f64
  %v246 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%v239, %v47 : tensor<16xf64>, tensor<16xf64>) outs(%v47 : tensor<16xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<16xf64>
  %v247 = func.call @objective(%v17, %v20, %v23, %v26, %v29, %v32, %v35, %v38, %v41, %v44, %v246, %v50, %v53, %v56) : (tensor<16x16xf64>, tensor<1x16xf64>, tensor<16x16xf64>, tensor<1x16xf64>, tensor<?x16xf64>, tensor<?x16xf64>, tensor<?x16xf64>, tensor<?xf64>, tensor<?xf64>, tensor<16xf64>, tensor<16xf64>, tensor<?x16xf64>, tensor<16x16xf64>, tensor<1x16xf64>) -> f64
  %v248 = arith.subf %v245, %v247 : f64
  %v249 = arith.divf %v248, %twoh : f64
  %v250 = arith.subf %v243, %v249 : f64
  %v251 = math.absf %v250 : f64
  %v252 = math.absf %v249 : f64
  %v253 = arith.divf %v251, %v252 : f64
  %v254 = arith.cmpf olt, %v253, %tol : f64
  scf.if %v254 {
    vector.print str "PASS ln_bias "
  } else {
    vector.print str "FAIL ln_bias "
  }
  vector.print %v253 : f64
  return
}
