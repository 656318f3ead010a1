func.func private @objective(%x0: tensor<4x8xf64>, %x1: tensor<1x8xf64>, %x2: tensor<8x12xf64>, %x3: tensor<1x12xf64>, %x4: tensor<12x4xf64>, %x5: tensor<1x4xf64>, %x6: tensor<4x8xf64>, %x7: tensor<1x8xf64>, %x8: tensor<8x12xf64>, %x9: tensor<1x12xf64>, %x10: tensor<12x4xf64>, %x11: tensor<1x4xf64>, %x12: tensor<?x4xf64>, %x13: tensor<?x4xf64>, %x14: tensor<?x4xf64>, %x15: tensor<?xf64>, %x16: tensor<?xf64>, %x17: tensor<4xf64>, %x18: tensor<4xf64>, %ct0: tensor<?x4xf64>, %ct1: tensor<4x8xf64>, %ct2: tensor<1x8xf64>, %ct3: tensor<8x12xf64>, %ct4: tensor<1x12xf64>, %ct5: tensor<12x4xf64>, %ct6: tensor<1x4xf64>) -> f64 {
  %f0, %f1, %f2, %f3, %f4, %f5, %f6 = func.call @mlp3_segment(%x0, %x1, %x2, %x3, %x4, %x5, %x6, %x7, %x8, %x9, %x10, %x11, %x12, %x13, %x14, %x15, %x16, %x17, %x18) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>) -> (tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>)
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
  %v92 = tensor.empty() : tensor<1x4xf64>
  %v93 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v92 : tensor<1x4xf64>) {
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
  %v94 = tensor.cast %v93 : tensor<1x4xf64> to tensor<?x4xf64>
  %v95 = tensor.empty() : tensor<4x8xf64>
  %v96 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v95 : tensor<4x8xf64>) {
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
  %v97 = tensor.cast %v96 : tensor<4x8xf64> to tensor<4x8xf64>
  %v98 = tensor.empty() : tensor<1x8xf64>
  %v99 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v98 : tensor<1x8xf64>) {
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
  %v100 = tensor.cast %v99 : tensor<1x8xf64> to tensor<1x8xf64>
  %v101 = tensor.empty() : tensor<8x12xf64>
  %v102 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v101 : tensor<8x12xf64>) {
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
  %v103 = tensor.cast %v102 : tensor<8x12xf64> to tensor<8x12xf64>
  %v104 = tensor.empty() : tensor<1x12xf64>
  %v105 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v104 : tensor<1x12xf64>) {
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
  %v106 = tensor.cast %v105 : tensor<1x12xf64> to tensor<1x12xf64>
  %v107 = tensor.empty() : tensor<12x4xf64>
  %v108 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v107 : tensor<12x4xf64>) {
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
  %v109 = tensor.cast %v108 : tensor<12x4xf64> to tensor<12x4xf64>
  %v110 = tensor.empty() : tensor<1x4xf64>
  %v111 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v110 : tensor<1x4xf64>) {
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
  %v112 = tensor.cast %v111 : tensor<1x4xf64> to tensor<1x4xf64>
  %g0, %g1, %g2, %g3, %g4, %g5, %g6, %g7, %g8, %g9, %g10, %g11, %g12, %g13, %g14, %g15, %g16, %g17, %g18 = func.call @mlp3_segment_vjp(%v37, %v40, %v43, %v46, %v49, %v52, %v55, %v58, %v61, %v64, %v67, %v70, %v73, %v76, %v79, %v82, %v85, %v88, %v91, %v94, %v97, %v100, %v103, %v106, %v109, %v112) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>)
  %h = arith.constant 1.000000e-05 : f64
  %mh = arith.constant -1.000000e-05 : f64
  %twoh = arith.constant 2.000000e-05 : f64
  %tol = arith.constant 1.000000e-06 : f64
  %v113 = tensor.empty() : tensor<4x8xf64>
  %v114 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v113 : tensor<4x8xf64>) {
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
  %v115 = tensor.cast %v114 : tensor<4x8xf64> to tensor<4x8xf64>
  %v116 = arith.constant 0.0 : f64
  %v117 = tensor.from_elements %v116 : tensor<f64>
  %v118 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g0, %v115 : tensor<4x8xf64>, tensor<4x8xf64>) outs(%v117 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v119 = tensor.extract %v118[] : tensor<f64>
  %v120 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v115, %v37 : tensor<4x8xf64>, tensor<4x8xf64>) outs(%v37 : tensor<4x8xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<4x8xf64>
  %v121 = func.call @objective(%v120, %v40, %v43, %v46, %v49, %v52, %v55, %v58, %v61, %v64, %v67, %v70, %v73, %v76, %v79, %v82, %v85, %v88, %v91, %v94, %v97, %v100, %v103, %v106, %v109, %v112) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v122 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v115, %v37 : tensor<4x8xf64>, tensor<4x8xf64>) outs(%v37 : tensor<4x8xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<4x8xf64>
  %v123 = func.call @objective(%v122, %v40, %v43, %v46, %v49, %v52, %v55, %v58, %v61, %v64, %v67, %v70, %v73, %v76, %v79, %v82, %v85, %v88, %v91, %v94, %v97, %v100, %v103, %v106, %v109, %v112) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v124 = arith.subf %v121, %v123 : f64
  %v125 = arith.divf %v124, %twoh : f64
  %v126 = arith.subf %v119, %v125 : f64
  %v127 = math.absf %v126 : f64
  %v128 = math.absf %v125 : f64
  %v129 = arith.divf %v127, %v128 : f64
  %v130 = arith.cmpf olt, %v129, %tol : f64
  scf.if %v130 {
    vector.print str "PASS W1 "
  } else {
    vector.print str "FAIL W1 "
  }
  vector.print %v129 : f64
  %v131 = tensor.empty() : tensor<1x8xf64>
  %v132 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v131 : tensor<1x8xf64>) {
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
  %v133 = tensor.cast %v132 : tensor<1x8xf64> to tensor<1x8xf64>
  %v134 = arith.constant 0.0 : f64
  %v135 = tensor.from_elements %v134 : tensor<f64>
  %v136 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g1, %v133 : tensor<1x8xf64>, tensor<1x8xf64>) outs(%v135 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v137 = tensor.extract %v136[] : tensor<f64>
  %v138 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v133, %v40 : tensor<1x8xf64>, tensor<1x8xf64>) outs(%v40 : tensor<1x8xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<1x8xf64>
  %v139 = func.call @objective(%v37, %v138, %v43, %v46, %v49, %v52, %v55, %v58, %v61, %v64, %v67, %v70, %v73, %v76, %v79, %v82, %v85, %v88, %v91, %v94, %v97, %v100, %v103, %v106, %v109, %v112) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v140 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v133, %v40 : tensor<1x8xf64>, tensor<1x8xf64>) outs(%v40 : tensor<1x8xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<1x8xf64>
  %v141 = func.call @objective(%v37, %v140, %v43, %v46, %v49, %v52, %v55, %v58, %v61, %v64, %v67, %v70, %v73, %v76, %v79, %v82, %v85, %v88, %v91, %v94, %v97, %v100, %v103, %v106, %v109, %v112) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v142 = arith.subf %v139, %v141 : f64
  %v143 = arith.divf %v142, %twoh : f64
  %v144 = arith.subf %v137, %v143 : f64
  %v145 = math.absf %v144 : f64
  %v146 = math.absf %v143 : f64
  %v147 = arith.divf %v145, %v146 : f64
  %v148 = arith.cmpf olt, %v147, %tol : f64
  scf.if %v148 {
    vector.print str "PASS b1 "
  } else {
    vector.print str "FAIL b1 "
  }
  vector.print %v147 : f64
  %v149 = tensor.empty() : tensor<8x12xf64>
  %v150 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v149 : tensor<8x12xf64>) {
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
  %v151 = tensor.cast %v150 : tensor<8x12xf64> to tensor<8x12xf64>
  %v152 = arith.constant 0.0 : f64
  %v153 = tensor.from_elements %v152 : tensor<f64>
  %v154 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g2, %v151 : tensor<8x12xf64>, tensor<8x12xf64>) outs(%v153 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v155 = tensor.extract %v154[] : tensor<f64>
  %v156 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v151, %v43 : tensor<8x12xf64>, tensor<8x12xf64>) outs(%v43 : tensor<8x12xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<8x12xf64>
  %v157 = func.call @objective(%v37, %v40, %v156, %v46, %v49, %v52, %v55, %v58, %v61, %v64, %v67, %v70, %v73, %v76, %v79, %v82, %v85, %v88, %v91, %v94, %v97, %v100, %v103, %v106, %v109, %v112) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v158 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v151, %v43 : tensor<8x12xf64>, tensor<8x12xf64>) outs(%v43 : tensor<8x12xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<8x12xf64>
  %v159 = func.call @objective(%v37, %v40, %v158, %v46, %v49, %v52, %v55, %v58, %v61, %v64, %v67, %v70, %v73, %v76, %v79, %v82, %v85, %v88, %v91, %v94, %v97, %v100, %v103, %v106, %v109, %v112) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v160 = arith.subf %v157, %v159 : f64
  %v161 = arith.divf %v160, %twoh : f64
  %v162 = arith.subf %v155, %v161 : f64
  %v163 = math.absf %v162 : f64
  %v164 = math.absf %v161 : f64
  %v165 = arith.divf %v163, %v164 : f64
  %v166 = arith.cmpf olt, %v165, %tol : f64
  scf.if %v166 {
    vector.print str "PASS W2 "
  } else {
    vector.print str "FAIL W2 "
  }
  vector.print %v165 : f64
  %v167 = tensor.empty() : tensor<1x12xf64>
  %v168 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v167 : tensor<1x12xf64>) {
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
  %v169 = tensor.cast %v168 : tensor<1x12xf64> to tensor<1x12xf64>
  %v170 = arith.constant 0.0 : f64
  %v171 = tensor.from_elements %v170 : tensor<f64>
  %v172 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g3, %v169 : tensor<1x12xf64>, tensor<1x12xf64>) outs(%v171 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v173 = tensor.extract %v172[] : tensor<f64>
  %v174 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v169, %v46 : tensor<1x12xf64>, tensor<1x12xf64>) outs(%v46 : tensor<1x12xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<1x12xf64>
  %v175 = func.call @objective(%v37, %v40, %v43, %v174, %v49, %v52, %v55, %v58, %v61, %v64, %v67, %v70, %v73, %v76, %v79, %v82, %v85, %v88, %v91, %v94, %v97, %v100, %v103, %v106, %v109, %v112) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v176 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v169, %v46 : tensor<1x12xf64>, tensor<1x12xf64>) outs(%v46 : tensor<1x12xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<1x12xf64>
  %v177 = func.call @objective(%v37, %v40, %v43, %v176, %v49, %v52, %v55, %v58, %v61, %v64, %v67, %v70, %v73, %v76, %v79, %v82, %v85, %v88, %v91, %v94, %v97, %v100, %v103, %v106, %v109, %v112) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v178 = arith.subf %v175, %v177 : f64
  %v179 = arith.divf %v178, %twoh : f64
  %v180 = arith.subf %v173, %v179 : f64
  %v181 = math.absf %v180 : f64
  %v182 = math.absf %v179 : f64
  %v183 = arith.divf %v181, %v182 : f64
  %v184 = arith.cmpf olt, %v183, %tol : f64
  scf.if %v184 {
    vector.print str "PASS b2 "
  } else {
    vector.print str "FAIL b2 "
  }
  vector.print %v183 : f64
  %v185 = tensor.empty() : tensor<12x4xf64>
  %v186 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v185 : tensor<12x4xf64>) {
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
  %v187 = tensor.cast %v186 : tensor<12x4xf64> to tensor<12x4xf64>
  %v188 = arith.constant 0.0 : f64
  %v189 = tensor.from_elements %v188 : tensor<f64>
  %v190 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g4, %v187 : tensor<12x4xf64>, tensor<12x4xf64>) outs(%v189 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v191 = tensor.extract %v190[] : tensor<f64>
  %v192 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v187, %v49 : tensor<12x4xf64>, tensor<12x4xf64>) outs(%v49 : tensor<12x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<12x4xf64>
  %v193 = func.call @objective(%v37, %v40, %v43, %v46, %v192, %v52, %v55, %v58, %v61, %v64, %v67, %v70, %v73, %v76, %v79, %v82, %v85, %v88, %v91, %v94, %v97, %v100, %v103, %v106, %v109, %v112) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v194 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v187, %v49 : tensor<12x4xf64>, tensor<12x4xf64>) outs(%v49 : tensor<12x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<12x4xf64>
  %v195 = func.call @objective(%v37, %v40, %v43, %v46, %v194, %v52, %v55, %v58, %v61, %v64, %v67, %v70, %v73, %v76, %v79, %v82, %v85, %v88, %v91, %v94, %v97, %v100, %v103, %v106, %v109, %v112) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v196 = arith.subf %v193, %v195 : f64
  %v197 = arith.divf %v196, %twoh : f64
  %v198 = arith.subf %v191, %v197 : f64
  %v199 = math.absf %v198 : f64
  %v200 = math.absf %v197 : f64
  %v201 = arith.divf %v199, %v200 : f64
  %v202 = arith.cmpf olt, %v201, %tol : f64
  scf.if %v202 {
    vector.print str "PASS W3 "
  } else {
    vector.print str "FAIL W3 "
  }
  vector.print %v201 : f64
  %v203 = tensor.empty() : tensor<1x4xf64>
  %v204 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v203 : tensor<1x4xf64>) {
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
  %v205 = tensor.cast %v204 : tensor<1x4xf64> to tensor<1x4xf64>
  %v206 = arith.constant 0.0 : f64
  %v207 = tensor.from_elements %v206 : tensor<f64>
  %v208 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g5, %v205 : tensor<1x4xf64>, tensor<1x4xf64>) outs(%v207 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v209 = tensor.extract %v208[] : tensor<f64>
  %v210 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v205, %v52 : tensor<1x4xf64>, tensor<1x4xf64>) outs(%v52 : tensor<1x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<1x4xf64>
  %v211 = func.call @objective(%v37, %v40, %v43, %v46, %v49, %v210, %v55, %v58, %v61, %v64, %v67, %v70, %v73, %v76, %v79, %v82, %v85, %v88, %v91, %v94, %v97, %v100, %v103, %v106, %v109, %v112) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v212 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v205, %v52 : tensor<1x4xf64>, tensor<1x4xf64>) outs(%v52 : tensor<1x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<1x4xf64>
  %v213 = func.call @objective(%v37, %v40, %v43, %v46, %v49, %v212, %v55, %v58, %v61, %v64, %v67, %v70, %v73, %v76, %v79, %v82, %v85, %v88, %v91, %v94, %v97, %v100, %v103, %v106, %v109, %v112) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v214 = arith.subf %v211, %v213 : f64
  %v215 = arith.divf %v214, %twoh : f64
  %v216 = arith.subf %v209, %v215 : f64
  %v217 = math.absf %v216 : f64
  %v218 = math.absf %v215 : f64
  %v219 = arith.divf %v217, %v218 : f64
  %v220 = arith.cmpf olt, %v219, %tol : f64
  scf.if %v220 {
    vector.print str "PASS b3 "
  } else {
    vector.print str "FAIL b3 "
  }
  vector.print %v219 : f64
  %v221 = tensor.empty() : tensor<4x8xf64>
  %v222 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v221 : tensor<4x8xf64>) {
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
  %v223 = tensor.cast %v222 : tensor<4x8xf64> to tensor<4x8xf64>
  %v224 = arith.constant 0.0 : f64
  %v225 = tensor.from_elements %v224 : tensor<f64>
  %v226 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g6, %v223 : tensor<4x8xf64>, tensor<4x8xf64>) outs(%v225 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v227 = tensor.extract %v226[] : tensor<f64>
  %v228 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v223, %v55 : tensor<4x8xf64>, tensor<4x8xf64>) outs(%v55 : tensor<4x8xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<4x8xf64>
  %v229 = func.call @objective(%v37, %v40, %v43, %v46, %v49, %v52, %v228, %v58, %v61, %v64, %v67, %v70, %v73, %v76, %v79, %v82, %v85, %v88, %v91, %v94, %v97, %v100, %v103, %v106, %v109, %v112) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v230 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v223, %v55 : tensor<4x8xf64>, tensor<4x8xf64>) outs(%v55 : tensor<4x8xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<4x8xf64>
  %v231 = func.call @objective(%v37, %v40, %v43, %v46, %v49, %v52, %v230, %v58, %v61, %v64, %v67, %v70, %v73, %v76, %v79, %v82, %v85, %v88, %v91, %v94, %v97, %v100, %v103, %v106, %v109, %v112) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v232 = arith.subf %v229, %v231 : f64
  %v233 = arith.divf %v232, %twoh : f64
  %v234 = arith.subf %v227, %v233 : f64
  %v235 = math.absf %v234 : f64
  %v236 = math.absf %v233 : f64
  %v237 = arith.divf %v235, %v236 : f64
  %v238 = arith.cmpf olt, %v237, %tol : f64
  scf.if %v238 {
    vector.print str "PASS W1.grad_sum "
  } else {
    vector.print str "FAIL W1.grad_sum "
  }
  vector.print %v237 : f64
  %v239 = tensor.empty() : tensor<1x8xf64>
  %v240 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v239 : tensor<1x8xf64>) {
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
  %v241 = tensor.cast %v240 : tensor<1x8xf64> to tensor<1x8xf64>
  %v242 = arith.constant 0.0 : f64
  %v243 = tensor.from_elements %v242 : tensor<f64>
  %v244 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g7, %v241 : tensor<1x8xf64>, tensor<1x8xf64>) outs(%v243 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v245 = tensor.extract %v244[] : tensor<f64>
  %v246 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v241, %v58 : tensor<1x8xf64>, tensor<1x8xf64>) outs(%v58 : tensor<1x8xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<1x8xf64>
  %v247 = func.call @objective(%v37, %v40, %v43, %v46, %v49, %v52, %v55, %v246, %v61, %v64, %v67, %v70, %v73, %v76, %v79, %v82, %v85, %v88, %v91, %v94, %v97, %v100, %v103, %v106, %v109, %v112) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v248 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v241, %v58 : tensor<1x8xf64>, tensor<1x8xf64>) outs(%v58 : tensor<1x8xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<1x8xf64>
  %v249 = func.call @objective(%v37, %v40, %v43, %v46, %v49, %v52, %v55, %v248, %v61, %v64, %v67, %v70, %v73, %v76, %v79, %v82, %v85, %v88, %v91, %v94, %v97, %v100, %v103, %v106, %v109, %v112) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v250 = arith.subf %v247, %v249 : f64
  %v251 = arith.divf %v250, %twoh : f64
  %v252 = arith.subf %v245, %v251 : f64
  %v253 = math.absf %v252 : f64
  %v254 = math.absf %v251 : f64
  %v255 = arith.divf %v253, %v254 : f64
  %v256 = arith.cmpf olt, %v255, %tol : f64
  scf.if %v256 {
    vector.print str "PASS b1.grad_sum "
  } else {
    vector.print str "FAIL b1.grad_sum "
  }
  vector.print %v255 : f64
  %v257 = tensor.empty() : tensor<8x12xf64>
  %v258 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v257 : tensor<8x12xf64>) {
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
  %v259 = tensor.cast %v258 : tensor<8x12xf64> to tensor<8x12xf64>
  %v260 = arith.constant 0.0 : f64
  %v261 = tensor.from_elements %v260 : tensor<f64>
  %v262 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g8, %v259 : tensor<8x12xf64>, tensor<8x12xf64>) outs(%v261 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v263 = tensor.extract %v262[] : tensor<f64>
  %v264 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v259, %v61 : tensor<8x12xf64>, tensor<8x12xf64>) outs(%v61 : tensor<8x12xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<8x12xf64>
  %v265 = func.call @objective(%v37, %v40, %v43, %v46, %v49, %v52, %v55, %v58, %v264, %v64, %v67, %v70, %v73, %v76, %v79, %v82, %v85, %v88, %v91, %v94, %v97, %v100, %v103, %v106, %v109, %v112) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v266 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v259, %v61 : tensor<8x12xf64>, tensor<8x12xf64>) outs(%v61 : tensor<8x12xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<8x12xf64>
  %v267 = func.call @objective(%v37, %v40, %v43, %v46, %v49, %v52, %v55, %v58, %v266, %v64, %v67, %v70, %v73, %v76, %v79, %v82, %v85, %v88, %v91, %v94, %v97, %v100, %v103, %v106, %v109, %v112) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v268 = arith.subf %v265, %v267 : f64
  %v269 = arith.divf %v268, %twoh : f64
  %v270 = arith.subf %v263, %v269 : f64
  %v271 = math.absf %v270 : f64
  %v272 = math.absf %v269 : f64
  %v273 = arith.divf %v271, %v272 : f64
  %v274 = arith.cmpf olt, %v273, %tol : f64
  scf.if %v274 {
    vector.print str "PASS W2.grad_sum "
  } else {
    vector.print str "FAIL W2.grad_sum "
  }
  vector.print %v273 : f64
  %v275 = tensor.empty() : tensor<1x12xf64>
  %v276 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v275 : tensor<1x12xf64>) {
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
  %v277 = tensor.cast %v276 : tensor<1x12xf64> to tensor<1x12xf64>
  %v278 = arith.constant 0.0 : f64
  %v279 = tensor.from_elements %v278 : tensor<f64>
  %v280 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g9, %v277 : tensor<1x12xf64>, tensor<1x12xf64>) outs(%v279 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v281 = tensor.extract %v280[] : tensor<f64>
  %v282 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v277, %v64 : tensor<1x12xf64>, tensor<1x12xf64>) outs(%v64 : tensor<1x12xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<1x12xf64>
  %v283 = func.call @objective(%v37, %v40, %v43, %v46, %v49, %v52, %v55, %v58, %v61, %v282, %v67, %v70, %v73, %v76, %v79, %v82, %v85, %v88, %v91, %v94, %v97, %v100, %v103, %v106, %v109, %v112) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v284 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v277, %v64 : tensor<1x12xf64>, tensor<1x12xf64>) outs(%v64 : tensor<1x12xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<1x12xf64>
  %v285 = func.call @objective(%v37, %v40, %v43, %v46, %v49, %v52, %v55, %v58, %v61, %v284, %v67, %v70, %v73, %v76, %v79, %v82, %v85, %v88, %v91, %v94, %v97, %v100, %v103, %v106, %v109, %v112) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v286 = arith.subf %v283, %v285 : f64
  %v287 = arith.divf %v286, %twoh : f64
  %v288 = arith.subf %v281, %v287 : f64
  %v289 = math.absf %v288 : f64
  %v290 = math.absf %v287 : f64
  %v291 = arith.divf %v289, %v290 : f64
  %v292 = arith.cmpf olt, %v291, %tol : f64
  scf.if %v292 {
    vector.print str "PASS b2.grad_sum "
  } else {
    vector.print str "FAIL b2.grad_sum "
  }
  vector.print %v291 : f64
  %v293 = tensor.empty() : tensor<12x4xf64>
  %v294 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v293 : tensor<12x4xf64>) {
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
  %v295 = tensor.cast %v294 : tensor<12x4xf64> to tensor<12x4xf64>
  %v296 = arith.constant 0.0 : f64
  %v297 = tensor.from_elements %v296 : tensor<f64>
  %v298 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g10, %v295 : tensor<12x4xf64>, tensor<12x4xf64>) outs(%v297 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v299 = tensor.extract %v298[] : tensor<f64>
  %v300 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v295, %v67 : tensor<12x4xf64>, tensor<12x4xf64>) outs(%v67 : tensor<12x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<12x4xf64>
  %v301 = func.call @objective(%v37, %v40, %v43, %v46, %v49, %v52, %v55, %v58, %v61, %v64, %v300, %v70, %v73, %v76, %v79, %v82, %v85, %v88, %v91, %v94, %v97, %v100, %v103, %v106, %v109, %v112) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v302 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v295, %v67 : tensor<12x4xf64>, tensor<12x4xf64>) outs(%v67 : tensor<12x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<12x4xf64>
  %v303 = func.call @objective(%v37, %v40, %v43, %v46, %v49, %v52, %v55, %v58, %v61, %v64, %v302, %v70, %v73, %v76, %v79, %v82, %v85, %v88, %v91, %v94, %v97, %v100, %v103, %v106, %v109, %v112) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v304 = arith.subf %v301, %v303 : f64
  %v305 = arith.divf %v304, %twoh : f64
  %v306 = arith.subf %v299, %v305 : f64
  %v307 = math.absf %v306 : f64
  %v308 = math.absf %v305 : f64
  %v309 = arith.divf %v307, %v308 : f64
  %v310 = arith.cmpf olt, %v309, %tol : f64
  scf.if %v310 {
    vector.print str "PASS W3.grad_sum "
  } else {
    vector.print str "FAIL W3.grad_sum "
  }
  vector.print %v309 : f64
  %v311 = tensor.empty() : tensor<1x4xf64>
  %v312 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v311 : tensor<1x4xf64>) {
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
  %v313 = tensor.cast %v312 : tensor<1x4xf64> to tensor<1x4xf64>
  %v314 = arith.constant 0.0 : f64
  %v315 = tensor.from_elements %v314 : tensor<f64>
  %v316 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g11, %v313 : tensor<1x4xf64>, tensor<1x4xf64>) outs(%v315 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v317 = tensor.extract %v316[] : tensor<f64>
  %v318 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v313, %v70 : tensor<1x4xf64>, tensor<1x4xf64>) outs(%v70 : tensor<1x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<1x4xf64>
  %v319 = func.call @objective(%v37, %v40, %v43, %v46, %v49, %v52, %v55, %v58, %v61, %v64, %v67, %v318, %v73, %v76, %v79, %v82, %v85, %v88, %v91, %v94, %v97, %v100, %v103, %v106, %v109, %v112) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v320 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v313, %v70 : tensor<1x4xf64>, tensor<1x4xf64>) outs(%v70 : tensor<1x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<1x4xf64>
  %v321 = func.call @objective(%v37, %v40, %v43, %v46, %v49, %v52, %v55, %v58, %v61, %v64, %v67, %v320, %v73, %v76, %v79, %v82, %v85, %v88, %v91, %v94, %v97, %v100, %v103, %v106, %v109, %v112) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v322 = arith.subf %v319, %v321 : f64
  %v323 = arith.divf %v322, %twoh : f64
  %v324 = arith.subf %v317, %v323 : f64
  %v325 = math.absf %v324 : f64
  %v326 = math.absf %v323 : f64
  %v327 = arith.divf %v325, %v326 : f64
  %v328 = arith.cmpf olt, %v327, %tol : f64
  scf.if %v328 {
    vector.print str "PASS b3.grad_sum "
  } else {
    vector.print str "FAIL b3.grad_sum "
  }
  vector.print %v327 : f64
  %v329 = tensor.empty() : tensor<1x4xf64>
  %v330 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v329 : tensor<1x4xf64>) {
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
  %v331 = tensor.cast %v330 : tensor<1x4xf64> to tensor<?x4xf64>
  %v332 = arith.constant 0.0 : f64
  %v333 = tensor.from_elements %v332 : tensor<f64>
  %v334 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g12, %v331 : tensor<?x4xf64>, tensor<?x4xf64>) outs(%v333 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v335 = tensor.extract %v334[] : tensor<f64>
  %v336 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v331, %v73 : tensor<?x4xf64>, tensor<?x4xf64>) outs(%v73 : tensor<?x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?x4xf64>
  %v337 = func.call @objective(%v37, %v40, %v43, %v46, %v49, %v52, %v55, %v58, %v61, %v64, %v67, %v70, %v336, %v76, %v79, %v82, %v85, %v88, %v91, %v94, %v97, %v100, %v103, %v106, %v109, %v112) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v338 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v331, %v73 : tensor<?x4xf64>, tensor<?x4xf64>) outs(%v73 : tensor<?x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?x4xf64>
  %v339 = func.call @objective(%v37, %v40, %v43, %v46, %v49, %v52, %v55, %v58, %v61, %v64, %v67, %v70, %v338, %v76, %v79, %v82, %v85, %v88, %v91, %v94, %v97, %v100, %v103, %v106, %v109, %v112) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v340 = arith.subf %v337, %v339 : f64
  %v341 = arith.divf %v340, %twoh : f64
  %v342 = arith.subf %v335, %v341 : f64
  %v343 = math.absf %v342 : f64
  %v344 = math.absf %v341 : f64
  %v345 = arith.divf %v343, %v344 : f64
  %v346 = arith.cmpf olt, %v345, %tol : f64
  scf.if %v346 {
    vector.print str "PASS XQ "
  } else {
    vector.print str "FAIL XQ "
  }
  vector.print %v345 : f64
  %v347 = tensor.empty() : tensor<1x4xf64>
  %v348 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v347 : tensor<1x4xf64>) {
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
  %v349 = tensor.cast %v348 : tensor<1x4xf64> to tensor<?x4xf64>
  %v350 = arith.constant 0.0 : f64
  %v351 = tensor.from_elements %v350 : tensor<f64>
  %v352 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g13, %v349 : tensor<?x4xf64>, tensor<?x4xf64>) outs(%v351 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v353 = tensor.extract %v352[] : tensor<f64>
  %v354 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v349, %v76 : tensor<?x4xf64>, tensor<?x4xf64>) outs(%v76 : tensor<?x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?x4xf64>
  %v355 = func.call @objective(%v37, %v40, %v43, %v46, %v49, %v52, %v55, %v58, %v61, %v64, %v67, %v70, %v73, %v354, %v79, %v82, %v85, %v88, %v91, %v94, %v97, %v100, %v103, %v106, %v109, %v112) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v356 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v349, %v76 : tensor<?x4xf64>, tensor<?x4xf64>) outs(%v76 : tensor<?x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?x4xf64>
  %v357 = func.call @objective(%v37, %v40, %v43, %v46, %v49, %v52, %v55, %v58, %v61, %v64, %v67, %v70, %v73, %v356, %v79, %v82, %v85, %v88, %v91, %v94, %v97, %v100, %v103, %v106, %v109, %v112) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v358 = arith.subf %v355, %v357 : f64
  %v359 = arith.divf %v358, %twoh : f64
  %v360 = arith.subf %v353, %v359 : f64
  %v361 = math.absf %v360 : f64
  %v362 = math.absf %v359 : f64
  %v363 = arith.divf %v361, %v362 : f64
  %v364 = arith.cmpf olt, %v363, %tol : f64
  scf.if %v364 {
    vector.print str "PASS XK "
  } else {
    vector.print str "FAIL XK "
  }
  vector.print %v363 : f64
  %v365 = tensor.empty() : tensor<1x4xf64>
  %v366 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%v365 : tensor<1x4xf64>) {
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
  %v367 = tensor.cast %v366 : tensor<1x4xf64> to tensor<?x4xf64>
  %v368 = arith.constant 0.0 : f64
  %v369 = tensor.from_elements %v368 : tensor<f64>
  %v370 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%g14, %v367 : tensor<?x4xf64>, tensor<?x4xf64>) outs(%v369 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v371 = tensor.extract %v370[] : tensor<f64>
  %v372 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v367, %v79 : tensor<?x4xf64>, tensor<?x4xf64>) outs(%v79 : tensor<?x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?x4xf64>
  %v373 = func.call @objective(%v37, %v40, %v43, %v46, %v49, %v52, %v55, %v58, %v61, %v64, %v67, %v70, %v73, %v76, %v372, %v82, %v85, %v88, %v91, %v94, %v97, %v100, %v103, %v106, %v109, %v112) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v374 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%v367, %v79 : tensor<?x4xf64>, tensor<?x4xf64>) outs(%v79 : tensor<?x4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?x4xf64>
  %v375 = func.call @objective(%v37, %v40, %v43, %v46, %v49, %v52, %v55, %v58, %v61, %v64, %v67, %v70, %v73, %v76, %v374, %v82, %v85, %v88, %v91, %v94, %v97, %v100, %v103, %v106, %v109, %v112) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v376 = arith.subf %v373, %v375 : f64
  %v377 = arith.divf %v376, %twoh : f64
  %v378 = arith.subf %v371, %v377 : f64
  %v379 = math.absf %v378 : f64
  %v380 = math.absf %v377 : f64
  %v381 = arith.divf %v379, %v380 : f64
  %v382 = arith.cmpf olt, %v381, %tol : f64
  scf.if %v382 {
    vector.print str "PASS XV "
  } else {
    vector.print str "FAIL XV "
  }
  vector.print %v381 : f64
  %v383 = tensor.empty() : tensor<1xf64>
  %v384 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} outs(%v383 : tensor<1xf64>) {
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
  %v385 = tensor.cast %v384 : tensor<1xf64> to tensor<?xf64>
  %v386 = arith.constant 0.0 : f64
  %v387 = tensor.from_elements %v386 : tensor<f64>
  %v388 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> ()>], iterator_types = ["reduction"]} ins(%g15, %v385 : tensor<?xf64>, tensor<?xf64>) outs(%v387 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v389 = tensor.extract %v388[] : tensor<f64>
  %v390 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%v385, %v82 : tensor<?xf64>, tensor<?xf64>) outs(%v82 : tensor<?xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?xf64>
  %v391 = func.call @objective(%v37, %v40, %v43, %v46, %v49, %v52, %v55, %v58, %v61, %v64, %v67, %v70, %v73, %v76, %v79, %v390, %v85, %v88, %v91, %v94, %v97, %v100, %v103, %v106, %v109, %v112) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v392 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%v385, %v82 : tensor<?xf64>, tensor<?xf64>) outs(%v82 : tensor<?xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?xf64>
  %v393 = func.call @objective(%v37, %v40, %v43, %v46, %v49, %v52, %v55, %v58, %v61, %v64, %v67, %v70, %v73, %v76, %v79, %v392, %v85, %v88, %v91, %v94, %v97, %v100, %v103, %v106, %v109, %v112) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v394 = arith.subf %v391, %v393 : f64
  %v395 = arith.divf %v394, %twoh : f64
  %v396 = arith.subf %v389, %v395 : f64
  %v397 = math.absf %v396 : f64
  %v398 = math.absf %v395 : f64
  %v399 = arith.divf %v397, %v398 : f64
  %v400 = arith.cmpf olt, %v399, %tol : f64
  scf.if %v400 {
    vector.print str "PASS lr "
  } else {
    vector.print str "FAIL lr "
  }
  vector.print %v399 : f64
  %v401 = tensor.empty() : tensor<1xf64>
  %v402 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} outs(%v401 : tensor<1xf64>) {
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
  %v403 = tensor.cast %v402 : tensor<1xf64> to tensor<?xf64>
  %v404 = arith.constant 0.0 : f64
  %v405 = tensor.from_elements %v404 : tensor<f64>
  %v406 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> ()>], iterator_types = ["reduction"]} ins(%g16, %v403 : tensor<?xf64>, tensor<?xf64>) outs(%v405 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v407 = tensor.extract %v406[] : tensor<f64>
  %v408 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%v403, %v85 : tensor<?xf64>, tensor<?xf64>) outs(%v85 : tensor<?xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?xf64>
  %v409 = func.call @objective(%v37, %v40, %v43, %v46, %v49, %v52, %v55, %v58, %v61, %v64, %v67, %v70, %v73, %v76, %v79, %v82, %v408, %v88, %v91, %v94, %v97, %v100, %v103, %v106, %v109, %v112) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v410 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%v403, %v85 : tensor<?xf64>, tensor<?xf64>) outs(%v85 : tensor<?xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<?xf64>
  %v411 = func.call @objective(%v37, %v40, %v43, %v46, %v49, %v52, %v55, %v58, %v61, %v64, %v67, %v70, %v73, %v76, %v79, %v82, %v410, %v88, %v91, %v94, %v97, %v100, %v103, %v106, %v109, %v112) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v412 = arith.subf %v409, %v411 : f64
  %v413 = arith.divf %v412, %twoh : f64
  %v414 = arith.subf %v407, %v413 : f64
  %v415 = math.absf %v414 : f64
  %v416 = math.absf %v413 : f64
  %v417 = arith.divf %v415, %v416 : f64
  %v418 = arith.cmpf olt, %v417, %tol : f64
  scf.if %v418 {
    vector.print str "PASS ts "
  } else {
    vector.print str "FAIL ts "
  }
  vector.print %v417 : f64
  %v419 = tensor.empty() : tensor<4xf64>
  %v420 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} outs(%v419 : tensor<4xf64>) {
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
  %v421 = tensor.cast %v420 : tensor<4xf64> to tensor<4xf64>
  %v422 = arith.constant 0.0 : f64
  %v423 = tensor.from_elements %v422 : tensor<f64>
  %v424 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> ()>], iterator_types = ["reduction"]} ins(%g17, %v421 : tensor<4xf64>, tensor<4xf64>) outs(%v423 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v425 = tensor.extract %v424[] : tensor<f64>
  %v426 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%v421, %v88 : tensor<4xf64>, tensor<4xf64>) outs(%v88 : tensor<4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<4xf64>
  %v427 = func.call @objective(%v37, %v40, %v43, %v46, %v49, %v52, %v55, %v58, %v61, %v64, %v67, %v70, %v73, %v76, %v79, %v82, %v85, %v426, %v91, %v94, %v97, %v100, %v103, %v106, %v109, %v112) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v428 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%v421, %v88 : tensor<4xf64>, tensor<4xf64>) outs(%v88 : tensor<4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<4xf64>
  %v429 = func.call @objective(%v37, %v40, %v43, %v46, %v49, %v52, %v55, %v58, %v61, %v64, %v67, %v70, %v73, %v76, %v79, %v82, %v85, %v428, %v91, %v94, %v97, %v100, %v103, %v106, %v109, %v112) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v430 = arith.subf %v427, %v429 : f64
  %v431 = arith.divf %v430, %twoh : f64
  %v432 = arith.subf %v425, %v431 : f64
  %v433 = math.absf %v432 : f64
  %v434 = math.absf %v431 : f64
  %v435 = arith.divf %v433, %v434 : f64
  %v436 = arith.cmpf olt, %v435, %tol : f64
  scf.if %v436 {
    vector.print str "PASS ln_weight "
  } else {
    vector.print str "FAIL ln_weight "
  }
  vector.print %v435 : f64
  %v437 = tensor.empty() : tensor<4xf64>
  %v438 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} outs(%v437 : tensor<4xf64>) {
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
  %v439 = tensor.cast %v438 : tensor<4xf64> to tensor<4xf64>
  %v440 = arith.constant 0.0 : f64
  %v441 = tensor.from_elements %v440 : tensor<f64>
  %v442 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> ()>], iterator_types = ["reduction"]} ins(%g18, %v439 : tensor<4xf64>, tensor<4xf64>) outs(%v441 : tensor<f64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  } -> tensor<f64>
  %v443 = tensor.extract %v442[] : tensor<f64>
  %v444 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%v439, %v91 : tensor<4xf64>, tensor<4xf64>) outs(%v91 : tensor<4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %h : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<4xf64>
  %v445 = func.call @objective(%v37, %v40, %v43, %v46, %v49, %v52, %v55, %v58, %v61, %v64, %v67, %v70, %v73, %v76, %v79, %v82, %v85, %v88, %v444, %v94, %v97, %v100, %v103, %v106, %v109, %v112) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v446 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%v439, %v91 : tensor<4xf64>, tensor<4xf64>) outs(%v91 : tensor<4xf64>) {
  ^bb0(%u: f64, %x: f64, %o: f64):
    %p = arith.mulf %u, %mh : f64
    %s = arith.addf %x, %p : f64
    linalg.yield %s : f64
  } -> tensor<4xf64>
  %v447 = func.call @objective(%v37, %v40, %v43, %v46, %v49, %v52, %v55, %v58, %v61, %v64, %v67, %v70, %v73, %v76, %v79, %v82, %v85, %v88, %v446, %v94, %v97, %v100, %v103, %v106, %v109, %v112) : (tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?x4xf64>, tensor<?xf64>, tensor<?xf64>, tensor<4xf64>, tensor<4xf64>, tensor<?x4xf64>, tensor<4x8xf64>, tensor<1x8xf64>, tensor<8x12xf64>, tensor<1x12xf64>, tensor<12x4xf64>, tensor<1x4xf64>) -> f64
  %v448 = arith.subf %v445, %v447 : f64
  %v449 = arith.divf %v448, %twoh : f64
  %v450 = arith.subf %v443, %v449 : f64
  %v451 = math.absf %v450 : f64
  %v452 = math.absf %v449 : f64
  %v453 = arith.divf %v451, %v452 : f64
  %v454 = arith.cmpf olt, %v453, %tol : f64
  scf.if %v454 {
    vector.print str "PASS ln_bias "
  } else {
    vector.print str "FAIL ln_bias "
  }
  vector.print %v453 : f64
  return
}
