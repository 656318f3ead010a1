func.func private @objective(%x0: tensor<4x16xf64>, %x1: tensor<1x16xf64>, %x2: tensor<16x4xf64>, %x3: tensor<1x4xf64>, %x4: tensor<4x16xf64>, %x5: tensor<1x16xf64>, %x6: tensor<16x4xf64>, %x7: tensor<1x4xf64>, %x8: tensor<?x4xf64>, %x9: tensor<?x4xf64>, %x10: tensor<?x4xf64>, %x11: tensor<?xf64>, %x12: tensor<?xf64>, %x13: tensor<4xf64>, %x14: tensor<4xf64>, %ct0: tensor<?x4xf64>, %ct1: tensor<4x16xf64>, %ct2: tensor<1x16xf64>, %ct3: tensor<16x4xf64>, %ct4: tensor<1x4xf64>) -> f64 {
  %f0, %f1, %f2, %f3, %f4 = func.call @mlp_segment(%x0, %x1, %x2, %x3, %x4, %x5, %x6, %x7, %x8, %x9, %x10, %x11, %x12, %x13, %x14) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>) -> (tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>)
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
  %v70 = tensor.empty() : tensor<3x4xf64>
  %v71 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v70 : tensor<3x4xf64>) {
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
  %v72 = tensor.cast %v71 : tensor<3x4xf64> to tensor<?x4xf64>
  %v73 = tensor.empty() : tensor<4x16xf64>
  %v74 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v73 : tensor<4x16xf64>) {
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
  %v75 = tensor.cast %v74 : tensor<4x16xf64> to tensor<4x16xf64>
  %v76 = tensor.empty() : tensor<1x16xf64>
  %v77 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v76 : tensor<1x16xf64>) {
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
  %v78 = tensor.cast %v77 : tensor<1x16xf64> to tensor<1x16xf64>
  %v79 = tensor.empty() : tensor<16x4xf64>
  %v80 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v79 : tensor<16x4xf64>) {
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
  %v81 = tensor.cast %v80 : tensor<16x4xf64> to tensor<16x4xf64>
  %v82 = tensor.empty() : tensor<1x4xf64>
  %v83 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v82 : tensor<1x4xf64>) {
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
  %v84 = tensor.cast %v83 : tensor<1x4xf64> to tensor<1x4xf64>
  %g0, %g1, %g2, %g3, %g4, %g5, %g6, %g7, %g8, %g9, %g10, %g11, %g12, %g13, %g14 = func.call @mlp_segment_vjp(%v27, %v30, %v33, %v36, %v39, %v42, %v45, %v48, %v51, %v54, %v57, %v60, %v63, %v66, %v69, %v72, %v75, %v78, %v81, %v84) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>)
  %h = arith.constant 1.000000e-05 : f64
  %mh = arith.constant -1.000000e-05 : f64
  %twoh = arith.constant 2.000000e-05 : f64
  %tol = arith.constant 1.000000e-06 : f64
  %v85 = tensor.empty() : tensor<4x16xf64>
  %v86 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v85 : tensor<4x16xf64>) {
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
  %v87 = tensor.cast %v86 : tensor<4x16xf64> to tensor<4x16xf64>
  %v88 = arith.constant 0.0 : f64
  %v89 = tensor.from_elements %v88 : tensor<f64>
  %v90 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g0, %v87 : tensor<4x16xf64>, tensor<4x16xf64>) outs(%v89 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v91 = tensor.extract %v90[] : tensor<f64>
  %v92 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v87, %v27 : tensor<4x16xf64>, tensor<4x16xf64>) outs(%v27 : tensor<4x16xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<4x16xf64>
  %v93 = func.call @objective(%v92, %v30, %v33, %v36, %v39, %v42, %v45, %v48, %v51, %v54, %v57, %v60, %v63, %v66, %v69, %v72, %v75, %v78, %v81, %v84) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v94 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v87, %v27 : tensor<4x16xf64>, tensor<4x16xf64>) outs(%v27 : tensor<4x16xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<4x16xf64>
  %v95 = func.call @objective(%v94, %v30, %v33, %v36, %v39, %v42, %v45, %v48, %v51, %v54, %v57, %v60, %v63, %v66, %v69, %v72, %v75, %v78, %v81, %v84) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v96 = arith.subf %v93, %v95 : f64
  %v97 = arith.divf %v96, %twoh : f64
  %v98 = arith.subf %v91, %v97 : f64
  %v99 = math.absf %v98 : f64
  %v100 = math.absf %v97 : f64
  %v101 = arith.divf %v99, %v100 : f64
  %v102 = arith.cmpf olt, %v101, %tol : f64
  scf.if %v102 {
    vector.print str "PASS W1 "
  } else {
    vector.print str "FAIL W1 "
  }
  vector.print %v101 : f64
  %v103 = tensor.empty() : tensor<1x16xf64>
  %v104 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v103 : tensor<1x16xf64>) {
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
  %v105 = tensor.cast %v104 : tensor<1x16xf64> to tensor<1x16xf64>
  %v106 = arith.constant 0.0 : f64
  %v107 = tensor.from_elements %v106 : tensor<f64>
  %v108 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g1, %v105 : tensor<1x16xf64>, tensor<1x16xf64>) outs(%v107 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v109 = tensor.extract %v108[] : tensor<f64>
  %v110 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v105, %v30 : tensor<1x16xf64>, tensor<1x16xf64>) outs(%v30 : tensor<1x16xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<1x16xf64>
  %v111 = func.call @objective(%v27, %v110, %v33, %v36, %v39, %v42, %v45, %v48, %v51, %v54, %v57, %v60, %v63, %v66, %v69, %v72, %v75, %v78, %v81, %v84) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v112 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v105, %v30 : tensor<1x16xf64>, tensor<1x16xf64>) outs(%v30 : tensor<1x16xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<1x16xf64>
  %v113 = func.call @objective(%v27, %v112, %v33, %v36, %v39, %v42, %v45, %v48, %v51, %v54, %v57, %v60, %v63, %v66, %v69, %v72, %v75, %v78, %v81, %v84) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v114 = arith.subf %v111, %v113 : f64
  %v115 = arith.divf %v114, %twoh : f64
  %v116 = arith.subf %v109, %v115 : f64
  %v117 = math.absf %v116 : f64
  %v118 = math.absf %v115 : f64
  %v119 = arith.divf %v117, %v118 : f64
  %v120 = arith.cmpf olt, %v119, %tol : f64
  scf.if %v120 {
    vector.print str "PASS b1 "
  } else {
    vector.print str "FAIL b1 "
  }
  vector.print %v119 : f64
  %v121 = tensor.empty() : tensor<16x4xf64>
  %v122 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v121 : tensor<16x4xf64>) {
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
  %v123 = tensor.cast %v122 : tensor<16x4xf64> to tensor<16x4xf64>
  %v124 = arith.constant 0.0 : f64
  %v125 = tensor.from_elements %v124 : tensor<f64>
  %v126 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g2, %v123 : tensor<16x4xf64>, tensor<16x4xf64>) outs(%v125 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v127 = tensor.extract %v126[] : tensor<f64>
  %v128 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v123, %v33 : tensor<16x4xf64>, tensor<16x4xf64>) outs(%v33 : tensor<16x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<16x4xf64>
  %v129 = func.call @objective(%v27, %v30, %v128, %v36, %v39, %v42, %v45, %v48, %v51, %v54, %v57, %v60, %v63, %v66, %v69, %v72, %v75, %v78, %v81, %v84) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v130 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v123, %v33 : tensor<16x4xf64>, tensor<16x4xf64>) outs(%v33 : tensor<16x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<16x4xf64>
  %v131 = func.call @objective(%v27, %v30, %v130, %v36, %v39, %v42, %v45, %v48, %v51, %v54, %v57, %v60, %v63, %v66, %v69, %v72, %v75, %v78, %v81, %v84) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v132 = arith.subf %v129, %v131 : f64
  %v133 = arith.divf %v132, %twoh : f64
  %v134 = arith.subf %v127, %v133 : f64
  %v135 = math.absf %v134 : f64
  %v136 = math.absf %v133 : f64
  %v137 = arith.divf %v135, %v136 : f64
  %v138 = arith.cmpf olt, %v137, %tol : f64
  scf.if %v138 {
    vector.print str "PASS W2 "
  } else {
    vector.print str "FAIL W2 "
  }
  vector.print %v137 : f64
  %v139 = tensor.empty() : tensor<1x4xf64>
  %v140 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v139 : tensor<1x4xf64>) {
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
  %v141 = tensor.cast %v140 : tensor<1x4xf64> to tensor<1x4xf64>
  %v142 = arith.constant 0.0 : f64
  %v143 = tensor.from_elements %v142 : tensor<f64>
  %v144 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g3, %v141 : tensor<1x4xf64>, tensor<1x4xf64>) outs(%v143 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v145 = tensor.extract %v144[] : tensor<f64>
  %v146 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v141, %v36 : tensor<1x4xf64>, tensor<1x4xf64>) outs(%v36 : tensor<1x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<1x4xf64>
  %v147 = func.call @objective(%v27, %v30, %v33, %v146, %v39, %v42, %v45, %v48, %v51, %v54, %v57, %v60, %v63, %v66, %v69, %v72, %v75, %v78, %v81, %v84) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v148 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v141, %v36 : tensor<1x4xf64>, tensor<1x4xf64>) outs(%v36 : tensor<1x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<1x4xf64>
  %v149 = func.call @objective(%v27, %v30, %v33, %v148, %v39, %v42, %v45, %v48, %v51, %v54, %v57, %v60, %v63, %v66, %v69, %v72, %v75, %v78, %v81, %v84) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v150 = arith.subf %v147, %v149 : f64
  %v151 = arith.divf %v150, %twoh : f64
  %v152 = arith.subf %v145, %v151 : f64
  %v153 = math.absf %v152 : f64
  %v154 = math.absf %v151 : f64
  %v155 = arith.divf %v153, %v154 : f64
  %v156 = arith.cmpf olt, %v155, %tol : f64
  scf.if %v156 {
    vector.print str "PASS b2 "
  } else {
    vector.print str "FAIL b2 "
  }
  vector.print %v155 : f64
  %v157 = tensor.empty() : tensor<4x16xf64>
  %v158 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v157 : tensor<4x16xf64>) {
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
  %v159 = tensor.cast %v158 : tensor<4x16xf64> to tensor<4x16xf64>
  %v160 = arith.constant 0.0 : f64
  %v161 = tensor.from_elements %v160 : tensor<f64>
  %v162 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g4, %v159 : tensor<4x16xf64>, tensor<4x16xf64>) outs(%v161 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v163 = tensor.extract %v162[] : tensor<f64>
  %v164 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v159, %v39 : tensor<4x16xf64>, tensor<4x16xf64>) outs(%v39 : tensor<4x16xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<4x16xf64>
  %v165 = func.call @objective(%v27, %v30, %v33, %v36, %v164, %v42, %v45, %v48, %v51, %v54, %v57, %v60, %v63, %v66, %v69, %v72, %v75, %v78, %v81, %v84) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v166 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v159, %v39 : tensor<4x16xf64>, tensor<4x16xf64>) outs(%v39 : tensor<4x16xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<4x16xf64>
  %v167 = func.call @objective(%v27, %v30, %v33, %v36, %v166, %v42, %v45, %v48, %v51, %v54, %v57, %v60, %v63, %v66, %v69, %v72, %v75, %v78, %v81, %v84) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v168 = arith.subf %v165, %v167 : f64
  %v169 = arith.divf %v168, %twoh : f64
  %v170 = arith.subf %v163, %v169 : f64
  %v171 = math.absf %v170 : f64
  %v172 = math.absf %v169 : f64
  %v173 = arith.divf %v171, %v172 : f64
  %v174 = arith.cmpf olt, %v173, %tol : f64
  scf.if %v174 {
    vector.print str "PASS W1.grad_sum "
  } else {
    vector.print str "FAIL W1.grad_sum "
  }
  vector.print %v173 : f64
  %v175 = tensor.empty() : tensor<1x16xf64>
  %v176 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v175 : tensor<1x16xf64>) {
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
  %v177 = tensor.cast %v176 : tensor<1x16xf64> to tensor<1x16xf64>
  %v178 = arith.constant 0.0 : f64
  %v179 = tensor.from_elements %v178 : tensor<f64>
  %v180 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g5, %v177 : tensor<1x16xf64>, tensor<1x16xf64>) outs(%v179 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v181 = tensor.extract %v180[] : tensor<f64>
  %v182 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v177, %v42 : tensor<1x16xf64>, tensor<1x16xf64>) outs(%v42 : tensor<1x16xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<1x16xf64>
  %v183 = func.call @objective(%v27, %v30, %v33, %v36, %v39, %v182, %v45, %v48, %v51, %v54, %v57, %v60, %v63, %v66, %v69, %v72, %v75, %v78, %v81, %v84) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v184 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v177, %v42 : tensor<1x16xf64>, tensor<1x16xf64>) outs(%v42 : tensor<1x16xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<1x16xf64>
  %v185 = func.call @objective(%v27, %v30, %v33, %v36, %v39, %v184, %v45, %v48, %v51, %v54, %v57, %v60, %v63, %v66, %v69, %v72, %v75, %v78, %v81, %v84) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v186 = arith.subf %v183, %v185 : f64
  %v187 = arith.divf %v186, %twoh : f64
  %v188 = arith.subf %v181, %v187 : f64
  %v189 = math.absf %v188 : f64
  %v190 = math.absf %v187 : f64
  %v191 = arith.divf %v189, %v190 : f64
  %v192 = arith.cmpf olt, %v191, %tol : f64
  scf.if %v192 {
    vector.print str "PASS b1.grad_sum "
  } else {
    vector.print str "FAIL b1.grad_sum "
  }
  vector.print %v191 : f64
  %v193 = tensor.empty() : tensor<16x4xf64>
  %v194 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v193 : tensor<16x4xf64>) {
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
  %v195 = tensor.cast %v194 : tensor<16x4xf64> to tensor<16x4xf64>
  %v196 = arith.constant 0.0 : f64
  %v197 = tensor.from_elements %v196 : tensor<f64>
  %v198 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g6, %v195 : tensor<16x4xf64>, tensor<16x4xf64>) outs(%v197 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v199 = tensor.extract %v198[] : tensor<f64>
  %v200 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v195, %v45 : tensor<16x4xf64>, tensor<16x4xf64>) outs(%v45 : tensor<16x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<16x4xf64>
  %v201 = func.call @objective(%v27, %v30, %v33, %v36, %v39, %v42, %v200, %v48, %v51, %v54, %v57, %v60, %v63, %v66, %v69, %v72, %v75, %v78, %v81, %v84) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v202 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v195, %v45 : tensor<16x4xf64>, tensor<16x4xf64>) outs(%v45 : tensor<16x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<16x4xf64>
  %v203 = func.call @objective(%v27, %v30, %v33, %v36, %v39, %v42, %v202, %v48, %v51, %v54, %v57, %v60, %v63, %v66, %v69, %v72, %v75, %v78, %v81, %v84) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v204 = arith.subf %v201, %v203 : f64
  %v205 = arith.divf %v204, %twoh : f64
  %v206 = arith.subf %v199, %v205 : f64
  %v207 = math.absf %v206 : f64
  %v208 = math.absf %v205 : f64
  %v209 = arith.divf %v207, %v208 : f64
  %v210 = arith.cmpf olt, %v209, %tol : f64
  scf.if %v210 {
    vector.print str "PASS W2.grad_sum "
  } else {
    vector.print str "FAIL W2.grad_sum "
  }
  vector.print %v209 : f64
  %v211 = tensor.empty() : tensor<1x4xf64>
  %v212 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v211 : tensor<1x4xf64>) {
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
  %v213 = tensor.cast %v212 : tensor<1x4xf64> to tensor<1x4xf64>
  %v214 = arith.constant 0.0 : f64
  %v215 = tensor.from_elements %v214 : tensor<f64>
  %v216 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g7, %v213 : tensor<1x4xf64>, tensor<1x4xf64>) outs(%v215 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v217 = tensor.extract %v216[] : tensor<f64>
  %v218 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v213, %v48 : tensor<1x4xf64>, tensor<1x4xf64>) outs(%v48 : tensor<1x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<1x4xf64>
  %v219 = func.call @objective(%v27, %v30, %v33, %v36, %v39, %v42, %v45, %v218, %v51, %v54, %v57, %v60, %v63, %v66, %v69, %v72, %v75, %v78, %v81, %v84) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v220 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v213, %v48 : tensor<1x4xf64>, tensor<1x4xf64>) outs(%v48 : tensor<1x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<1x4xf64>
  %v221 = func.call @objective(%v27, %v30, %v33, %v36, %v39, %v42, %v45, %v220, %v51, %v54, %v57, %v60, %v63, %v66, %v69, %v72, %v75, %v78, %v81, %v84) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v222 = arith.subf %v219, %v221 : f64
  %v223 = arith.divf %v222, %twoh : f64
  %v224 = arith.subf %v217, %v223 : f64
  %v225 = math.absf %v224 : f64
  %v226 = math.absf %v223 : f64
  %v227 = arith.divf %v225, %v226 : f64
  %v228 = arith.cmpf olt, %v227, %tol : f64
  scf.if %v228 {
    vector.print str "PASS b2.grad_sum "
  } else {
    vector.print str "FAIL b2.grad_sum "
  }
  vector.print %v227 : f64
  %v229 = tensor.empty() : tensor<3x4xf64>
  %v230 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v229 : tensor<3x4xf64>) {
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
  %v231 = tensor.cast %v230 : tensor<3x4xf64> to tensor<?x4xf64>
  %v232 = arith.constant 0.0 : f64
  %v233 = tensor.from_elements %v232 : tensor<f64>
  %v234 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g8, %v231 : tensor<?x4xf64>, tensor<?x4xf64>) outs(%v233 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v235 = tensor.extract %v234[] : tensor<f64>
  %v236 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v231, %v51 : tensor<?x4xf64>, tensor<?x4xf64>) outs(%v51 : tensor<?x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?x4xf64>
  %v237 = func.call @objective(%v27, %v30, %v33, %v36, %v39, %v42, %v45, %v48, %v236, %v54, %v57, %v60, %v63, %v66, %v69, %v72, %v75, %v78, %v81, %v84) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v238 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v231, %v51 : tensor<?x4xf64>, tensor<?x4xf64>) outs(%v51 : tensor<?x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?x4xf64>
  %v239 = func.call @objective(%v27, %v30, %v33, %v36, %v39, %v42, %v45, %v48, %v238, %v54, %v57, %v60, %v63, %v66, %v69, %v72, %v75, %v78, %v81, %v84) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v240 = arith.subf %v237, %v239 : f64
  %v241 = arith.divf %v240, %twoh : f64
  %v242 = arith.subf %v235, %v241 : f64
  %v243 = math.absf %v242 : f64
  %v244 = math.absf %v241 : f64
  %v245 = arith.divf %v243, %v244 : f64
  %v246 = arith.cmpf olt, %v245, %tol : f64
  scf.if %v246 {
    vector.print str "PASS XQ "
  } else {
    vector.print str "FAIL XQ "
  }
  vector.print %v245 : f64
  %v247 = tensor.empty() : tensor<3x4xf64>
  %v248 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v247 : tensor<3x4xf64>) {
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
  %v249 = tensor.cast %v248 : tensor<3x4xf64> to tensor<?x4xf64>
  %v250 = arith.constant 0.0 : f64
  %v251 = tensor.from_elements %v250 : tensor<f64>
  %v252 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g9, %v249 : tensor<?x4xf64>, tensor<?x4xf64>) outs(%v251 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v253 = tensor.extract %v252[] : tensor<f64>
  %v254 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v249, %v54 : tensor<?x4xf64>, tensor<?x4xf64>) outs(%v54 : tensor<?x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?x4xf64>
  %v255 = func.call @objective(%v27, %v30, %v33, %v36, %v39, %v42, %v45, %v48, %v51, %v254, %v57, %v60, %v63, %v66, %v69, %v72, %v75, %v78, %v81, %v84) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v256 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v249, %v54 : tensor<?x4xf64>, tensor<?x4xf64>) outs(%v54 : tensor<?x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?x4xf64>
  %v257 = func.call @objective(%v27, %v30, %v33, %v36, %v39, %v42, %v45, %v48, %v51, %v256, %v57, %v60, %v63, %v66, %v69, %v72, %v75, %v78, %v81, %v84) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v258 = arith.subf %v255, %v257 : f64
  %v259 = arith.divf %v258, %twoh : f64
  %v260 = arith.subf %v253, %v259 : f64
  %v261 = math.absf %v260 : f64
  %v262 = math.absf %v259 : f64
  %v263 = arith.divf %v261, %v262 : f64
  %v264 = arith.cmpf olt, %v263, %tol : f64
  scf.if %v264 {
    vector.print str "PASS XK "
  } else {
    vector.print str "FAIL XK "
  }
  vector.print %v263 : f64
  %v265 = tensor.empty() : tensor<3x4xf64>
  %v266 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v265 : tensor<3x4xf64>) {
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
  %v267 = tensor.cast %v266 : tensor<3x4xf64> to tensor<?x4xf64>
  %v268 = arith.constant 0.0 : f64
  %v269 = tensor.from_elements %v268 : tensor<f64>
  %v270 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g10, %v267 : tensor<?x4xf64>, tensor<?x4xf64>) outs(%v269 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v271 = tensor.extract %v270[] : tensor<f64>
  %v272 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v267, %v57 : tensor<?x4xf64>, tensor<?x4xf64>) outs(%v57 : tensor<?x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?x4xf64>
  %v273 = func.call @objective(%v27, %v30, %v33, %v36, %v39, %v42, %v45, %v48, %v51, %v54, %v272, %v60, %v63, %v66, %v69, %v72, %v75, %v78, %v81, %v84) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v274 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v267, %v57 : tensor<?x4xf64>, tensor<?x4xf64>) outs(%v57 : tensor<?x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?x4xf64>
  %v275 = func.call @objective(%v27, %v30, %v33, %v36, %v39, %v42, %v45, %v48, %v51, %v54, %v274, %v60, %v63, %v66, %v69, %v72, %v75, %v78, %v81, %v84) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v276 = arith.subf %v273, %v275 : f64
  %v277 = arith.divf %v276, %twoh : f64
  %v278 = arith.subf %v271, %v277 : f64
  %v279 = math.absf %v278 : f64
  %v280 = math.absf %v277 : f64
  %v281 = arith.divf %v279, %v280 : f64
  %v282 = arith.cmpf olt, %v281, %tol : f64
  scf.if %v282 {
    vector.print str "PASS XV "
  } else {
    vector.print str "FAIL XV "
  }
  vector.print %v281 : f64
  %v283 = tensor.empty() : tensor<3xf64>
  %v284 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} outs(%v283 : tensor<3xf64>) {
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
  %v285 = tensor.cast %v284 : tensor<3xf64> to tensor<?xf64>
  %v286 = arith.constant 0.0 : f64
  %v287 = tensor.from_elements %v286 : tensor<f64>
  %v288 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> ()>], iterator_types = ["reduction"]} ins(%g11, %v285 : tensor<?xf64>, tensor<?xf64>) outs(%v287 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v289 = tensor.extract %v288[] : tensor<f64>
  %v290 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%v285, %v60 : tensor<?xf64>, tensor<?xf64>) outs(%v60 : tensor<?xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?xf64>
  %v291 = func.call @objective(%v27, %v30, %v33, %v36, %v39, %v42, %v45, %v48, %v51, %v54, %v57, %v290, %v63, %v66, %v69, %v72, %v75, %v78, %v81, %v84) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v292 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%v285, %v60 : tensor<?xf64>, tensor<?xf64>) outs(%v60 : tensor<?xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?xf64>
  %v293 = func.call @objective(%v27, %v30, %v33, %v36, %v39, %v42, %v45, %v48, %v51, %v54, %v57, %v292, %v63, %v66, %v69, %v72, %v75, %v78, %v81, %v84) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v294 = arith.subf %v291, %v293 : f64
  %v295 = arith.divf %v294, %twoh : f64
  %v296 = arith.subf %v289, %v295 : f64
  %v297 = math.absf %v296 : f64
  %v298 = math.absf %v295 : f64
  %v299 = arith.divf %v297, %v298 : f64
  %v300 = arith.cmpf olt, %v299, %tol : f64
  scf.if %v300 {
    vector.print str "PASS lr "
  } else {
    vector.print str "FAIL lr "
  }
  vector.print %v299 : f64
  %v301 = tensor.empty() : tensor<3xf64>
  %v302 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} outs(%v301 : tensor<3xf64>) {
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
  %v303 = tensor.cast %v302 : tensor<3xf64> to tensor<?xf64>
  %v304 = arith.constant 0.0 : f64
  %v305 = tensor.from_elements %v304 : tensor<f64>
  %v306 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> ()>], iterator_types = ["reduction"]} ins(%g12, %v303 : tensor<?xf64>, tensor<?xf64>) outs(%v305 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v307 = tensor.extract %v306[] : tensor<f64>
  %v308 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%v303, %v63 : tensor<?xf64>, tensor<?xf64>) outs(%v63 : tensor<?xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?xf64>
  %v309 = func.call @objective(%v27, %v30, %v33, %v36, %v39, %v42, %v45, %v48, %v51, %v54, %v57, %v60, %v308, %v66, %v69, %v72, %v75, %v78, %v81, %v84) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v310 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%v303, %v63 : tensor<?xf64>, tensor<?xf64>) outs(%v63 : tensor<?xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?xf64>
  %v311 = func.call @objective(%v27, %v30, %v33, %v36, %v39, %v42, %v45, %v48, %v51, %v54, %v57, %v60, %v310, %v66, %v69, %v72, %v75, %v78, %v81, %v84) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v312 = arith.subf %v309, %v311 : f64
  %v313 = arith.divf %v312, %twoh : f64
  %v314 = arith.subf %v307, %v313 : f64
  %v315 = math.absf %v314 : f64
  %v316 = math.absf %v313 : f64
  %v317 = arith.divf %v315, %v316 : f64
  %v318 = arith.cmpf olt, %v317, %tol : f64
  scf.if %v318 {
    vector.print str "PASS ts "
  } else {
    vector.print str "FAIL ts "
  }
  vector.print %v317 : f64
  %v319 = tensor.empty() : tensor<4xf64>
  %v320 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} outs(%v319 : tensor<4xf64>) {
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
  %v321 = tensor.cast %v320 : tensor<4xf64> to tensor<4xf64>
  %v322 = arith.constant 0.0 : f64
  %v323 = tensor.from_elements %v322 : tensor<f64>
  %v324 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> ()>], iterator_types = ["reduction"]} ins(%g13, %v321 : tensor<4xf64>, tensor<4xf64>) outs(%v323 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v325 = tensor.extract %v324[] : tensor<f64>
  %v326 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%v321, %v66 : tensor<4xf64>, tensor<4xf64>) outs(%v66 : tensor<4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<4xf64>
  %v327 = func.call @objective(%v27, %v30, %v33, %v36, %v39, %v42, %v45, %v48, %v51, %v54, %v57, %v60, %v63, %v326, %v69, %v72, %v75, %v78, %v81, %v84) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v328 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%v321, %v66 : tensor<4xf64>, tensor<4xf64>) outs(%v66 : tensor<4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<4xf64>
  %v329 = func.call @objective(%v27, %v30, %v33, %v36, %v39, %v42, %v45, %v48, %v51, %v54, %v57, %v60, %v63, %v328, %v69, %v72, %v75, %v78, %v81, %v84) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v330 = arith.subf %v327, %v329 : f64
  %v331 = arith.divf %v330, %twoh : f64
  %v332 = arith.subf %v325, %v331 : f64
  %v333 = math.absf %v332 : f64
  %v334 = math.absf %v331 : f64
  %v335 = arith.divf %v333, %v334 : f64
  %v336 = arith.cmpf olt, %v335, %tol : f64
  scf.if %v336 {
    vector.print str "PASS ln_weight "
  } else {
    vector.print str "FAIL ln_weight "
  }
  vector.print %v335 : f64
  %v337 = tensor.empty() : tensor<4xf64>
  %v338 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} outs(%v337 : tensor<4xf64>) {
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
  %v339 = tensor.cast %v338 : tensor<4xf64> to tensor<4xf64>
  %v340 = arith.constant 0.0 : f64
  %v341 = tensor.from_elements %v340 : tensor<f64>
  %v342 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> ()>], iterator_types = ["reduction"]} ins(%g14, %v339 : tensor<4xf64>, tensor<4xf64>) outs(%v341 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v343 = tensor.extract %v342[] : tensor<f64>
  %v344 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%v339, %v69 : tensor<4xf64>, tensor<4xf64>) outs(%v69 : tensor<4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<4xf64>
  %v345 = func.call @objective(%v27, %v30, %v33, %v36, %v39, %v42, %v45, %v48, %v51, %v54, %v57, %v60, %v63, %v66, %v344, %v72, %v75, %v78, %v81, %v84) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v346 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%v339, %v69 : tensor<4xf64>, tensor<4xf64>) outs(%v69 : tensor<4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<4xf64>
  %v347 = func.call @objective(%v27, %v30, %v33, %v36, %v39, %v42, %v45, %v48, %v51, %v54, %v57, %v60, %v63, %v66, %v346, %v72, %v75, %v78, %v81, %v84) : (tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x16xf64>, tensor<1x16xf64>, tensor<16x4xf64>, tensor<1x4xf64>) -> f64
  %v348 = arith.subf %v345, %v347 : f64
  %v349 = arith.divf %v348, %twoh : f64
  %v350 = arith.subf %v343, %v349 : f64
  %v351 = math.absf %v350 : f64
  %v352 = math.absf %v349 : f64
  %v353 = arith.divf %v351, %v352 : f64
  %v354 = arith.cmpf olt, %v353, %tol : f64
  scf.if %v354 {
    vector.print str "PASS ln_bias "
  } else {
    vector.print str "FAIL ln_bias "
  }
  vector.print %v353 : f64
  return
}
