# The Python (python3-torch) baseline of bench.sh and gpu.sh: the same small CNN, data held as
# tensors, SGD with Nesterov momentum and a one-cycle schedule, as patagon-train runs them by
# default. --best is Python at its best on a GPU: channels_last, fused SGD, bf16 autocast and
# cuDNN autotuning, as patagon-train does there.
import argparse
import gzip
import json
import os
import time

import torch
import torch.nn as nn
import torch.nn.functional as F


def read_idx(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as f:
        data = f.read()
    dims = data[3]
    shape = [int.from_bytes(data[4 + 4 * i:8 + 4 * i], "big") for i in range(dims)]
    return torch.frombuffer(bytearray(data[4 + 4 * dims:]), dtype=torch.uint8).view(shape)


def find(d, stem):
    for name in (stem, stem + ".gz"):
        if os.path.exists(os.path.join(d, name)):
            return os.path.join(d, name)
    raise SystemExit("missing %s in %s" % (stem, d))


class SmallCnn(nn.Module):
    def __init__(self, channels, classes):
        super().__init__()
        self.conv1 = nn.Conv2d(channels, 32, 3, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(32)
        self.conv2 = nn.Conv2d(32, 64, 3, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(64)
        self.fc1 = nn.Linear(64 * 7 * 7, 128)
        self.fc2 = nn.Linear(128, classes)

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.bn1(self.conv1(x))), 2)
        x = F.max_pool2d(F.relu(self.bn2(self.conv2(x))), 2)
        if x.shape[-2:] != (7, 7):  # as patagon-train: 28x28 inputs are 7x7 here already
            x = F.adaptive_avg_pool2d(x, (7, 7))
        return self.fc2(F.relu(self.fc1(x.flatten(1))))


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--data", required=True)
    p.add_argument("--limit-train", type=int, default=0)
    p.add_argument("--epochs", type=int, default=2)
    p.add_argument("--batch-size", type=int, default=128)
    p.add_argument("--lr", type=float, default=0.05)
    p.add_argument("--threads", type=int, default=0)
    p.add_argument("--best", action="store_true",
                   help="channels_last, fused SGD, bf16 autocast, cudnn.benchmark (CUDA)")
    a = p.parse_args()
    if a.threads:
        torch.set_num_threads(a.threads)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    torch.manual_seed(0)
    xtr = read_idx(find(a.data, "train-images-idx3-ubyte"))
    ytr = read_idx(find(a.data, "train-labels-idx1-ubyte")).long()
    xte = read_idx(find(a.data, "t10k-images-idx3-ubyte"))
    yte = read_idx(find(a.data, "t10k-labels-idx1-ubyte")).long()
    if a.limit_train:
        xtr, ytr = xtr[: a.limit_train], ytr[: a.limit_train]
    xtr, ytr = xtr.unsqueeze(1).to(device), ytr.to(device)
    xte, yte = xte.unsqueeze(1).to(device), yte.to(device)
    mean = xtr.float().div(255).mean().item()
    std = xtr.float().div(255).std().item()
    model = SmallCnn(1, 10).to(device)
    best = a.best and device.type == "cuda"
    memory_format = torch.channels_last if best else torch.contiguous_format
    if best:
        torch.backends.cudnn.benchmark = True
        model = model.to(memory_format=torch.channels_last)
    decay = [q for q in model.parameters() if q.dim() > 1]
    no_decay = [q for q in model.parameters() if q.dim() <= 1]
    opt = torch.optim.SGD([{"params": decay, "weight_decay": 5e-4},
                           {"params": no_decay, "weight_decay": 0}],
                          lr=a.lr, momentum=0.9, nesterov=True, **({"fused": True} if best else {}))
    steps = xtr.shape[0] // a.batch_size
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=a.lr, total_steps=steps * a.epochs,
                                                pct_start=0.25)
    train_seconds = 0.0
    epoch_rates = []
    for epoch in range(a.epochs):
        order = torch.randperm(xtr.shape[0], device=device)
        loss_sum = torch.zeros((), device=device, dtype=torch.float64)
        t0 = time.perf_counter()
        for s in range(steps):
            idx = order[s * a.batch_size:(s + 1) * a.batch_size]
            x = (xtr.index_select(0, idx).float().div_(255) - mean) / std
            x = x.contiguous(memory_format=memory_format)
            y = ytr.index_select(0, idx)
            opt.zero_grad(set_to_none=True)
            with torch.autocast("cuda", dtype=torch.bfloat16, enabled=best):
                logits = model(x)
            loss = F.cross_entropy(logits.float(), y)
            loss.backward()
            opt.step()
            sched.step()
            loss_sum += loss.detach() * a.batch_size
        loss_sum.item()  # one sync per epoch, like patagon-train
        seconds = time.perf_counter() - t0
        train_seconds += seconds
        epoch_rates.append(steps * a.batch_size / seconds)
    model.eval()
    correct = 0
    with torch.inference_mode():
        for i in range(0, xte.shape[0], 500):
            x = (xte[i:i + 500].float().div_(255) - mean) / std
            x = x.contiguous(memory_format=memory_format)
            correct += (model(x).argmax(1) == yte[i:i + 500]).sum().item()
    print(json.dumps({"test_accuracy": correct / xte.shape[0],
                      "images_per_second": steps * a.batch_size * a.epochs / train_seconds,
                      # the first epoch pays for cuDNN's autotuning and CUDA's warm-up
                      "epoch_images_per_second": [round(r) for r in epoch_rates],
                      "best": best, "device": str(device)}))


if __name__ == "__main__":
    main()
