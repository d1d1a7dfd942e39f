#!/usr/bin/env python3
"""PyTorch reference for `./phasescope bench --compare`: the same work as Phasescope's benchmark.

Network 784-128-128-10 (sigmoid hidden, linear logits, softmax cross-entropy), MNIST 60k/10k from the
IDX files Phasescope caches, inputs (x/255 - 0.1307)/0.3081, Adam lr 1.5e-3, batch 64 shuffled.
Measures (median over repeats): one training epoch; full-test-set loss evaluations per second; one
gradient on 10k training examples; one Hessian-vector product on those 10k (double backprop).
Prints one JSON object on the last line.

Install: apt-get install python3-torch libopenblas0-openmp   (Debian's PyTorch 1.13 + OpenBLAS)
Run:     python3 bench/pytorch_reference.py --data ~/.cache/phasescope/mnist [--threads 2]
"""
import argparse
import json
import os
import statistics
import struct
import time

import numpy as np
import torch
import torch.nn.functional as F


def read_idx(path):
    with open(path, "rb") as f:
        data = f.read()
    magic, = struct.unpack(">I", data[:4])
    dims = magic & 0xFF
    shape = struct.unpack(">" + "I" * dims, data[4:4 + 4 * dims])
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


def load(folder):
    def images(name):
        x = read_idx(os.path.join(folder, name)).reshape(-1, 784).astype(np.float32)
        return torch.from_numpy((x / 255.0 - 0.1307) / 0.3081)

    def labels(name):
        return torch.from_numpy(read_idx(os.path.join(folder, name)).astype(np.int64))

    return (images("train-images-idx3-ubyte"), labels("train-labels-idx1-ubyte"),
            images("t10k-images-idx3-ubyte"), labels("t10k-labels-idx1-ubyte"))


def network():
    torch.manual_seed(1)
    return torch.nn.Sequential(torch.nn.Linear(784, 128), torch.nn.Sigmoid(),
                               torch.nn.Linear(128, 128), torch.nn.Sigmoid(),
                               torch.nn.Linear(128, 10))


def epoch(model, optimizer, x, y, generator):
    order = torch.randperm(x.shape[0], generator=generator)
    for start in range(0, x.shape[0], 64):
        idx = order[start:start + 64]
        optimizer.zero_grad(set_to_none=True)
        loss = F.cross_entropy(model(x[idx]), y[idx])
        loss.backward()
        optimizer.step()


def median_seconds(fn, repeats):
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default=os.path.expanduser("~/.cache/phasescope/mnist"))
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--epochs", type=int, default=3, help="timed epochs (median)")
    parser.add_argument("--evals", type=int, default=30, help="timed full-test evaluations")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    x, y, xt, yt = load(args.data)
    model = network()
    optimizer = torch.optim.Adam(model.parameters(), lr=1.5e-3)
    generator = torch.Generator().manual_seed(1)

    epoch(model, optimizer, x, y, generator)  # warm-up
    epoch_s = median_seconds(lambda: epoch(model, optimizer, x, y, generator), args.epochs)

    def evaluate():
        with torch.no_grad():
            return F.cross_entropy(model(xt), yt).item()

    evaluate()
    eval_s = median_seconds(evaluate, args.evals)

    params = list(model.parameters())
    xs, ys = x[:10000], y[:10000]

    def gradient():
        return torch.autograd.grad(F.cross_entropy(model(xs), ys), params)

    gradient()
    gradient_s = median_seconds(gradient, 10)
    vector = [torch.randn_like(p) for p in params]

    def hvp():
        grads = torch.autograd.grad(F.cross_entropy(model(xs), ys), params, create_graph=True)
        dot = sum((g * v).sum() for g, v in zip(grads, vector))
        return torch.autograd.grad(dot, params)

    hvp()
    hvp_s = median_seconds(hvp, 10)
    print(json.dumps({
        "torch": torch.__version__, "threads": args.threads,
        "epoch_seconds": epoch_s, "evals_per_second": 1.0 / eval_s,
        "gradient10k_seconds": gradient_s, "hvp10k_seconds": hvp_s,
        "test_loss": evaluate(),
    }))


if __name__ == "__main__":
    main()
