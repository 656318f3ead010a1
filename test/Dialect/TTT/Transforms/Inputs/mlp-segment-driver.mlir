func.func private @objective(%x0: tensor<4x16xf64>, %x1: tensor<1x16xf64>, %x2: tensor<16x4xf64>, %x3: tensor<1x4xf64>, %x4: tensor<4x16xf64>, %x5: tensor<1x16xf64>, %x6: tensor<16x4xf64>, %x7: tensor<1x4xf64>, %x8: tensor<?x4xf64>, %x9: tensor<?x4xf64>, %x10: tensor<?x4xf64>, %x11: tensor<?xf64>, %x12: tensor<?xf64>, %x13: tensor<4xf64>, %x14: tensor<4xf64>, %x15: i1, %ct0: tensor<?x4xf64>, %ct1: tensor<4x16xf64>, %ct2: tensor<1x16xf64>, %ct3: tensor<16x4xf64>, %ct4: tensor<1x4xf64>) -> f64 {
  %f0, %f1, %f2, %f3, %f4 = func.call @mlp_segment(%x0, %x1, %x2, %x3, %x4, %x5, %x6, %x7, %x8, %x9, %x10, %x11, %x12, %x13, %x14, %x15) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1) -> (tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>)
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
  %v7 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%ct1, %f1 : tensor<4x16xf64>, tensor<4x16xf64>) outs(%v6 : tensor<f64>) {
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
  %v15 = arith.constant 0.0 : f64
  %v16 = tensor.from_elements %v15 : tensor<f64>
  %v17 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%ct3, %f3 : tensor<16x4xf64>, tensor<16x4xf64>) outs(%v16 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v18 = tensor.extract %v17[] : tensor<f64>
  %v19 = arith.addf %v14, %v18 : f64
  %v20 = arith.constant 0.0 : f64
  %v21 = tensor.from_elements %v20 : tensor<f64>
  %v22 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%ct4, %f4 : tensor<1x4xf64>, tensor<1x4xf64>) outs(%v21 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v23 = tensor.extract %v22[] : tensor<f64>
  %v24 = arith.addf %v19, %v23 : f64
  return %v24 : f64
}

