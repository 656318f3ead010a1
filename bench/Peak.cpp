//===- Peak.cpp - the machine's measured fp32 matmul throughput -----------===//

#include "Peak.h"

#include "Contenders.h"

#include <Eigen/Dense>

#include <thread>
#include <vector>

namespace ttt::bench {

double measurePeakGflops(int n, int threads, int repeats) {
  using Matrix = Eigen::MatrixXf;
  std::vector<Matrix> a, b, c;
  for (int t = 0; t < threads; ++t) {
    a.push_back(Matrix::Random(n, n));
    b.push_back(Matrix::Random(n, n));
    c.push_back(Matrix::Zero(n, n));
  }
  auto round = [&] {
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
      pool.emplace_back([&, t] { c[t].noalias() = a[t] * b[t]; });
    c[0].noalias() = a[0] * b[0];
    for (std::thread &thread : pool)
      thread.join();
  };
  double ms = medianMs(round, 1, repeats);
  double flops = 2.0 * n * n * static_cast<double>(n) * threads;
  return ms > 0 ? flops / (ms * 1e6) : 0;
}

} // namespace ttt::bench
