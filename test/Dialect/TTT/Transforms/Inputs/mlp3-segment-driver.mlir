func.func private @objective(%x0: tensor<4x8xf64>, %x1: tensor<1x8xf64>, %x2: tensor<8x12xf64>, %x3: tensor<1x12xf64>, %x4: tensor<12x4xf64>, %x5: tensor<1x4xf64>, %x6: tensor<4x8xf64>, %x7: tensor<1x8xf64>, %x8: tensor<8x12xf64>, %x9: tensor<1x12xf64>, %x10: tensor<12x4xf64>, %x11: tensor<1x4xf64>, %x12: tensor<?x4xf64>, %x13: tensor<?x4xf64>, %x14: tensor<?x4xf64>, %x15: tensor<?xf64>, %x16: tensor<?xf64>, %x17: tensor<4xf64>, %x18: tensor<4xf64>, %x19: i1, %ct0: tensor<?x4xf64>, %ct1: tensor<4x8xf64>, %ct2: tensor<1x8xf64>, %ct3: tensor<8x12xf64>, %ct4: tensor<1x12xf64>, %ct5: tensor<12x4xf64>, %ct6: tensor<1x4xf64>) -> f64 {
  %f0, %f1, %f2, %f3, %f4, %f5, %f6 = func.call @mlp3_segment(%x0, %x1, %x2, %x3, %x4, %x5, %x6, %x7, %x8, %x9, %x10, %x11, %x12, %x13, %x14, %x15, %x16, %x17, %x18, %x19) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1) -> (tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>)
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
  %v7 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%ct1, %f1 : tensor<4x8xf64>, tensor<4x8xf64>) outs(%v6 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v8 = tensor.extract %v7[] : tensor<f64>
  %v9 = arith.addf %v4, %v8 : f64
  %v10 = arith.constant 0.0 : f64
  %v11 = tensor.from_elements %v10 : tensor<f64>
  %v12 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%ct2, %f2 : tensor<1x8xf64>, tensor<1x8xf64>) outs(%v11 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v13 = tensor.extract %v12[] : tensor<f64>
  %v14 = arith.addf %v9, %v13 : f64
  %v15 = arith.constant 0.0 : f64
  %v16 = tensor.from_elements %v15 : tensor<f64>
  %v17 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%ct3, %f3 : tensor<8x12xf64>, tensor<8x12xf64>) outs(%v16 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v18 = tensor.extract %v17[] : tensor<f64>
  %v19 = arith.addf %v14, %v18 : f64
  %v20 = arith.constant 0.0 : f64
  %v21 = tensor.from_elements %v20 : tensor<f64>
  %v22 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%ct4, %f4 : tensor<1x12xf64>, tensor<1x12xf64>) outs(%v21 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v23 = tensor.extract %v22[] : tensor<f64>
  %v24 = arith.addf %v19, %v23 : f64
  %v25 = arith.constant 0.0 : f64
  %v26 = tensor.from_elements %v25 : tensor<f64>
  %v27 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%ct5, %f5 : tensor<12x4xf64>, tensor<12x4xf64>) outs(%v26 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v28 = tensor.extract %v27[] : tensor<f64>
  %v29 = arith.addf %v24, %v28 : f64
  %v30 = arith.constant 0.0 : f64
  %v31 = tensor.from_elements %v30 : tensor<f64>
  %v32 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%ct6, %f6 : tensor<1x4xf64>, tensor<1x4xf64>) outs(%v31 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v33 = tensor.extract %v32[] : tensor<f64>
  %v34 = arith.addf %v29, %v33 : f64
  return %v34 : f64
}