func.func @main() {
  %v25 = tensor.empty() : tensor<4x16xf64>
  %v26 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v25 : tensor<4x16xf64>) {
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
  } -> tensor<4x16xf64>
  %v27 = tensor.cast %v26 : tensor<4x16xf64> to tensor<4x16xf64>
  %v28 = tensor.empty() : tensor<1x16xf64>
  %v29 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v28 : tensor<1x16xf64>) {
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
  %v30 = tensor.cast %v29 : tensor<1x16xf64> to tensor<1x16xf64>
  %v31 = tensor.empty() : tensor<16x4xf64>
  %v32 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v31 : tensor<16x4xf64>) {
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
  } -> tensor<16x4xf64>
  %v33 = tensor.cast %v32 : tensor<16x4xf64> to tensor<16x4xf64>
  %v34 = tensor.empty() : tensor<1x4xf64>
  %v35 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v34 : tensor<1x4xf64>) {
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
  %v36 = tensor.cast %v35 : tensor<1x4xf64> to tensor<1x4xf64>
  %v37 = tensor.empty() : tensor<4x16xf64>
  %v38 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v37 : tensor<4x16xf64>) {
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
  } -> tensor<4x16xf64>
  %v39 = tensor.cast %v38 : tensor<4x16xf64> to tensor<4x16xf64>
  %v40 = tensor.empty() : tensor<1x16xf64>
  %v41 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v40 : tensor<1x16xf64>) {
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
  } -> tensor<1x16xf64>
  %v42 = tensor.cast %v41 : tensor<1x16xf64> to tensor<1x16xf64>
  %v43 = tensor.empty() : tensor<16x4xf64>
  %v44 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v43 : tensor<16x4xf64>) {
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
  } -> tensor<16x4xf64>
  %v45 = tensor.cast %v44 : tensor<16x4xf64> to tensor<16x4xf64>
  %v46 = tensor.empty() : tensor<1x4xf64>
  %v47 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v46 : tensor<1x4xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 2.14 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %i1 = linalg.index 1 : index
    %c1 = arith.index_cast %i1 : index to i64
    %f1 = arith.sitofp %c1 : i64 to f64
    %m1 = arith.constant 2.85 : f64
    %t1 = arith.mulf %f1, %m1 : f64
    %s0 = arith.constant 7.010000000000001 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %a1 = arith.addf %a0, %t1 : f64
    %sin = math.sin %a1 : f64
    %k = arith.constant 1.0 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<1x4xf64>
  %v48 = tensor.cast %v47 : tensor<1x4xf64> to tensor<1x4xf64>
  %v49 = tensor.empty() : tensor<3x4xf64>
  %v50 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v49 : tensor<3x4xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 2.25 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %i1 = linalg.index 1 : index
    %c1 = arith.index_cast %i1 : index to i64
    %f1 = arith.sitofp %c1 : i64 to f64
    %m1 = arith.constant 2.96 : f64
    %t1 = arith.mulf %f1, %m1 : f64
    %s0 = arith.constant 7.94 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %a1 = arith.addf %a0, %t1 : f64
    %sin = math.sin %a1 : f64
    %k = arith.constant 1.0 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<3x4xf64>
  %v51 = tensor.cast %v50 : tensor<3x4xf64> to tensor<?x4xf64>
  %v52 = tensor.empty() : tensor<3x4xf64>
  %v53 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v52 : tensor<3x4xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 2.3600000000000003 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %i1 = linalg.index 1 : index
    %c1 = arith.index_cast %i1 : index to i64
    %f1 = arith.sitofp %c1 : i64 to f64
    %m1 = arith.constant 3.0700000000000003 : f64
    %t1 = arith.mulf %f1, %m1 : f64
    %s0 = arith.constant 8.870000000000001 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %a1 = arith.addf %a0, %t1 : f64
    %sin = math.sin %a1 : f64
    %k = arith.constant 1.0 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<3x4xf64>
  %v54 = tensor.cast %v53 : tensor<3x4xf64> to tensor<?x4xf64>
  %v55 = tensor.empty() : tensor<3x4xf64>
  %v56 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v55 : tensor<3x4xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 2.47 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %i1 = linalg.index 1 : index
    %c1 = arith.index_cast %i1 : index to i64
    %f1 = arith.sitofp %c1 : i64 to f64
    %m1 = arith.constant 3.18 : f64
    %t1 = arith.mulf %f1, %m1 : f64
    %s0 = arith.constant 9.8 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %a1 = arith.addf %a0, %t1 : f64
    %sin = math.sin %a1 : f64
    %k = arith.constant 1.0 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<3x4xf64>
  %v57 = tensor.cast %v56 : tensor<3x4xf64> to tensor<?x4xf64>
  %v58 = tensor.empty() : tensor<3xf64>
  %v59 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} outs(%v58 : tensor<3xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 2.58 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %s0 = arith.constant 10.73 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %sin = math.sin %a0 : f64
    %k = arith.constant 0.1 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<3xf64>
  %v60 = tensor.cast %v59 : tensor<3xf64> to tensor<?xf64>
  %v61 = tensor.empty() : tensor<3xf64>
  %v62 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} outs(%v61 : tensor<3xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 2.6900000000000004 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %s0 = arith.constant 11.66 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %sin = math.sin %a0 : f64
    %k = arith.constant 0.1 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<3xf64>
  %v63 = tensor.cast %v62 : tensor<3xf64> to tensor<?xf64>
  %v64 = tensor.empty() : tensor<4xf64>
  %v65 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} outs(%v64 : tensor<4xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 2.8 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %s0 = arith.constant 12.59 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %sin = math.sin %a0 : f64
    %k = arith.constant 1.0 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<4xf64>
  %v66 = tensor.cast %v65 : tensor<4xf64> to tensor<4xf64>
  %v67 = tensor.empty() : tensor<4xf64>
  %v68 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} outs(%v67 : tensor<4xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 2.91 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %s0 = arith.constant 13.520000000000001 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %sin = math.sin %a0 : f64
    %k = arith.constant 1.0 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<4xf64>
  %v69 = tensor.cast %v68 : tensor<4xf64> to tensor<4xf64>
  %v70 = arith.constant true
  %v71 = tensor.empty() : tensor<3x4xf64>
  %v72 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v71 : tensor<3x4xf64>) {
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
  %v73 = tensor.cast %v72 : tensor<3x4xf64> to tensor<?x4xf64>
  %v74 = tensor.empty() : tensor<4x16xf64>
  %v75 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v74 : tensor<4x16xf64>) {
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
  } -> tensor<4x16xf64>
  %v76 = tensor.cast %v75 : tensor<4x16xf64> to tensor<4x16xf64>
  %v77 = tensor.empty() : tensor<1x16xf64>
  %v78 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v77 : tensor<1x16xf64>) {
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
  %v79 = tensor.cast %v78 : tensor<1x16xf64> to tensor<1x16xf64>
  %v80 = tensor.empty() : tensor<16x4xf64>
  %v81 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v80 : tensor<16x4xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 7.2 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %i1 = linalg.index 1 : index
    %c1 = arith.index_cast %i1 : index to i64
    %f1 = arith.sitofp %c1 : i64 to f64
    %m1 = arith.constant 7.91 : f64
    %t1 = arith.mulf %f1, %m1 : f64
    %s0 = arith.constant 49.79 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %a1 = arith.addf %a0, %t1 : f64
    %sin = math.sin %a1 : f64
    %k = arith.constant 1.0 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<16x4xf64>
  %v82 = tensor.cast %v81 : tensor<16x4xf64> to tensor<16x4xf64>
  %v83 = tensor.empty() : tensor<1x4xf64>
  %v84 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v83 : tensor<1x4xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 7.3100000000000005 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %i1 = linalg.index 1 : index
    %c1 = arith.index_cast %i1 : index to i64
    %f1 = arith.sitofp %c1 : i64 to f64
    %m1 = arith.constant 8.02 : f64
    %t1 = arith.mulf %f1, %m1 : f64
    %s0 = arith.constant 50.720000000000006 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %a1 = arith.addf %a0, %t1 : f64
    %sin = math.sin %a1 : f64
    %k = arith.constant 1.0 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<1x4xf64>
  %v85 = tensor.cast %v84 : tensor<1x4xf64> to tensor<1x4xf64>
  %g0, %g1, %g2, %g3, %g4, %g5, %g6, %g7, %g8, %g9, %g10, %g11, %g12, %g13, %g14 = func.call @mlp_segment_vjp(%v27, %v30, %v33, %v36, %v39, %v42, %v45, %v48, %v51, %v54, %v57, %v60, %v63, %v66, %v69, %v70, %v73, %v76, %v79, %v82, %v85) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>)
  %h = arith.constant 1.000000e-05 : f64
  %mh = arith.constant -1.000000e-05 : f64
  %twoh = arith.constant 2.000000e-05 : f64
  %tol = arith.constant 1.000000e-06 : f64
  %v86 = tensor.empty() : tensor<4x16xf64>
  %v87 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v86 : tensor<4x16xf64>) {
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
  } -> tensor<4x16xf64>
  %v88 = tensor.cast %v87 : tensor<4x16xf64> to tensor<4x16xf64>
  %v89 = arith.constant 0.0 : f64
  %v90 = tensor.from_elements %v89 : tensor<f64>
  %v91 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g0, %v88 : tensor<4x16xf64>, tensor<4x16xf64>) outs(%v90 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v92 = tensor.extract %v91[] : tensor<f64>
  %v93 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v88, %v27 : tensor<4x16xf64>, tensor<4x16xf64>) outs(%v27 : tensor<4x16xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<4x16xf64>
  %v94 = func.call @objective(%v93, %v30, %v33, %v36, %v39, %v42, %v45, %v48, %v51, %v54, %v57, %v60, %v63, %v66, %v69, %v70, %v73, %v76, %v79, %v82, %v85) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v95 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v88, %v27 : tensor<4x16xf64>, tensor<4x16xf64>) outs(%v27 : tensor<4x16xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<4x16xf64>
  %v96 = func.call @objective(%v95, %v30, %v33, %v36, %v39, %v42, %v45, %v48, %v51, %v54, %v57, %v60, %v63, %v66, %v69, %v70, %v73, %v76, %v79, %v82, %v85) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v97 = arith.subf %v94, %v96 : f64
  %v98 = arith.divf %v97, %twoh : f64
  %v99 = arith.subf %v92, %v98 : f64
  %v100 = math.absf %v99 : f64
  %v101 = math.absf %v98 : f64
  %v102 = arith.divf %v100, %v101 : f64
  %v103 = arith.cmpf olt, %v102, %tol : f64
  scf.if %v103 {
    vector.print str "PASS W1 "
  } else {
    vector.print str "FAIL W1 "
  }
  vector.print %v102 : f64
  %v104 = tensor.empty() : tensor<1x16xf64>
  %v105 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v104 : tensor<1x16xf64>) {
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
  %v106 = tensor.cast %v105 : tensor<1x16xf64> to tensor<1x16xf64>
  %v107 = arith.constant 0.0 : f64
  %v108 = tensor.from_elements %v107 : tensor<f64>
  %v109 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g1, %v106 : tensor<1x16xf64>, tensor<1x16xf64>) outs(%v108 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v110 = tensor.extract %v109[] : tensor<f64>
  %v111 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v106, %v30 : tensor<1x16xf64>, tensor<1x16xf64>) outs(%v30 : tensor<1x16xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<1x16xf64>
  %v112 = func.call @objective(%v27, %v111, %v33, %v36, %v39, %v42, %v45, %v48, %v51, %v54, %v57, %v60, %v63, %v66, %v69, %v70, %v73, %v76, %v79, %v82, %v85) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v113 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v106, %v30 : tensor<1x16xf64>, tensor<1x16xf64>) outs(%v30 : tensor<1x16xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<1x16xf64>
  %v114 = func.call @objective(%v27, %v113, %v33, %v36, %v39, %v42, %v45, %v48, %v51, %v54, %v57, %v60, %v63, %v66, %v69, %v70, %v73, %v76, %v79, %v82, %v85) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v115 = arith.subf %v112, %v114 : f64
  %v116 = arith.divf %v115, %twoh : f64
  %v117 = arith.subf %v110, %v116 : f64
  %v118 = math.absf %v117 : f64
  %v119 = math.absf %v116 : f64
  %v120 = arith.divf %v118, %v119 : f64
  %v121 = arith.cmpf olt, %v120, %tol : f64
  scf.if %v121 {
    vector.print str "PASS b1 "
  } else {
    vector.print str "FAIL b1 "
  }
  vector.print %v120 : f64
  %v122 = tensor.empty() : tensor<16x4xf64>
  %v123 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v122 : tensor<16x4xf64>) {
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
  } -> tensor<16x4xf64>
  %v124 = tensor.cast %v123 : tensor<16x4xf64> to tensor<16x4xf64>
  %v125 = arith.constant 0.0 : f64
  %v126 = tensor.from_elements %v125 : tensor<f64>
  %v127 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g2, %v124 : tensor<16x4xf64>, tensor<16x4xf64>) outs(%v126 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v128 = tensor.extract %v127[] : tensor<f64>
  %v129 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v124, %v33 : tensor<16x4xf64>, tensor<16x4xf64>) outs(%v33 : tensor<16x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<16x4xf64>
  %v130 = func.call @objective(%v27, %v30, %v129, %v36, %v39, %v42, %v45, %v48, %v51, %v54, %v57, %v60, %v63, %v66, %v69, %v70, %v73, %v76, %v79, %v82, %v85) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v131 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v124, %v33 : tensor<16x4xf64>, tensor<16x4xf64>) outs(%v33 : tensor<16x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<16x4xf64>
  %v132 = func.call @objective(%v27, %v30, %v131, %v36, %v39, %v42, %v45, %v48, %v51, %v54, %v57, %v60, %v63, %v66, %v69, %v70, %v73, %v76, %v79, %v82, %v85) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v133 = arith.subf %v130, %v132 : f64
  %v134 = arith.divf %v133, %twoh : f64
  %v135 = arith.subf %v128, %v134 : f64
  %v136 = math.absf %v135 : f64
  %v137 = math.absf %v134 : f64
  %v138 = arith.divf %v136, %v137 : f64
  %v139 = arith.cmpf olt, %v138, %tol : f64
  scf.if %v139 {
    vector.print str "PASS W2 "
  } else {
    vector.print str "FAIL W2 "
  }
  vector.print %v138 : f64
  %v140 = tensor.empty() : tensor<1x4xf64>
  %v141 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v140 : tensor<1x4xf64>) {
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
  %v142 = tensor.cast %v141 : tensor<1x4xf64> to tensor<1x4xf64>
  %v143 = arith.constant 0.0 : f64
  %v144 = tensor.from_elements %v143 : tensor<f64>
  %v145 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g3, %v142 : tensor<1x4xf64>, tensor<1x4xf64>) outs(%v144 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v146 = tensor.extract %v145[] : tensor<f64>
  %v147 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v142, %v36 : tensor<1x4xf64>, tensor<1x4xf64>) outs(%v36 : tensor<1x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<1x4xf64>
  %v148 = func.call @objective(%v27, %v30, %v33, %v147, %v39, %v42, %v45, %v48, %v51, %v54, %v57, %v60, %v63, %v66, %v69, %v70, %v73, %v76, %v79, %v82, %v85) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v149 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v142, %v36 : tensor<1x4xf64>, tensor<1x4xf64>) outs(%v36 : tensor<1x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<1x4xf64>
  %v150 = func.call @objective(%v27, %v30, %v33, %v149, %v39, %v42, %v45, %v48, %v51, %v54, %v57, %v60, %v63, %v66, %v69, %v70, %v73, %v76, %v79, %v82, %v85) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v151 = arith.subf %v148, %v150 : f64
  %v152 = arith.divf %v151, %twoh : f64
  %v153 = arith.subf %v146, %v152 : f64
  %v154 = math.absf %v153 : f64
  %v155 = math.absf %v152 : f64
  %v156 = arith.divf %v154, %v155 : f64
  %v157 = arith.cmpf olt, %v156, %tol : f64
  scf.if %v157 {
    vector.print str "PASS b2 "
  } else {
    vector.print str "FAIL b2 "
  }
  vector.print %v156 : f64
  %v158 = tensor.empty() : tensor<4x16xf64>
  %v159 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v158 : tensor<4x16xf64>) {
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
  } -> tensor<4x16xf64>
  %v160 = tensor.cast %v159 : tensor<4x16xf64> to tensor<4x16xf64>
  %v161 = arith.constant 0.0 : f64
  %v162 = tensor.from_elements %v161 : tensor<f64>
  %v163 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g4, %v160 : tensor<4x16xf64>, tensor<4x16xf64>) outs(%v162 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v164 = tensor.extract %v163[] : tensor<f64>
  %v165 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v160, %v39 : tensor<4x16xf64>, tensor<4x16xf64>) outs(%v39 : tensor<4x16xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<4x16xf64>
  %v166 = func.call @objective(%v27, %v30, %v33, %v36, %v165, %v42, %v45, %v48, %v51, %v54, %v57, %v60, %v63, %v66, %v69, %v70, %v73, %v76, %v79, %v82, %v85) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v167 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v160, %v39 : tensor<4x16xf64>, tensor<4x16xf64>) outs(%v39 : tensor<4x16xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<4x16xf64>
  %v168 = func.call @objective(%v27, %v30, %v33, %v36, %v167, %v42, %v45, %v48, %v51, %v54, %v57, %v60, %v63, %v66, %v69, %v70, %v73, %v76, %v79, %v82, %v85) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v169 = arith.subf %v166, %v168 : f64
  %v170 = arith.divf %v169, %twoh : f64
  %v171 = arith.subf %v164, %v170 : f64
  %v172 = math.absf %v171 : f64
  %v173 = math.absf %v170 : f64
  %v174 = arith.divf %v172, %v173 : f64
  %v175 = arith.cmpf olt, %v174, %tol : f64
  scf.if %v175 {
    vector.print str "PASS W1.grad_sum "
  } else {
    vector.print str "FAIL W1.grad_sum "
  }
  vector.print %v174 : f64
  %v176 = tensor.empty() : tensor<1x16xf64>
  %v177 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v176 : tensor<1x16xf64>) {
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
  } -> tensor<1x16xf64>
  %v178 = tensor.cast %v177 : tensor<1x16xf64> to tensor<1x16xf64>
  %v179 = arith.constant 0.0 : f64
  %v180 = tensor.from_elements %v179 : tensor<f64>
  %v181 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g5, %v178 : tensor<1x16xf64>, tensor<1x16xf64>) outs(%v180 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v182 = tensor.extract %v181[] : tensor<f64>
  %v183 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v178, %v42 : tensor<1x16xf64>, tensor<1x16xf64>) outs(%v42 : tensor<1x16xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<1x16xf64>
  %v184 = func.call @objective(%v27, %v30, %v33, %v36, %v39, %v183, %v45, %v48, %v51, %v54, %v57, %v60, %v63, %v66, %v69, %v70, %v73, %v76, %v79, %v82, %v85) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v185 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v178, %v42 : tensor<1x16xf64>, tensor<1x16xf64>) outs(%v42 : tensor<1x16xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<1x16xf64>
  %v186 = func.call @objective(%v27, %v30, %v33, %v36, %v39, %v185, %v45, %v48, %v51, %v54, %v57, %v60, %v63, %v66, %v69, %v70, %v73, %v76, %v79, %v82, %v85) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v187 = arith.subf %v184, %v186 : f64
  %v188 = arith.divf %v187, %twoh : f64
  %v189 = arith.subf %v182, %v188 : f64
  %v190 = math.absf %v189 : f64
  %v191 = math.absf %v188 : f64
  %v192 = arith.divf %v190, %v191 : f64
  %v193 = arith.cmpf olt, %v192, %tol : f64
  scf.if %v193 {
    vector.print str "PASS b1.grad_sum "
  } else {
    vector.print str "FAIL b1.grad_sum "
  }
  vector.print %v192 : f64
  %v194 = tensor.empty() : tensor<16x4xf64>
  %v195 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v194 : tensor<16x4xf64>) {
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
  } -> tensor<16x4xf64>
  %v196 = tensor.cast %v195 : tensor<16x4xf64> to tensor<16x4xf64>
  %v197 = arith.constant 0.0 : f64
  %v198 = tensor.from_elements %v197 : tensor<f64>
  %v199 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g6, %v196 : tensor<16x4xf64>, tensor<16x4xf64>) outs(%v198 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v200 = tensor.extract %v199[] : tensor<f64>
  %v201 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v196, %v45 : tensor<16x4xf64>, tensor<16x4xf64>) outs(%v45 : tensor<16x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<16x4xf64>
  %v202 = func.call @objective(%v27, %v30, %v33, %v36, %v39, %v42, %v201, %v48, %v51, %v54, %v57, %v60, %v63, %v66, %v69, %v70, %v73, %v76, %v79, %v82, %v85) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v203 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v196, %v45 : tensor<16x4xf64>, tensor<16x4xf64>) outs(%v45 : tensor<16x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<16x4xf64>
  %v204 = func.call @objective(%v27, %v30, %v33, %v36, %v39, %v42, %v203, %v48, %v51, %v54, %v57, %v60, %v63, %v66, %v69, %v70, %v73, %v76, %v79, %v82, %v85) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v205 = arith.subf %v202, %v204 : f64
  %v206 = arith.divf %v205, %twoh : f64
  %v207 = arith.subf %v200, %v206 : f64
  %v208 = math.absf %v207 : f64
  %v209 = math.absf %v206 : f64
  %v210 = arith.divf %v208, %v209 : f64
  %v211 = arith.cmpf olt, %v210, %tol : f64
  scf.if %v211 {
    vector.print str "PASS W2.grad_sum "
  } else {
    vector.print str "FAIL W2.grad_sum "
  }
  vector.print %v210 : f64
  %v212 = tensor.empty() : tensor<1x4xf64>
  %v213 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v212 : tensor<1x4xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 13.14 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %i1 = linalg.index 1 : index
    %c1 = arith.index_cast %i1 : index to i64
    %f1 = arith.sitofp %c1 : i64 to f64
    %m1 = arith.constant 13.85 : f64
    %t1 = arith.mulf %f1, %m1 : f64
    %s0 = arith.constant 100.01 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %a1 = arith.addf %a0, %t1 : f64
    %sin = math.sin %a1 : f64
    %k = arith.constant 1.0 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<1x4xf64>
  %v214 = tensor.cast %v213 : tensor<1x4xf64> to tensor<1x4xf64>
  %v215 = arith.constant 0.0 : f64
  %v216 = tensor.from_elements %v215 : tensor<f64>
  %v217 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g7, %v214 : tensor<1x4xf64>, tensor<1x4xf64>) outs(%v216 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v218 = tensor.extract %v217[] : tensor<f64>
  %v219 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v214, %v48 : tensor<1x4xf64>, tensor<1x4xf64>) outs(%v48 : tensor<1x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<1x4xf64>
  %v220 = func.call @objective(%v27, %v30, %v33, %v36, %v39, %v42, %v45, %v219, %v51, %v54, %v57, %v60, %v63, %v66, %v69, %v70, %v73, %v76, %v79, %v82, %v85) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v221 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v214, %v48 : tensor<1x4xf64>, tensor<1x4xf64>) outs(%v48 : tensor<1x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<1x4xf64>
  %v222 = func.call @objective(%v27, %v30, %v33, %v36, %v39, %v42, %v45, %v221, %v51, %v54, %v57, %v60, %v63, %v66, %v69, %v70, %v73, %v76, %v79, %v82, %v85) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v223 = arith.subf %v220, %v222 : f64
  %v224 = arith.divf %v223, %twoh : f64
  %v225 = arith.subf %v218, %v224 : f64
  %v226 = math.absf %v225 : f64
  %v227 = math.absf %v224 : f64
  %v228 = arith.divf %v226, %v227 : f64
  %v229 = arith.cmpf olt, %v228, %tol : f64
  scf.if %v229 {
    vector.print str "PASS b2.grad_sum "
  } else {
    vector.print str "FAIL b2.grad_sum "
  }
  vector.print %v228 : f64
  %v230 = tensor.empty() : tensor<3x4xf64>
  %v231 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v230 : tensor<3x4xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 13.25 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %i1 = linalg.index 1 : index
    %c1 = arith.index_cast %i1 : index to i64
    %f1 = arith.sitofp %c1 : i64 to f64
    %m1 = arith.constant 13.96 : f64
    %t1 = arith.mulf %f1, %m1 : f64
    %s0 = arith.constant 100.94000000000001 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %a1 = arith.addf %a0, %t1 : f64
    %sin = math.sin %a1 : f64
    %k = arith.constant 1.0 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<3x4xf64>
  %v232 = tensor.cast %v231 : tensor<3x4xf64> to tensor<?x4xf64>
  %v233 = arith.constant 0.0 : f64
  %v234 = tensor.from_elements %v233 : tensor<f64>
  %v235 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g8, %v232 : tensor<?x4xf64>, tensor<?x4xf64>) outs(%v234 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v236 = tensor.extract %v235[] : tensor<f64>
  %v237 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v232, %v51 : tensor<?x4xf64>, tensor<?x4xf64>) outs(%v51 : tensor<?x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?x4xf64>
  %v238 = func.call @objective(%v27, %v30, %v33, %v36, %v39, %v42, %v45, %v48, %v237, %v54, %v57, %v60, %v63, %v66, %v69, %v70, %v73, %v76, %v79, %v82, %v85) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v239 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v232, %v51 : tensor<?x4xf64>, tensor<?x4xf64>) outs(%v51 : tensor<?x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?x4xf64>
  %v240 = func.call @objective(%v27, %v30, %v33, %v36, %v39, %v42, %v45, %v48, %v239, %v54, %v57, %v60, %v63, %v66, %v69, %v70, %v73, %v76, %v79, %v82, %v85) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v241 = arith.subf %v238, %v240 : f64
  %v242 = arith.divf %v241, %twoh : f64
  %v243 = arith.subf %v236, %v242 : f64
  %v244 = math.absf %v243 : f64
  %v245 = math.absf %v242 : f64
  %v246 = arith.divf %v244, %v245 : f64
  %v247 = arith.cmpf olt, %v246, %tol : f64
  scf.if %v247 {
    vector.print str "PASS XQ "
  } else {
    vector.print str "FAIL XQ "
  }
  vector.print %v246 : f64
  %v248 = tensor.empty() : tensor<3x4xf64>
  %v249 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v248 : tensor<3x4xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 13.36 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %i1 = linalg.index 1 : index
    %c1 = arith.index_cast %i1 : index to i64
    %f1 = arith.sitofp %c1 : i64 to f64
    %m1 = arith.constant 14.07 : f64
    %t1 = arith.mulf %f1, %m1 : f64
    %s0 = arith.constant 101.87 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %a1 = arith.addf %a0, %t1 : f64
    %sin = math.sin %a1 : f64
    %k = arith.constant 1.0 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<3x4xf64>
  %v250 = tensor.cast %v249 : tensor<3x4xf64> to tensor<?x4xf64>
  %v251 = arith.constant 0.0 : f64
  %v252 = tensor.from_elements %v251 : tensor<f64>
  %v253 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g9, %v250 : tensor<?x4xf64>, tensor<?x4xf64>) outs(%v252 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v254 = tensor.extract %v253[] : tensor<f64>
  %v255 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v250, %v54 : tensor<?x4xf64>, tensor<?x4xf64>) outs(%v54 : tensor<?x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?x4xf64>
  %v256 = func.call @objective(%v27, %v30, %v33, %v36, %v39, %v42, %v45, %v48, %v51, %v255, %v57, %v60, %v63, %v66, %v69, %v70, %v73, %v76, %v79, %v82, %v85) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v257 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v250, %v54 : tensor<?x4xf64>, tensor<?x4xf64>) outs(%v54 : tensor<?x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?x4xf64>
  %v258 = func.call @objective(%v27, %v30, %v33, %v36, %v39, %v42, %v45, %v48, %v51, %v257, %v57, %v60, %v63, %v66, %v69, %v70, %v73, %v76, %v79, %v82, %v85) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v259 = arith.subf %v256, %v258 : f64
  %v260 = arith.divf %v259, %twoh : f64
  %v261 = arith.subf %v254, %v260 : f64
  %v262 = math.absf %v261 : f64
  %v263 = math.absf %v260 : f64
  %v264 = arith.divf %v262, %v263 : f64
  %v265 = arith.cmpf olt, %v264, %tol : f64
  scf.if %v265 {
    vector.print str "PASS XK "
  } else {
    vector.print str "FAIL XK "
  }
  vector.print %v264 : f64
  %v266 = tensor.empty() : tensor<3x4xf64>
  %v267 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v266 : tensor<3x4xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 13.469999999999999 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %i1 = linalg.index 1 : index
    %c1 = arith.index_cast %i1 : index to i64
    %f1 = arith.sitofp %c1 : i64 to f64
    %m1 = arith.constant 14.18 : f64
    %t1 = arith.mulf %f1, %m1 : f64
    %s0 = arith.constant 102.80000000000001 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %a1 = arith.addf %a0, %t1 : f64
    %sin = math.sin %a1 : f64
    %k = arith.constant 1.0 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<3x4xf64>
  %v268 = tensor.cast %v267 : tensor<3x4xf64> to tensor<?x4xf64>
  %v269 = arith.constant 0.0 : f64
  %v270 = tensor.from_elements %v269 : tensor<f64>
  %v271 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g10, %v268 : tensor<?x4xf64>, tensor<?x4xf64>) outs(%v270 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v272 = tensor.extract %v271[] : tensor<f64>
  %v273 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v268, %v57 : tensor<?x4xf64>, tensor<?x4xf64>) outs(%v57 : tensor<?x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?x4xf64>
  %v274 = func.call @objective(%v27, %v30, %v33, %v36, %v39, %v42, %v45, %v48, %v51, %v54, %v273, %v60, %v63, %v66, %v69, %v70, %v73, %v76, %v79, %v82, %v85) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v275 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v268, %v57 : tensor<?x4xf64>, tensor<?x4xf64>) outs(%v57 : tensor<?x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?x4xf64>
  %v276 = func.call @objective(%v27, %v30, %v33, %v36, %v39, %v42, %v45, %v48, %v51, %v54, %v275, %v60, %v63, %v66, %v69, %v70, %v73, %v76, %v79, %v82, %v85) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v277 = arith.subf %v274, %v276 : f64
  %v278 = arith.divf %v277, %twoh : f64
  %v279 = arith.subf %v272, %v278 : f64
  %v280 = math.absf %v279 : f64
  %v281 = math.absf %v278 : f64
  %v282 = arith.divf %v280, %v281 : f64
  %v283 = arith.cmpf olt, %v282, %tol : f64
  scf.if %v283 {
    vector.print str "PASS XV "
  } else {
    vector.print str "FAIL XV "
  }
  vector.print %v282 : f64
  %v284 = tensor.empty() : tensor<3xf64>
  %v285 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} outs(%v284 : tensor<3xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 13.580000000000002 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %s0 = arith.constant 103.73 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %sin = math.sin %a0 : f64
    %k = arith.constant 1.0 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<3xf64>
  %v286 = tensor.cast %v285 : tensor<3xf64> to tensor<?xf64>
  %v287 = arith.constant 0.0 : f64
  %v288 = tensor.from_elements %v287 : tensor<f64>
  %v289 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> ()>], iterator_types = ["reduction"]} ins(%g11, %v286 : tensor<?xf64>, tensor<?xf64>) outs(%v288 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v290 = tensor.extract %v289[] : tensor<f64>
  %v291 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%v286, %v60 : tensor<?xf64>, tensor<?xf64>) outs(%v60 : tensor<?xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?xf64>
  %v292 = func.call @objective(%v27, %v30, %v33, %v36, %v39, %v42, %v45, %v48, %v51, %v54, %v57, %v291, %v63, %v66, %v69, %v70, %v73, %v76, %v79, %v82, %v85) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v293 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%v286, %v60 : tensor<?xf64>, tensor<?xf64>) outs(%v60 : tensor<?xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?xf64>
  %v294 = func.call @objective(%v27, %v30, %v33, %v36, %v39, %v42, %v45, %v48, %v51, %v54, %v57, %v293, %v63, %v66, %v69, %v70, %v73, %v76, %v79, %v82, %v85) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v295 = arith.subf %v292, %v294 : f64
  %v296 = arith.divf %v295, %twoh : f64
  %v297 = arith.subf %v290, %v296 : f64
  %v298 = math.absf %v297 : f64
  %v299 = math.absf %v296 : f64
  %v300 = arith.divf %v298, %v299 : f64
  %v301 = arith.cmpf olt, %v300, %tol : f64
  scf.if %v301 {
    vector.print str "PASS lr "
  } else {
    vector.print str "FAIL lr "
  }
  vector.print %v300 : f64
  %v302 = tensor.empty() : tensor<3xf64>
  %v303 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} outs(%v302 : tensor<3xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 13.690000000000001 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %s0 = arith.constant 104.66000000000001 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %sin = math.sin %a0 : f64
    %k = arith.constant 1.0 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<3xf64>
  %v304 = tensor.cast %v303 : tensor<3xf64> to tensor<?xf64>
  %v305 = arith.constant 0.0 : f64
  %v306 = tensor.from_elements %v305 : tensor<f64>
  %v307 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> ()>], iterator_types = ["reduction"]} ins(%g12, %v304 : tensor<?xf64>, tensor<?xf64>) outs(%v306 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v308 = tensor.extract %v307[] : tensor<f64>
  %v309 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%v304, %v63 : tensor<?xf64>, tensor<?xf64>) outs(%v63 : tensor<?xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?xf64>
  %v310 = func.call @objective(%v27, %v30, %v33, %v36, %v39, %v42, %v45, %v48, %v51, %v54, %v57, %v60, %v309, %v66, %v69, %v70, %v73, %v76, %v79, %v82, %v85) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v311 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%v304, %v63 : tensor<?xf64>, tensor<?xf64>) outs(%v63 : tensor<?xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?xf64>
  %v312 = func.call @objective(%v27, %v30, %v33, %v36, %v39, %v42, %v45, %v48, %v51, %v54, %v57, %v60, %v311, %v66, %v69, %v70, %v73, %v76, %v79, %v82, %v85) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v313 = arith.subf %v310, %v312 : f64
  %v314 = arith.divf %v313, %twoh : f64
  %v315 = arith.subf %v308, %v314 : f64
  %v316 = math.absf %v315 : f64
  %v317 = math.absf %v314 : f64
  %v318 = arith.divf %v316, %v317 : f64
  %v319 = arith.cmpf olt, %v318, %tol : f64
  scf.if %v319 {
    vector.print str "PASS ts "
  } else {
    vector.print str "FAIL ts "
  }
  vector.print %v318 : f64
  %v320 = tensor.empty() : tensor<4xf64>
  %v321 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} outs(%v320 : tensor<4xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 13.8 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %s0 = arith.constant 105.59 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %sin = math.sin %a0 : f64
    %k = arith.constant 1.0 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<4xf64>
  %v322 = tensor.cast %v321 : tensor<4xf64> to tensor<4xf64>
  %v323 = arith.constant 0.0 : f64
  %v324 = tensor.from_elements %v323 : tensor<f64>
  %v325 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> ()>], iterator_types = ["reduction"]} ins(%g13, %v322 : tensor<4xf64>, tensor<4xf64>) outs(%v324 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v326 = tensor.extract %v325[] : tensor<f64>
  %v327 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%v322, %v66 : tensor<4xf64>, tensor<4xf64>) outs(%v66 : tensor<4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<4xf64>
  %v328 = func.call @objective(%v27, %v30, %v33, %v36, %v39, %v42, %v45, %v48, %v51, %v54, %v57, %v60, %v63, %v327, %v69, %v70, %v73, %v76, %v79, %v82, %v85) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v329 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%v322, %v66 : tensor<4xf64>, tensor<4xf64>) outs(%v66 : tensor<4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<4xf64>
  %v330 = func.call @objective(%v27, %v30, %v33, %v36, %v39, %v42, %v45, %v48, %v51, %v54, %v57, %v60, %v63, %v329, %v69, %v70, %v73, %v76, %v79, %v82, %v85) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v331 = arith.subf %v328, %v330 : f64
  %v332 = arith.divf %v331, %twoh : f64
  %v333 = arith.subf %v326, %v332 : f64
  %v334 = math.absf %v333 : f64
  %v335 = math.absf %v332 : f64
  %v336 = arith.divf %v334, %v335 : f64
  %v337 = arith.cmpf olt, %v336, %tol : f64
  scf.if %v337 {
    vector.print str "PASS ln_weight "
  } else {
    vector.print str "FAIL ln_weight "
  }
  vector.print %v336 : f64
  %v338 = tensor.empty() : tensor<4xf64>
  %v339 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} outs(%v338 : tensor<4xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 13.91 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %s0 = arith.constant 106.52000000000001 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %sin = math.sin %a0 : f64
    %k = arith.constant 1.0 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<4xf64>
  %v340 = tensor.cast %v339 : tensor<4xf64> to tensor<4xf64>
  %v341 = arith.constant 0.0 : f64
  %v342 = tensor.from_elements %v341 : tensor<f64>
  %v343 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> ()>], iterator_types = ["reduction"]} ins(%g14, %v340 : tensor<4xf64>, tensor<4xf64>) outs(%v342 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v344 = tensor.extract %v343[] : tensor<f64>
  %v345 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%v340, %v69 : tensor<4xf64>, tensor<4xf64>) outs(%v69 : tensor<4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<4xf64>
  %v346 = func.call @objective(%v27, %v30, %v33, %v36, %v39, %v42, %v45, %v48, %v51, %v54, %v57, %v60, %v63, %v66, %v345, %v70, %v73, %v76, %v79, %v82, %v85) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v347 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%v340, %v69 : tensor<4xf64>, tensor<4xf64>) outs(%v69 : tensor<4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<4xf64>
  %v348 = func.call @objective(%v27, %v30, %v33, %v36, %v39, %v42, %v45, %v48, %v51, %v54, %v57, %v60, %v63, %v66, %v347, %v70, %v73, %v76, %v79, %v82, %v85) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v349 = arith.subf %v346, %v348 : f64
  %v350 = arith.divf %v349, %twoh : f64
  %v351 = arith.subf %v344, %v350 : f64
  %v352 = math.absf %v351 : f64
  %v353 = math.absf %v350 : f64
  %v354 = arith.divf %v352, %v353 : f64
  %v355 = arith.cmpf olt, %v354, %tol : f64
  scf.if %v355 {
    vector.print str "PASS ln_bias "
  } else {
    vector.print str "FAIL ln_bias "
  }
  vector.print %v354 : f64
  return
}
