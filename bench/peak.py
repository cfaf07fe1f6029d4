"""The machine's fp32 matmul peak with libtorch (the same kernels actorgraph uses), on all the
threads asked for: median of 10 products of 2048x2048 matrices, in GFLOP/s. Printed alone on
stdout. bench/compare.sh runs it before each timed run, since this shared machine's speed drifts.
Usage: python bench/peak.py THREADS"""
import statistics, sys, time

import torch

torch.set_num_threads(int(sys.argv[1]))
a, b = torch.randn(2048, 2048), torch.randn(2048, 2048)
for _ in range(3):
    a @ b
ts = []
for _ in range(10):
    t = time.perf_counter(); a @ b; ts.append(time.perf_counter() - t)
print(f"{2 * 2048 ** 3 / statistics.median(ts) / 1e9:.2f}")