func.func @main() {
  %v35 = tensor.empty() : tensor<4x8xf64>
  %v36 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v35 : tensor<4x8xf64>) {
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
  } -> tensor<4x8xf64>
  %v37 = tensor.cast %v36 : tensor<4x8xf64> to tensor<4x8xf64>
  %v38 = tensor.empty() : tensor<1x8xf64>
  %v39 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v38 : tensor<1x8xf64>) {
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
  } -> tensor<1x8xf64>
  %v40 = tensor.cast %v39 : tensor<1x8xf64> to tensor<1x8xf64>
  %v41 = tensor.empty() : tensor<8x12xf64>
  %v42 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v41 : tensor<8x12xf64>) {
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
  } -> tensor<8x12xf64>
  %v43 = tensor.cast %v42 : tensor<8x12xf64> to tensor<8x12xf64>
  %v44 = tensor.empty() : tensor<1x12xf64>
  %v45 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v44 : tensor<1x12xf64>) {
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
  } -> tensor<1x12xf64>
  %v46 = tensor.cast %v45 : tensor<1x12xf64> to tensor<1x12xf64>
  %v47 = tensor.empty() : tensor<12x4xf64>
  %v48 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v47 : tensor<12x4xf64>) {
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
  } -> tensor<12x4xf64>
  %v49 = tensor.cast %v48 : tensor<12x4xf64> to tensor<12x4xf64>
  %v50 = tensor.empty() : tensor<1x4xf64>
  %v51 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v50 : tensor<1x4xf64>) {
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
  } -> tensor<1x4xf64>
  %v52 = tensor.cast %v51 : tensor<1x4xf64> to tensor<1x4xf64>
  %v53 = tensor.empty() : tensor<4x8xf64>
  %v54 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v53 : tensor<4x8xf64>) {
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
  } -> tensor<4x8xf64>
  %v55 = tensor.cast %v54 : tensor<4x8xf64> to tensor<4x8xf64>
  %v56 = tensor.empty() : tensor<1x8xf64>
  %v57 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v56 : tensor<1x8xf64>) {
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
  } -> tensor<1x8xf64>
  %v58 = tensor.cast %v57 : tensor<1x8xf64> to tensor<1x8xf64>
  %v59 = tensor.empty() : tensor<8x12xf64>
  %v60 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v59 : tensor<8x12xf64>) {
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
  } -> tensor<8x12xf64>
  %v61 = tensor.cast %v60 : tensor<8x12xf64> to tensor<8x12xf64>
  %v62 = tensor.empty() : tensor<1x12xf64>
  %v63 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v62 : tensor<1x12xf64>) {
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
  } -> tensor<1x12xf64>
  %v64 = tensor.cast %v63 : tensor<1x12xf64> to tensor<1x12xf64>
  %v65 = tensor.empty() : tensor<12x4xf64>
  %v66 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v65 : tensor<12x4xf64>) {
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
  } -> tensor<12x4xf64>
  %v67 = tensor.cast %v66 : tensor<12x4xf64> to tensor<12x4xf64>
  %v68 = tensor.empty() : tensor<1x4xf64>
  %v69 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v68 : tensor<1x4xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 2.58 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %i1 = linalg.index 1 : index
    %c1 = arith.index_cast %i1 : index to i64
    %f1 = arith.sitofp %c1 : i64 to f64
    %m1 = arith.constant 3.29 : f64
    %t1 = arith.mulf %f1, %m1 : f64
    %s0 = arith.constant 10.73 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %a1 = arith.addf %a0, %t1 : f64
    %sin = math.sin %a1 : f64
    %k = arith.constant 1.0 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<1x4xf64>
  %v70 = tensor.cast %v69 : tensor<1x4xf64> to tensor<1x4xf64>
  %v71 = tensor.empty() : tensor<1x4xf64>
  %v72 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v71 : tensor<1x4xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 2.6900000000000004 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %i1 = linalg.index 1 : index
    %c1 = arith.index_cast %i1 : index to i64
    %f1 = arith.sitofp %c1 : i64 to f64
    %m1 = arith.constant 3.4000000000000004 : f64
    %t1 = arith.mulf %f1, %m1 : f64
    %s0 = arith.constant 11.66 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %a1 = arith.addf %a0, %t1 : f64
    %sin = math.sin %a1 : f64
    %k = arith.constant 1.0 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<1x4xf64>
  %v73 = tensor.cast %v72 : tensor<1x4xf64> to tensor<?x4xf64>
  %v74 = tensor.empty() : tensor<1x4xf64>
  %v75 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v74 : tensor<1x4xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 2.8 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %i1 = linalg.index 1 : index
    %c1 = arith.index_cast %i1 : index to i64
    %f1 = arith.sitofp %c1 : i64 to f64
    %m1 = arith.constant 3.51 : f64
    %t1 = arith.mulf %f1, %m1 : f64
    %s0 = arith.constant 12.59 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %a1 = arith.addf %a0, %t1 : f64
    %sin = math.sin %a1 : f64
    %k = arith.constant 1.0 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<1x4xf64>
  %v76 = tensor.cast %v75 : tensor<1x4xf64> to tensor<?x4xf64>
  %v77 = tensor.empty() : tensor<1x4xf64>
  %v78 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v77 : tensor<1x4xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 2.91 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %i1 = linalg.index 1 : index
    %c1 = arith.index_cast %i1 : index to i64
    %f1 = arith.sitofp %c1 : i64 to f64
    %m1 = arith.constant 3.62 : f64
    %t1 = arith.mulf %f1, %m1 : f64
    %s0 = arith.constant 13.520000000000001 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %a1 = arith.addf %a0, %t1 : f64
    %sin = math.sin %a1 : f64
    %k = arith.constant 1.0 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<1x4xf64>
  %v79 = tensor.cast %v78 : tensor<1x4xf64> to tensor<?x4xf64>
  %v80 = tensor.empty() : tensor<1xf64>
  %v81 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} outs(%v80 : tensor<1xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 3.02 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %s0 = arith.constant 14.450000000000001 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %sin = math.sin %a0 : f64
    %k = arith.constant 0.1 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<1xf64>
  %v82 = tensor.cast %v81 : tensor<1xf64> to tensor<?xf64>
  %v83 = tensor.empty() : tensor<1xf64>
  %v84 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} outs(%v83 : tensor<1xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 3.13 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %s0 = arith.constant 15.38 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %sin = math.sin %a0 : f64
    %k = arith.constant 0.1 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<1xf64>
  %v85 = tensor.cast %v84 : tensor<1xf64> to tensor<?xf64>
  %v86 = tensor.empty() : tensor<4xf64>
  %v87 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} outs(%v86 : tensor<4xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 3.24 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %s0 = arith.constant 16.310000000000002 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %sin = math.sin %a0 : f64
    %k = arith.constant 1.0 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<4xf64>
  %v88 = tensor.cast %v87 : tensor<4xf64> to tensor<4xf64>
  %v89 = tensor.empty() : tensor<4xf64>
  %v90 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} outs(%v89 : tensor<4xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 3.35 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %s0 = arith.constant 17.240000000000002 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %sin = math.sin %a0 : f64
    %k = arith.constant 1.0 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<4xf64>
  %v91 = tensor.cast %v90 : tensor<4xf64> to tensor<4xf64>
  %v92 = arith.constant true
  %v93 = tensor.empty() : tensor<1x4xf64>
  %v94 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v93 : tensor<1x4xf64>) {
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
  } -> tensor<1x4xf64>
  %v95 = tensor.cast %v94 : tensor<1x4xf64> to tensor<?x4xf64>
  %v96 = tensor.empty() : tensor<4x8xf64>
  %v97 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v96 : tensor<4x8xf64>) {
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
  } -> tensor<4x8xf64>
  %v98 = tensor.cast %v97 : tensor<4x8xf64> to tensor<4x8xf64>
  %v99 = tensor.empty() : tensor<1x8xf64>
  %v100 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v99 : tensor<1x8xf64>) {
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
  } -> tensor<1x8xf64>
  %v101 = tensor.cast %v100 : tensor<1x8xf64> to tensor<1x8xf64>
  %v102 = tensor.empty() : tensor<8x12xf64>
  %v103 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v102 : tensor<8x12xf64>) {
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
  } -> tensor<8x12xf64>
  %v104 = tensor.cast %v103 : tensor<8x12xf64> to tensor<8x12xf64>
  %v105 = tensor.empty() : tensor<1x12xf64>
  %v106 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v105 : tensor<1x12xf64>) {
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
  } -> tensor<1x12xf64>
  %v107 = tensor.cast %v106 : tensor<1x12xf64> to tensor<1x12xf64>
  %v108 = tensor.empty() : tensor<12x4xf64>
  %v109 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v108 : tensor<12x4xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 7.42 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %i1 = linalg.index 1 : index
    %c1 = arith.index_cast %i1 : index to i64
    %f1 = arith.sitofp %c1 : i64 to f64
    %m1 = arith.constant 8.129999999999999 : f64
    %t1 = arith.mulf %f1, %m1 : f64
    %s0 = arith.constant 51.650000000000006 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %a1 = arith.addf %a0, %t1 : f64
    %sin = math.sin %a1 : f64
    %k = arith.constant 1.0 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<12x4xf64>
  %v110 = tensor.cast %v109 : tensor<12x4xf64> to tensor<12x4xf64>
  %v111 = tensor.empty() : tensor<1x4xf64>
  %v112 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v111 : tensor<1x4xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 7.53 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %i1 = linalg.index 1 : index
    %c1 = arith.index_cast %i1 : index to i64
    %f1 = arith.sitofp %c1 : i64 to f64
    %m1 = arith.constant 8.24 : f64
    %t1 = arith.mulf %f1, %m1 : f64
    %s0 = arith.constant 52.580000000000005 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %a1 = arith.addf %a0, %t1 : f64
    %sin = math.sin %a1 : f64
    %k = arith.constant 1.0 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<1x4xf64>
  %v113 = tensor.cast %v112 : tensor<1x4xf64> to tensor<1x4xf64>
  %g0, %g1, %g2, %g3, %g4, %g5, %g6, %g7, %g8, %g9, %g10, %g11, %g12, %g13, %g14, %g15, %g16, %g17, %g18 = func.call @mlp3_segment_vjp(%v37, %v40, %v43, %v46, %v49, %v52, %v55, %v58, %v61, %v64, %v67, %v70, %v73, %v76, %v79, %v82, %v85, %v88, %v91, %v92, %v95, %v98, %v101, %v104, %v107, %v110, %v113) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>)
  %h = arith.constant 1.000000e-05 : f64
  %mh = arith.constant -1.000000e-05 : f64
  %twoh = arith.constant 2.000000e-05 : f64
  %tol = arith.constant 1.000000e-06 : f64
  %v114 = tensor.empty() : tensor<4x8xf64>
  %v115 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v114 : tensor<4x8xf64>) {
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
  } -> tensor<4x8xf64>
  %v116 = tensor.cast %v115 : tensor<4x8xf64> to tensor<4x8xf64>
  %v117 = arith.constant 0.0 : f64
  %v118 = tensor.from_elements %v117 : tensor<f64>
  %v119 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g0, %v116 : tensor<4x8xf64>, tensor<4x8xf64>) outs(%v118 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v120 = tensor.extract %v119[] : tensor<f64>
  %v121 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v116, %v37 : tensor<4x8xf64>, tensor<4x8xf64>) outs(%v37 : tensor<4x8xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<4x8xf64>
  %v122 = func.call @objective(%v121, %v40, %v43, %v46, %v49, %v52, %v55, %v58, %v61, %v64, %v67, %v70, %v73, %v76, %v79, %v82, %v85, %v88, %v91, %v92, %v95, %v98, %v101, %v104, %v107, %v110, %v113) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v123 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v116, %v37 : tensor<4x8xf64>, tensor<4x8xf64>) outs(%v37 : tensor<4x8xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<4x8xf64>
  %v124 = func.call @objective(%v123, %v40, %v43, %v46, %v49, %v52, %v55, %v58, %v61, %v64, %v67, %v70, %v73, %v76, %v79, %v82, %v85, %v88, %v91, %v92, %v95, %v98, %v101, %v104, %v107, %v110, %v113) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v125 = arith.subf %v122, %v124 : f64
  %v126 = arith.divf %v125, %twoh : f64
  %v127 = arith.subf %v120, %v126 : f64
  %v128 = math.absf %v127 : f64
  %v129 = math.absf %v126 : f64
  %v130 = arith.divf %v128, %v129 : f64
  %v131 = arith.cmpf olt, %v130, %tol : f64
  scf.if %v131 {
    vector.print str "PASS W1 "
  } else {
    vector.print str "FAIL W1 "
  }
  vector.print %v130 : f64
  %v132 = tensor.empty() : tensor<1x8xf64>
  %v133 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v132 : tensor<1x8xf64>) {
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
  } -> tensor<1x8xf64>
  %v134 = tensor.cast %v133 : tensor<1x8xf64> to tensor<1x8xf64>
  %v135 = arith.constant 0.0 : f64
  %v136 = tensor.from_elements %v135 : tensor<f64>
  %v137 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g1, %v134 : tensor<1x8xf64>, tensor<1x8xf64>) outs(%v136 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v138 = tensor.extract %v137[] : tensor<f64>
  %v139 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v134, %v40 : tensor<1x8xf64>, tensor<1x8xf64>) outs(%v40 : tensor<1x8xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<1x8xf64>
  %v140 = func.call @objective(%v37, %v139, %v43, %v46, %v49, %v52, %v55, %v58, %v61, %v64, %v67, %v70, %v73, %v76, %v79, %v82, %v85, %v88, %v91, %v92, %v95, %v98, %v101, %v104, %v107, %v110, %v113) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v141 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v134, %v40 : tensor<1x8xf64>, tensor<1x8xf64>) outs(%v40 : tensor<1x8xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<1x8xf64>
  %v142 = func.call @objective(%v37, %v141, %v43, %v46, %v49, %v52, %v55, %v58, %v61, %v64, %v67, %v70, %v73, %v76, %v79, %v82, %v85, %v88, %v91, %v92, %v95, %v98, %v101, %v104, %v107, %v110, %v113) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v143 = arith.subf %v140, %v142 : f64
  %v144 = arith.divf %v143, %twoh : f64
  %v145 = arith.subf %v138, %v144 : f64
  %v146 = math.absf %v145 : f64
  %v147 = math.absf %v144 : f64
  %v148 = arith.divf %v146, %v147 : f64
  %v149 = arith.cmpf olt, %v148, %tol : f64
  scf.if %v149 {
    vector.print str "PASS b1 "
  } else {
    vector.print str "FAIL b1 "
  }
  vector.print %v148 : f64
  %v150 = tensor.empty() : tensor<8x12xf64>
  %v151 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v150 : tensor<8x12xf64>) {
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
  } -> tensor<8x12xf64>
  %v152 = tensor.cast %v151 : tensor<8x12xf64> to tensor<8x12xf64>
  %v153 = arith.constant 0.0 : f64
  %v154 = tensor.from_elements %v153 : tensor<f64>
  %v155 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g2, %v152 : tensor<8x12xf64>, tensor<8x12xf64>) outs(%v154 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v156 = tensor.extract %v155[] : tensor<f64>
  %v157 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v152, %v43 : tensor<8x12xf64>, tensor<8x12xf64>) outs(%v43 : tensor<8x12xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<8x12xf64>
  %v158 = func.call @objective(%v37, %v40, %v157, %v46, %v49, %v52, %v55, %v58, %v61, %v64, %v67, %v70, %v73, %v76, %v79, %v82, %v85, %v88, %v91, %v92, %v95, %v98, %v101, %v104, %v107, %v110, %v113) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v159 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v152, %v43 : tensor<8x12xf64>, tensor<8x12xf64>) outs(%v43 : tensor<8x12xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<8x12xf64>
  %v160 = func.call @objective(%v37, %v40, %v159, %v46, %v49, %v52, %v55, %v58, %v61, %v64, %v67, %v70, %v73, %v76, %v79, %v82, %v85, %v88, %v91, %v92, %v95, %v98, %v101, %v104, %v107, %v110, %v113) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v161 = arith.subf %v158, %v160 : f64
  %v162 = arith.divf %v161, %twoh : f64
  %v163 = arith.subf %v156, %v162 : f64
  %v164 = math.absf %v163 : f64
  %v165 = math.absf %v162 : f64
  %v166 = arith.divf %v164, %v165 : f64
  %v167 = arith.cmpf olt, %v166, %tol : f64
  scf.if %v167 {
    vector.print str "PASS W2 "
  } else {
    vector.print str "FAIL W2 "
  }
  vector.print %v166 : f64
  %v168 = tensor.empty() : tensor<1x12xf64>
  %v169 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v168 : tensor<1x12xf64>) {
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
  } -> tensor<1x12xf64>
  %v170 = tensor.cast %v169 : tensor<1x12xf64> to tensor<1x12xf64>
  %v171 = arith.constant 0.0 : f64
  %v172 = tensor.from_elements %v171 : tensor<f64>
  %v173 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g3, %v170 : tensor<1x12xf64>, tensor<1x12xf64>) outs(%v172 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v174 = tensor.extract %v173[] : tensor<f64>
  %v175 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v170, %v46 : tensor<1x12xf64>, tensor<1x12xf64>) outs(%v46 : tensor<1x12xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<1x12xf64>
  %v176 = func.call @objective(%v37, %v40, %v43, %v175, %v49, %v52, %v55, %v58, %v61, %v64, %v67, %v70, %v73, %v76, %v79, %v82, %v85, %v88, %v91, %v92, %v95, %v98, %v101, %v104, %v107, %v110, %v113) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v177 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v170, %v46 : tensor<1x12xf64>, tensor<1x12xf64>) outs(%v46 : tensor<1x12xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<1x12xf64>
  %v178 = func.call @objective(%v37, %v40, %v43, %v177, %v49, %v52, %v55, %v58, %v61, %v64, %v67, %v70, %v73, %v76, %v79, %v82, %v85, %v88, %v91, %v92, %v95, %v98, %v101, %v104, %v107, %v110, %v113) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v179 = arith.subf %v176, %v178 : f64
  %v180 = arith.divf %v179, %twoh : f64
  %v181 = arith.subf %v174, %v180 : f64
  %v182 = math.absf %v181 : f64
  %v183 = math.absf %v180 : f64
  %v184 = arith.divf %v182, %v183 : f64
  %v185 = arith.cmpf olt, %v184, %tol : f64
  scf.if %v185 {
    vector.print str "PASS b2 "
  } else {
    vector.print str "FAIL b2 "
  }
  vector.print %v184 : f64
  %v186 = tensor.empty() : tensor<12x4xf64>
  %v187 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v186 : tensor<12x4xf64>) {
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
  } -> tensor<12x4xf64>
  %v188 = tensor.cast %v187 : tensor<12x4xf64> to tensor<12x4xf64>
  %v189 = arith.constant 0.0 : f64
  %v190 = tensor.from_elements %v189 : tensor<f64>
  %v191 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g4, %v188 : tensor<12x4xf64>, tensor<12x4xf64>) outs(%v190 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v192 = tensor.extract %v191[] : tensor<f64>
  %v193 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v188, %v49 : tensor<12x4xf64>, tensor<12x4xf64>) outs(%v49 : tensor<12x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<12x4xf64>
  %v194 = func.call @objective(%v37, %v40, %v43, %v46, %v193, %v52, %v55, %v58, %v61, %v64, %v67, %v70, %v73, %v76, %v79, %v82, %v85, %v88, %v91, %v92, %v95, %v98, %v101, %v104, %v107, %v110, %v113) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v195 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v188, %v49 : tensor<12x4xf64>, tensor<12x4xf64>) outs(%v49 : tensor<12x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<12x4xf64>
  %v196 = func.call @objective(%v37, %v40, %v43, %v46, %v195, %v52, %v55, %v58, %v61, %v64, %v67, %v70, %v73, %v76, %v79, %v82, %v85, %v88, %v91, %v92, %v95, %v98, %v101, %v104, %v107, %v110, %v113) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v197 = arith.subf %v194, %v196 : f64
  %v198 = arith.divf %v197, %twoh : f64
  %v199 = arith.subf %v192, %v198 : f64
  %v200 = math.absf %v199 : f64
  %v201 = math.absf %v198 : f64
  %v202 = arith.divf %v200, %v201 : f64
  %v203 = arith.cmpf olt, %v202, %tol : f64
  scf.if %v203 {
    vector.print str "PASS W3 "
  } else {
    vector.print str "FAIL W3 "
  }
  vector.print %v202 : f64
  %v204 = tensor.empty() : tensor<1x4xf64>
  %v205 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v204 : tensor<1x4xf64>) {
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
  } -> tensor<1x4xf64>
  %v206 = tensor.cast %v205 : tensor<1x4xf64> to tensor<1x4xf64>
  %v207 = arith.constant 0.0 : f64
  %v208 = tensor.from_elements %v207 : tensor<f64>
  %v209 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g5, %v206 : tensor<1x4xf64>, tensor<1x4xf64>) outs(%v208 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v210 = tensor.extract %v209[] : tensor<f64>
  %v211 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v206, %v52 : tensor<1x4xf64>, tensor<1x4xf64>) outs(%v52 : tensor<1x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<1x4xf64>
  %v212 = func.call @objective(%v37, %v40, %v43, %v46, %v49, %v211, %v55, %v58, %v61, %v64, %v67, %v70, %v73, %v76, %v79, %v82, %v85, %v88, %v91, %v92, %v95, %v98, %v101, %v104, %v107, %v110, %v113) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v213 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v206, %v52 : tensor<1x4xf64>, tensor<1x4xf64>) outs(%v52 : tensor<1x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<1x4xf64>
  %v214 = func.call @objective(%v37, %v40, %v43, %v46, %v49, %v213, %v55, %v58, %v61, %v64, %v67, %v70, %v73, %v76, %v79, %v82, %v85, %v88, %v91, %v92, %v95, %v98, %v101, %v104, %v107, %v110, %v113) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v215 = arith.subf %v212, %v214 : f64
  %v216 = arith.divf %v215, %twoh : f64
  %v217 = arith.subf %v210, %v216 : f64
  %v218 = math.absf %v217 : f64
  %v219 = math.absf %v216 : f64
  %v220 = arith.divf %v218, %v219 : f64
  %v221 = arith.cmpf olt, %v220, %tol : f64
  scf.if %v221 {
    vector.print str "PASS b3 "
  } else {
    vector.print str "FAIL b3 "
  }
  vector.print %v220 : f64
  %v222 = tensor.empty() : tensor<4x8xf64>
  %v223 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v222 : tensor<4x8xf64>) {
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
  } -> tensor<4x8xf64>
  %v224 = tensor.cast %v223 : tensor<4x8xf64> to tensor<4x8xf64>
  %v225 = arith.constant 0.0 : f64
  %v226 = tensor.from_elements %v225 : tensor<f64>
  %v227 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g6, %v224 : tensor<4x8xf64>, tensor<4x8xf64>) outs(%v226 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v228 = tensor.extract %v227[] : tensor<f64>
  %v229 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v224, %v55 : tensor<4x8xf64>, tensor<4x8xf64>) outs(%v55 : tensor<4x8xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<4x8xf64>
  %v230 = func.call @objective(%v37, %v40, %v43, %v46, %v49, %v52, %v229, %v58, %v61, %v64, %v67, %v70, %v73, %v76, %v79, %v82, %v85, %v88, %v91, %v92, %v95, %v98, %v101, %v104, %v107, %v110, %v113) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v231 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v224, %v55 : tensor<4x8xf64>, tensor<4x8xf64>) outs(%v55 : tensor<4x8xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<4x8xf64>
  %v232 = func.call @objective(%v37, %v40, %v43, %v46, %v49, %v52, %v231, %v58, %v61, %v64, %v67, %v70, %v73, %v76, %v79, %v82, %v85, %v88, %v91, %v92, %v95, %v98, %v101, %v104, %v107, %v110, %v113) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v233 = arith.subf %v230, %v232 : f64
  %v234 = arith.divf %v233, %twoh : f64
  %v235 = arith.subf %v228, %v234 : f64
  %v236 = math.absf %v235 : f64
  %v237 = math.absf %v234 : f64
  %v238 = arith.divf %v236, %v237 : f64
  %v239 = arith.cmpf olt, %v238, %tol : f64
  scf.if %v239 {
    vector.print str "PASS W1.grad_sum "
  } else {
    vector.print str "FAIL W1.grad_sum "
  }
  vector.print %v238 : f64
  %v240 = tensor.empty() : tensor<1x8xf64>
  %v241 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v240 : tensor<1x8xf64>) {
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
  } -> tensor<1x8xf64>
  %v242 = tensor.cast %v241 : tensor<1x8xf64> to tensor<1x8xf64>
  %v243 = arith.constant 0.0 : f64
  %v244 = tensor.from_elements %v243 : tensor<f64>
  %v245 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g7, %v242 : tensor<1x8xf64>, tensor<1x8xf64>) outs(%v244 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v246 = tensor.extract %v245[] : tensor<f64>
  %v247 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v242, %v58 : tensor<1x8xf64>, tensor<1x8xf64>) outs(%v58 : tensor<1x8xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<1x8xf64>
  %v248 = func.call @objective(%v37, %v40, %v43, %v46, %v49, %v52, %v55, %v247, %v61, %v64, %v67, %v70, %v73, %v76, %v79, %v82, %v85, %v88, %v91, %v92, %v95, %v98, %v101, %v104, %v107, %v110, %v113) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v249 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v242, %v58 : tensor<1x8xf64>, tensor<1x8xf64>) outs(%v58 : tensor<1x8xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<1x8xf64>
  %v250 = func.call @objective(%v37, %v40, %v43, %v46, %v49, %v52, %v55, %v249, %v61, %v64, %v67, %v70, %v73, %v76, %v79, %v82, %v85, %v88, %v91, %v92, %v95, %v98, %v101, %v104, %v107, %v110, %v113) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v251 = arith.subf %v248, %v250 : f64
  %v252 = arith.divf %v251, %twoh : f64
  %v253 = arith.subf %v246, %v252 : f64
  %v254 = math.absf %v253 : f64
  %v255 = math.absf %v252 : f64
  %v256 = arith.divf %v254, %v255 : f64
  %v257 = arith.cmpf olt, %v256, %tol : f64
  scf.if %v257 {
    vector.print str "PASS b1.grad_sum "
  } else {
    vector.print str "FAIL b1.grad_sum "
  }
  vector.print %v256 : f64
  %v258 = tensor.empty() : tensor<8x12xf64>
  %v259 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v258 : tensor<8x12xf64>) {
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
  } -> tensor<8x12xf64>
  %v260 = tensor.cast %v259 : tensor<8x12xf64> to tensor<8x12xf64>
  %v261 = arith.constant 0.0 : f64
  %v262 = tensor.from_elements %v261 : tensor<f64>
  %v263 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g8, %v260 : tensor<8x12xf64>, tensor<8x12xf64>) outs(%v262 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v264 = tensor.extract %v263[] : tensor<f64>
  %v265 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v260, %v61 : tensor<8x12xf64>, tensor<8x12xf64>) outs(%v61 : tensor<8x12xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<8x12xf64>
  %v266 = func.call @objective(%v37, %v40, %v43, %v46, %v49, %v52, %v55, %v58, %v265, %v64, %v67, %v70, %v73, %v76, %v79, %v82, %v85, %v88, %v91, %v92, %v95, %v98, %v101, %v104, %v107, %v110, %v113) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v267 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v260, %v61 : tensor<8x12xf64>, tensor<8x12xf64>) outs(%v61 : tensor<8x12xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<8x12xf64>
  %v268 = func.call @objective(%v37, %v40, %v43, %v46, %v49, %v52, %v55, %v58, %v267, %v64, %v67, %v70, %v73, %v76, %v79, %v82, %v85, %v88, %v91, %v92, %v95, %v98, %v101, %v104, %v107, %v110, %v113) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v269 = arith.subf %v266, %v268 : f64
  %v270 = arith.divf %v269, %twoh : f64
  %v271 = arith.subf %v264, %v270 : f64
  %v272 = math.absf %v271 : f64
  %v273 = math.absf %v270 : f64
  %v274 = arith.divf %v272, %v273 : f64
  %v275 = arith.cmpf olt, %v274, %tol : f64
  scf.if %v275 {
    vector.print str "PASS W2.grad_sum "
  } else {
    vector.print str "FAIL W2.grad_sum "
  }
  vector.print %v274 : f64
  %v276 = tensor.empty() : tensor<1x12xf64>
  %v277 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v276 : tensor<1x12xf64>) {
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
  } -> tensor<1x12xf64>
  %v278 = tensor.cast %v277 : tensor<1x12xf64> to tensor<1x12xf64>
  %v279 = arith.constant 0.0 : f64
  %v280 = tensor.from_elements %v279 : tensor<f64>
  %v281 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g9, %v278 : tensor<1x12xf64>, tensor<1x12xf64>) outs(%v280 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v282 = tensor.extract %v281[] : tensor<f64>
  %v283 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v278, %v64 : tensor<1x12xf64>, tensor<1x12xf64>) outs(%v64 : tensor<1x12xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<1x12xf64>
  %v284 = func.call @objective(%v37, %v40, %v43, %v46, %v49, %v52, %v55, %v58, %v61, %v283, %v67, %v70, %v73, %v76, %v79, %v82, %v85, %v88, %v91, %v92, %v95, %v98, %v101, %v104, %v107, %v110, %v113) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v285 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v278, %v64 : tensor<1x12xf64>, tensor<1x12xf64>) outs(%v64 : tensor<1x12xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<1x12xf64>
  %v286 = func.call @objective(%v37, %v40, %v43, %v46, %v49, %v52, %v55, %v58, %v61, %v285, %v67, %v70, %v73, %v76, %v79, %v82, %v85, %v88, %v91, %v92, %v95, %v98, %v101, %v104, %v107, %v110, %v113) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v287 = arith.subf %v284, %v286 : f64
  %v288 = arith.divf %v287, %twoh : f64
  %v289 = arith.subf %v282, %v288 : f64
  %v290 = math.absf %v289 : f64
  %v291 = math.absf %v288 : f64
  %v292 = arith.divf %v290, %v291 : f64
  %v293 = arith.cmpf olt, %v292, %tol : f64
  scf.if %v293 {
    vector.print str "PASS b2.grad_sum "
  } else {
    vector.print str "FAIL b2.grad_sum "
  }
  vector.print %v292 : f64
  %v294 = tensor.empty() : tensor<12x4xf64>
  %v295 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v294 : tensor<12x4xf64>) {
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
  } -> tensor<12x4xf64>
  %v296 = tensor.cast %v295 : tensor<12x4xf64> to tensor<12x4xf64>
  %v297 = arith.constant 0.0 : f64
  %v298 = tensor.from_elements %v297 : tensor<f64>
  %v299 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g10, %v296 : tensor<12x4xf64>, tensor<12x4xf64>) outs(%v298 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v300 = tensor.extract %v299[] : tensor<f64>
  %v301 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v296, %v67 : tensor<12x4xf64>, tensor<12x4xf64>) outs(%v67 : tensor<12x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<12x4xf64>
  %v302 = func.call @objective(%v37, %v40, %v43, %v46, %v49, %v52, %v55, %v58, %v61, %v64, %v301, %v70, %v73, %v76, %v79, %v82, %v85, %v88, %v91, %v92, %v95, %v98, %v101, %v104, %v107, %v110, %v113) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v303 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v296, %v67 : tensor<12x4xf64>, tensor<12x4xf64>) outs(%v67 : tensor<12x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<12x4xf64>
  %v304 = func.call @objective(%v37, %v40, %v43, %v46, %v49, %v52, %v55, %v58, %v61, %v64, %v303, %v70, %v73, %v76, %v79, %v82, %v85, %v88, %v91, %v92, %v95, %v98, %v101, %v104, %v107, %v110, %v113) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v305 = arith.subf %v302, %v304 : f64
  %v306 = arith.divf %v305, %twoh : f64
  %v307 = arith.subf %v300, %v306 : f64
  %v308 = math.absf %v307 : f64
  %v309 = math.absf %v306 : f64
  %v310 = arith.divf %v308, %v309 : f64
  %v311 = arith.cmpf olt, %v310, %tol : f64
  scf.if %v311 {
    vector.print str "PASS W3.grad_sum "
  } else {
    vector.print str "FAIL W3.grad_sum "
  }
  vector.print %v310 : f64
  %v312 = tensor.empty() : tensor<1x4xf64>
  %v313 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v312 : tensor<1x4xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 13.580000000000002 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %i1 = linalg.index 1 : index
    %c1 = arith.index_cast %i1 : index to i64
    %f1 = arith.sitofp %c1 : i64 to f64
    %m1 = arith.constant 14.290000000000001 : f64
    %t1 = arith.mulf %f1, %m1 : f64
    %s0 = arith.constant 103.73 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %a1 = arith.addf %a0, %t1 : f64
    %sin = math.sin %a1 : f64
    %k = arith.constant 1.0 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<1x4xf64>
  %v314 = tensor.cast %v313 : tensor<1x4xf64> to tensor<1x4xf64>
  %v315 = arith.constant 0.0 : f64
  %v316 = tensor.from_elements %v315 : tensor<f64>
  %v317 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g11, %v314 : tensor<1x4xf64>, tensor<1x4xf64>) outs(%v316 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v318 = tensor.extract %v317[] : tensor<f64>
  %v319 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v314, %v70 : tensor<1x4xf64>, tensor<1x4xf64>) outs(%v70 : tensor<1x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<1x4xf64>
  %v320 = func.call @objective(%v37, %v40, %v43, %v46, %v49, %v52, %v55, %v58, %v61, %v64, %v67, %v319, %v73, %v76, %v79, %v82, %v85, %v88, %v91, %v92, %v95, %v98, %v101, %v104, %v107, %v110, %v113) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v321 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v314, %v70 : tensor<1x4xf64>, tensor<1x4xf64>) outs(%v70 : tensor<1x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<1x4xf64>
  %v322 = func.call @objective(%v37, %v40, %v43, %v46, %v49, %v52, %v55, %v58, %v61, %v64, %v67, %v321, %v73, %v76, %v79, %v82, %v85, %v88, %v91, %v92, %v95, %v98, %v101, %v104, %v107, %v110, %v113) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v323 = arith.subf %v320, %v322 : f64
  %v324 = arith.divf %v323, %twoh : f64
  %v325 = arith.subf %v318, %v324 : f64
  %v326 = math.absf %v325 : f64
  %v327 = math.absf %v324 : f64
  %v328 = arith.divf %v326, %v327 : f64
  %v329 = arith.cmpf olt, %v328, %tol : f64
  scf.if %v329 {
    vector.print str "PASS b3.grad_sum "
  } else {
    vector.print str "FAIL b3.grad_sum "
  }
  vector.print %v328 : f64
  %v330 = tensor.empty() : tensor<1x4xf64>
  %v331 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v330 : tensor<1x4xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 13.690000000000001 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %i1 = linalg.index 1 : index
    %c1 = arith.index_cast %i1 : index to i64
    %f1 = arith.sitofp %c1 : i64 to f64
    %m1 = arith.constant 14.4 : f64
    %t1 = arith.mulf %f1, %m1 : f64
    %s0 = arith.constant 104.66000000000001 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %a1 = arith.addf %a0, %t1 : f64
    %sin = math.sin %a1 : f64
    %k = arith.constant 1.0 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<1x4xf64>
  %v332 = tensor.cast %v331 : tensor<1x4xf64> to tensor<?x4xf64>
  %v333 = arith.constant 0.0 : f64
  %v334 = tensor.from_elements %v333 : tensor<f64>
  %v335 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g12, %v332 : tensor<?x4xf64>, tensor<?x4xf64>) outs(%v334 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v336 = tensor.extract %v335[] : tensor<f64>
  %v337 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v332, %v73 : tensor<?x4xf64>, tensor<?x4xf64>) outs(%v73 : tensor<?x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?x4xf64>
  %v338 = func.call @objective(%v37, %v40, %v43, %v46, %v49, %v52, %v55, %v58, %v61, %v64, %v67, %v70, %v337, %v76, %v79, %v82, %v85, %v88, %v91, %v92, %v95, %v98, %v101, %v104, %v107, %v110, %v113) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v339 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v332, %v73 : tensor<?x4xf64>, tensor<?x4xf64>) outs(%v73 : tensor<?x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?x4xf64>
  %v340 = func.call @objective(%v37, %v40, %v43, %v46, %v49, %v52, %v55, %v58, %v61, %v64, %v67, %v70, %v339, %v76, %v79, %v82, %v85, %v88, %v91, %v92, %v95, %v98, %v101, %v104, %v107, %v110, %v113) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v341 = arith.subf %v338, %v340 : f64
  %v342 = arith.divf %v341, %twoh : f64
  %v343 = arith.subf %v336, %v342 : f64
  %v344 = math.absf %v343 : f64
  %v345 = math.absf %v342 : f64
  %v346 = arith.divf %v344, %v345 : f64
  %v347 = arith.cmpf olt, %v346, %tol : f64
  scf.if %v347 {
    vector.print str "PASS XQ "
  } else {
    vector.print str "FAIL XQ "
  }
  vector.print %v346 : f64
  %v348 = tensor.empty() : tensor<1x4xf64>
  %v349 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v348 : tensor<1x4xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 13.8 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %i1 = linalg.index 1 : index
    %c1 = arith.index_cast %i1 : index to i64
    %f1 = arith.sitofp %c1 : i64 to f64
    %m1 = arith.constant 14.51 : f64
    %t1 = arith.mulf %f1, %m1 : f64
    %s0 = arith.constant 105.59 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %a1 = arith.addf %a0, %t1 : f64
    %sin = math.sin %a1 : f64
    %k = arith.constant 1.0 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<1x4xf64>
  %v350 = tensor.cast %v349 : tensor<1x4xf64> to tensor<?x4xf64>
  %v351 = arith.constant 0.0 : f64
  %v352 = tensor.from_elements %v351 : tensor<f64>
  %v353 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g13, %v350 : tensor<?x4xf64>, tensor<?x4xf64>) outs(%v352 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v354 = tensor.extract %v353[] : tensor<f64>
  %v355 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v350, %v76 : tensor<?x4xf64>, tensor<?x4xf64>) outs(%v76 : tensor<?x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?x4xf64>
  %v356 = func.call @objective(%v37, %v40, %v43, %v46, %v49, %v52, %v55, %v58, %v61, %v64, %v67, %v70, %v73, %v355, %v79, %v82, %v85, %v88, %v91, %v92, %v95, %v98, %v101, %v104, %v107, %v110, %v113) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v357 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v350, %v76 : tensor<?x4xf64>, tensor<?x4xf64>) outs(%v76 : tensor<?x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?x4xf64>
  %v358 = func.call @objective(%v37, %v40, %v43, %v46, %v49, %v52, %v55, %v58, %v61, %v64, %v67, %v70, %v73, %v357, %v79, %v82, %v85, %v88, %v91, %v92, %v95, %v98, %v101, %v104, %v107, %v110, %v113) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v359 = arith.subf %v356, %v358 : f64
  %v360 = arith.divf %v359, %twoh : f64
  %v361 = arith.subf %v354, %v360 : f64
  %v362 = math.absf %v361 : f64
  %v363 = math.absf %v360 : f64
  %v364 = arith.divf %v362, %v363 : f64
  %v365 = arith.cmpf olt, %v364, %tol : f64
  scf.if %v365 {
    vector.print str "PASS XK "
  } else {
    vector.print str "FAIL XK "
  }
  vector.print %v364 : f64
  %v366 = tensor.empty() : tensor<1x4xf64>
  %v367 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v366 : tensor<1x4xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 13.91 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %i1 = linalg.index 1 : index
    %c1 = arith.index_cast %i1 : index to i64
    %f1 = arith.sitofp %c1 : i64 to f64
    %m1 = arith.constant 14.620000000000001 : f64
    %t1 = arith.mulf %f1, %m1 : f64
    %s0 = arith.constant 106.52000000000001 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %a1 = arith.addf %a0, %t1 : f64
    %sin = math.sin %a1 : f64
    %k = arith.constant 1.0 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<1x4xf64>
  %v368 = tensor.cast %v367 : tensor<1x4xf64> to tensor<?x4xf64>
  %v369 = arith.constant 0.0 : f64
  %v370 = tensor.from_elements %v369 : tensor<f64>
  %v371 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g14, %v368 : tensor<?x4xf64>, tensor<?x4xf64>) outs(%v370 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v372 = tensor.extract %v371[] : tensor<f64>
  %v373 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v368, %v79 : tensor<?x4xf64>, tensor<?x4xf64>) outs(%v79 : tensor<?x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?x4xf64>
  %v374 = func.call @objective(%v37, %v40, %v43, %v46, %v49, %v52, %v55, %v58, %v61, %v64, %v67, %v70, %v73, %v76, %v373, %v82, %v85, %v88, %v91, %v92, %v95, %v98, %v101, %v104, %v107, %v110, %v113) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v375 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v368, %v79 : tensor<?x4xf64>, tensor<?x4xf64>) outs(%v79 : tensor<?x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?x4xf64>
  %v376 = func.call @objective(%v37, %v40, %v43, %v46, %v49, %v52, %v55, %v58, %v61, %v64, %v67, %v70, %v73, %v76, %v375, %v82, %v85, %v88, %v91, %v92, %v95, %v98, %v101, %v104, %v107, %v110, %v113) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v377 = arith.subf %v374, %v376 : f64
  %v378 = arith.divf %v377, %twoh : f64
  %v379 = arith.subf %v372, %v378 : f64
  %v380 = math.absf %v379 : f64
  %v381 = math.absf %v378 : f64
  %v382 = arith.divf %v380, %v381 : f64
  %v383 = arith.cmpf olt, %v382, %tol : f64
  scf.if %v383 {
    vector.print str "PASS XV "
  } else {
    vector.print str "FAIL XV "
  }
  vector.print %v382 : f64
  %v384 = tensor.empty() : tensor<1xf64>
  %v385 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} outs(%v384 : tensor<1xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 14.02 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %s0 = arith.constant 107.45 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %sin = math.sin %a0 : f64
    %k = arith.constant 1.0 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<1xf64>
  %v386 = tensor.cast %v385 : tensor<1xf64> to tensor<?xf64>
  %v387 = arith.constant 0.0 : f64
  %v388 = tensor.from_elements %v387 : tensor<f64>
  %v389 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> ()>], iterator_types = ["reduction"]} ins(%g15, %v386 : tensor<?xf64>, tensor<?xf64>) outs(%v388 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v390 = tensor.extract %v389[] : tensor<f64>
  %v391 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%v386, %v82 : tensor<?xf64>, tensor<?xf64>) outs(%v82 : tensor<?xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?xf64>
  %v392 = func.call @objective(%v37, %v40, %v43, %v46, %v49, %v52, %v55, %v58, %v61, %v64, %v67, %v70, %v73, %v76, %v79, %v391, %v85, %v88, %v91, %v92, %v95, %v98, %v101, %v104, %v107, %v110, %v113) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v393 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%v386, %v82 : tensor<?xf64>, tensor<?xf64>) outs(%v82 : tensor<?xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?xf64>
  %v394 = func.call @objective(%v37, %v40, %v43, %v46, %v49, %v52, %v55, %v58, %v61, %v64, %v67, %v70, %v73, %v76, %v79, %v393, %v85, %v88, %v91, %v92, %v95, %v98, %v101, %v104, %v107, %v110, %v113) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v395 = arith.subf %v392, %v394 : f64
  %v396 = arith.divf %v395, %twoh : f64
  %v397 = arith.subf %v390, %v396 : f64
  %v398 = math.absf %v397 : f64
  %v399 = math.absf %v396 : f64
  %v400 = arith.divf %v398, %v399 : f64
  %v401 = arith.cmpf olt, %v400, %tol : f64
  scf.if %v401 {
    vector.print str "PASS lr "
  } else {
    vector.print str "FAIL lr "
  }
  vector.print %v400 : f64
  %v402 = tensor.empty() : tensor<1xf64>
  %v403 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} outs(%v402 : tensor<1xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 14.129999999999999 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %s0 = arith.constant 108.38000000000001 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %sin = math.sin %a0 : f64
    %k = arith.constant 1.0 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<1xf64>
  %v404 = tensor.cast %v403 : tensor<1xf64> to tensor<?xf64>
  %v405 = arith.constant 0.0 : f64
  %v406 = tensor.from_elements %v405 : tensor<f64>
  %v407 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> ()>], iterator_types = ["reduction"]} ins(%g16, %v404 : tensor<?xf64>, tensor<?xf64>) outs(%v406 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v408 = tensor.extract %v407[] : tensor<f64>
  %v409 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%v404, %v85 : tensor<?xf64>, tensor<?xf64>) outs(%v85 : tensor<?xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?xf64>
  %v410 = func.call @objective(%v37, %v40, %v43, %v46, %v49, %v52, %v55, %v58, %v61, %v64, %v67, %v70, %v73, %v76, %v79, %v82, %v409, %v88, %v91, %v92, %v95, %v98, %v101, %v104, %v107, %v110, %v113) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v411 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%v404, %v85 : tensor<?xf64>, tensor<?xf64>) outs(%v85 : tensor<?xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?xf64>
  %v412 = func.call @objective(%v37, %v40, %v43, %v46, %v49, %v52, %v55, %v58, %v61, %v64, %v67, %v70, %v73, %v76, %v79, %v82, %v411, %v88, %v91, %v92, %v95, %v98, %v101, %v104, %v107, %v110, %v113) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v413 = arith.subf %v410, %v412 : f64
  %v414 = arith.divf %v413, %twoh : f64
  %v415 = arith.subf %v408, %v414 : f64
  %v416 = math.absf %v415 : f64
  %v417 = math.absf %v414 : f64
  %v418 = arith.divf %v416, %v417 : f64
  %v419 = arith.cmpf olt, %v418, %tol : f64
  scf.if %v419 {
    vector.print str "PASS ts "
  } else {
    vector.print str "FAIL ts "
  }
  vector.print %v418 : f64
  %v420 = tensor.empty() : tensor<4xf64>
  %v421 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} outs(%v420 : tensor<4xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 14.239999999999998 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %s0 = arith.constant 109.31 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %sin = math.sin %a0 : f64
    %k = arith.constant 1.0 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<4xf64>
  %v422 = tensor.cast %v421 : tensor<4xf64> to tensor<4xf64>
  %v423 = arith.constant 0.0 : f64
  %v424 = tensor.from_elements %v423 : tensor<f64>
  %v425 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> ()>], iterator_types = ["reduction"]} ins(%g17, %v422 : tensor<4xf64>, tensor<4xf64>) outs(%v424 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v426 = tensor.extract %v425[] : tensor<f64>
  %v427 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%v422, %v88 : tensor<4xf64>, tensor<4xf64>) outs(%v88 : tensor<4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<4xf64>
  %v428 = func.call @objective(%v37, %v40, %v43, %v46, %v49, %v52, %v55, %v58, %v61, %v64, %v67, %v70, %v73, %v76, %v79, %v82, %v85, %v427, %v91, %v92, %v95, %v98, %v101, %v104, %v107, %v110, %v113) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v429 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%v422, %v88 : tensor<4xf64>, tensor<4xf64>) outs(%v88 : tensor<4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<4xf64>
  %v430 = func.call @objective(%v37, %v40, %v43, %v46, %v49, %v52, %v55, %v58, %v61, %v64, %v67, %v70, %v73, %v76, %v79, %v82, %v85, %v429, %v91, %v92, %v95, %v98, %v101, %v104, %v107, %v110, %v113) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v431 = arith.subf %v428, %v430 : f64
  %v432 = arith.divf %v431, %twoh : f64
  %v433 = arith.subf %v426, %v432 : f64
  %v434 = math.absf %v433 : f64
  %v435 = math.absf %v432 : f64
  %v436 = arith.divf %v434, %v435 : f64
  %v437 = arith.cmpf olt, %v436, %tol : f64
  scf.if %v437 {
    vector.print str "PASS ln_weight "
  } else {
    vector.print str "FAIL ln_weight "
  }
  vector.print %v436 : f64
  %v438 = tensor.empty() : tensor<4xf64>
  %v439 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} outs(%v438 : tensor<4xf64>) {
  ^bb0(%o: f64):
    %i0 = linalg.index 0 : index
    %c0 = arith.index_cast %i0 : index to i64
    %f0 = arith.sitofp %c0 : i64 to f64
    %m0 = arith.constant 14.350000000000001 : f64
    %t0 = arith.mulf %f0, %m0 : f64
    %s0 = arith.constant 110.24000000000001 : f64
    %a0 = arith.addf %s0, %t0 : f64
    %sin = math.sin %a0 : f64
    %k = arith.constant 1.0 : f64
    %y = arith.mulf %sin, %k : f64
    linalg.yield %y : f64
  } -> tensor<4xf64>
  %v440 = tensor.cast %v439 : tensor<4xf64> to tensor<4xf64>
  %v441 = arith.constant 0.0 : f64
  %v442 = tensor.from_elements %v441 : tensor<f64>
  %v443 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> ()>], iterator_types = ["reduction"]} ins(%g18, %v440 : tensor<4xf64>, tensor<4xf64>) outs(%v442 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v444 = tensor.extract %v443[] : tensor<f64>
  %v445 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%v440, %v91 : tensor<4xf64>, tensor<4xf64>) outs(%v91 : tensor<4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<4xf64>
  %v446 = func.call @objective(%v37, %v40, %v43, %v46, %v49, %v52, %v55, %v58, %v61, %v64, %v67, %v70, %v73, %v76, %v79, %v82, %v85, %v88, %v445, %v92, %v95, %v98, %v101, %v104, %v107, %v110, %v113) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v447 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%v440, %v91 : tensor<4xf64>, tensor<4xf64>) outs(%v91 : tensor<4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<4xf64>
  %v448 = func.call @objective(%v37, %v40, %v43, %v46, %v49, %v52, %v55, %v58, %v61, %v64, %v67, %v70, %v73, %v76, %v79, %v82, %v85, %v88, %v447, %v92, %v95, %v98, %v101, %v104, %v107, %v110, %v113) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, i1, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v449 = arith.subf %v446, %v448 : f64
  %v450 = arith.divf %v449, %twoh : f64
  %v451 = arith.subf %v444, %v450 : f64
  %v452 = math.absf %v451 : f64
  %v453 = math.absf %v450 : f64
  %v454 = arith.divf %v452, %v453 : f64
  %v455 = arith.cmpf olt, %v454, %tol : f64
  scf.if %v455 {
    vector.print str "PASS ln_bias "
  } else {
    vector.print str "FAIL ln_bias "
  }
  vector.print %v454 : f64
  return
}
