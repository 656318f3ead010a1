"""Trains a small byte-level language model whose sequence layers are
compiled TTT layers, on a text file, on the CPU; then writes text with it,
one byte per call, through the layers' carried state.

    TTT_MLIR_PREFIX=build PYTHONPATH=python /usr/bin/python3 \\
        examples/python/train_byte_lm.py --steps 300

Each step trains on `--batch` windows of `--seq` bytes drawn at random from
the first 90% of the text (default: this repository's docs/Semantics.md)
with Adam; the forward runs the artifact's train kernel (or its prefill) and
the backward its backward kernel, through ttt_mlir.TTTLayer. It prints the
loss in bits per byte as it goes (a uniform guess is 8), the held-out loss
on the last 10% at the end, and a sample that starts from a held-out prompt.
"""
import argparse
import ctypes
import json
import math
import os
import sys
import time
from pathlib import Path

import torch
from torch import nn

ROOT = Path(__file__).resolve().parents[2]


class Block(nn.Module):
    """Pre-norm residual block: x + TTT(norm(x)), then x + MLP(norm(x))."""

    def __init__(self, artifact, hidden, heads, seed):
        super().__init__()
        self.norm1 = nn.LayerNorm(hidden)
        self.ttt = ttt_mlir.TTTLayer(artifact, hidden_size=hidden, num_heads=heads,
                                     seed=seed)
        self.norm2 = nn.LayerNorm(hidden)
        self.mlp = nn.Sequential(nn.Linear(hidden, 4 * hidden), nn.GELU(),
                                 nn.Linear(4 * hidden, hidden))

    def forward(self, x, state=None):
        y, state = self.ttt(self.norm1(x), state)
        x = x + y
        return x + self.mlp(self.norm2(x)), state


class ByteLM(nn.Module):
    def __init__(self, artifact, hidden, heads, layers, seed):
        super().__init__()
        self.embed = nn.Embedding(256, hidden)
        self.blocks = nn.ModuleList(Block(artifact, hidden, heads, seed + i)
                                    for i in range(layers))
        self.norm = nn.LayerNorm(hidden)
        self.head = nn.Linear(hidden, 256)

    def forward(self, tokens, states=None):
        """tokens [B, T] -> logits [B, T, 256] and each block's state."""
        x = self.embed(tokens)
        states = states or [None] * len(self.blocks)
        carried = []
        for block, state in zip(self.blocks, states):
            x, state = block(x, state)
            carried.append(state)
        return self.head(self.norm(x)), carried


def after_kernel(name):
    """Whether a TTTLayer parameter sits after the compiled kernel (the
    output projection and post-norm): every other one gets its gradient
    from the kernel's backward (XQ.grad, lr.grad, W1.grad, ...)."""
    return name.startswith(("o_proj.", "post_norm."))


def bits_per_byte(logits, targets):
    return nn.functional.cross_entropy(logits.reshape(-1, 256),
                                       targets.reshape(-1)) / math.log(2)


def windows(data, batch, seq, generator):
    starts = torch.randint(0, len(data) - seq - 1, (batch,), generator=generator)
    rows = torch.stack([data[s:s + seq + 1] for s in starts.tolist()])
    return rows[:, :-1], rows[:, 1:]


@torch.no_grad()
def held_out_loss(model, data, seq):
    """Bits per byte over consecutive windows of the held-out bytes."""
    total, count = 0.0, 0
    for start in range(0, len(data) - 1, seq):
        chunk = data[start:start + seq + 1]  # at least 2 bytes: start <= len - 2
        logits, _ = model(chunk[None, :-1])
        total += float(bits_per_byte(logits, chunk[None, 1:])) * (len(chunk) - 1)
        count += len(chunk) - 1
    return total / count


@torch.no_grad()
def sample(model, prompt, length, temperature, generator):
    """Prefills `prompt`, then decodes `length` bytes one call each: every
    block's TTT layer continues from the state its last call returned."""
    logits, states = model(prompt[None])
    out = []
    for _ in range(length):
        probs = torch.softmax(logits[0, -1] / temperature, dim=-1)
        byte = torch.multinomial(probs, 1, generator=generator)
        out.append(int(byte))
        logits, states = model(byte[None], states)
    return bytes(out)


def at_least(low):
    """An argparse type: an int from `low` to 2^63 - 1 (torch's seeds and
    sizes are 64-bit)."""
    def parse(text):
        value = int(text)
        if value < low:
            raise argparse.ArgumentTypeError("must be at least %d, got %d" % (low, value))
        if value >= 2**63:
            raise argparse.ArgumentTypeError("must be below 2^63, got %d" % value)
        return value
    parse.__name__ = "int"  # argparse names the type in its message
    return parse


def positive_float(text):
    value = float(text)
    if not (value > 0 and math.isfinite(value)):
        raise argparse.ArgumentTypeError("must be a finite number above 0, got %s" % text)
    return value


def main():
    class Formatter(argparse.RawDescriptionHelpFormatter,
                    argparse.ArgumentDefaultsHelpFormatter):
        pass

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=Formatter)
    ap.add_argument("--spec", default=str(ROOT / "examples" / "ttt_linear.mlir"),
                    help="layer spec to compile")
    ap.add_argument("--artifact", help="a compiled CPU artifact to load instead of --spec")
    ap.add_argument("--text", default=str(ROOT / "docs" / "Semantics.md"),
                    help="training text")
    ap.add_argument("--steps", type=at_least(0), default=300, help="Adam steps")
    ap.add_argument("--batch", type=at_least(1), default=8, help="windows per step")
    ap.add_argument("--seq", type=at_least(1), default=256, help="bytes per training window")
    ap.add_argument("--hidden", type=at_least(1), default=128, help="model width")
    ap.add_argument("--heads", type=at_least(1), default=2,
                    help="TTT heads per layer (each of the artifact's head dim)")
    ap.add_argument("--layers", type=at_least(1), default=2, help="residual blocks")
    ap.add_argument("--lr", type=positive_float, default=3e-3, help="Adam's learning rate")
    ap.add_argument("--threads", type=at_least(0), default=0,
                    help="CPU threads for the kernels and torch (0: TTT_NUM_THREADS, "
                    "else every hardware thread)")
    ap.add_argument("--log-every", type=at_least(1), default=25, help="steps per progress line")
    ap.add_argument("--sample", type=at_least(0), default=300, help="bytes to write at the end")
    ap.add_argument("--temperature", type=positive_float, default=0.8, help="of the sample")
    ap.add_argument("--seed", type=at_least(0), default=0, help="of the weights, windows and sample")
    ap.add_argument("--json", help="write the losses and the sample to this file")
    a = ap.parse_args()
    if a.json and not Path(a.json).resolve().parent.is_dir():  # before training, not after
        ap.error("--json: no directory %s" % Path(a.json).resolve().parent)

    try:
        data = torch.tensor(list(Path(a.text).read_bytes()), dtype=torch.long)
    except OSError as e:
        ap.error("cannot read the text: %s" % e)
    split = int(len(data) * 0.9)
    if split < a.seq + 2 or len(data) - split < 2:
        ap.error("%s: %d bytes, too short for windows of %d" % (a.text, len(data), a.seq))
    train, held_out = data[:split], data[split:]
    global ttt_mlir  # here, so that --help and argument errors need no runtime
    try:
        import ttt_mlir
    except OSError as e:
        sys.exit(str(e))

    torch.manual_seed(a.seed)
    try:
        if a.artifact:
            art = ttt_mlir.load(a.artifact)
        else:
            started = time.perf_counter()
            art = ttt_mlir.compile(Path(a.spec))
            print("compiled %s in %.1f s" % (a.spec, time.perf_counter() - started))
    except (OSError, RuntimeError) as e:  # no such file, ttt-compile's errors
        sys.exit(str(e))
    if a.threads:
        try:
            art.set_threads(a.threads)
        except ValueError as e:  # more threads than the runtime takes
            sys.exit(str(e))
        torch.set_num_threads(a.threads)
        # Debian's torch calls the system's BLAS, whose threads (OpenBLAS's)
        # torch.set_num_threads does not set.
        try:
            blas = ctypes.CDLL("libblas.so.3")
        except OSError:  # a torch with a BLAS of its own
            blas = None
        if hasattr(blas, "openblas_set_num_threads"):
            blas.openblas_set_num_threads(a.threads)
    model = ByteLM(art, a.hidden, a.heads, a.layers, a.seed)
    print("%s, %d heads of %d, %d layers, %.2fM parameters; %d training bytes" % (
        art.kernel().name, a.heads, model.blocks[0].ttt.head_dim, a.layers,
        sum(p.numel() for p in model.parameters()) / 1e6, len(train)))

    opt = torch.optim.Adam(model.parameters(), lr=a.lr)
    g = torch.Generator().manual_seed(a.seed)
    losses, started = [], time.perf_counter()
    for step in range(1, a.steps + 1):
        inputs, targets = windows(train, a.batch, a.seq, g)
        logits, _ = model(inputs)
        loss = bits_per_byte(logits, targets)
        opt.zero_grad()
        loss.backward()
        opt.step()
        losses.append(float(loss))
        if step % a.log_every == 0 or step in (1, a.steps):
            elapsed = time.perf_counter() - started
            recent = losses[-a.log_every:]
            print("step %5d  loss %.3f bits/byte  %7.0f bytes/s" % (
                step, sum(recent) / len(recent), step * a.batch * a.seq / elapsed),
                flush=True)

    # The last step's gradients (Adam's step leaves them in place).
    kernel_grad = math.sqrt(sum(float(p.grad.square().sum())
                                for block in model.blocks
                                for n, p in block.ttt.named_parameters()
                                if p.grad is not None and not after_kernel(n)))
    held = held_out_loss(model, held_out, a.seq)
    print("held-out loss %.3f bits/byte (%d bytes)" % (held, len(held_out)))
    text = b""
    if a.sample:
        prompt = held_out[:32]
        text = sample(model, prompt, a.sample, a.temperature, g)
        print("--- %r ..." % bytes(prompt.tolist()).decode("utf-8", "replace"))
        print(text.decode("utf-8", "replace"))
    if a.json:  # whole or not at all: written beside it, then renamed
        partial = Path(a.json + ".partial")
        try:
            partial.write_text(json.dumps({"losses": losses, "held_out": held,
                                           "kernel_grad_norm": kernel_grad,
                                           "sample": text.decode("latin-1")}))
            os.replace(partial, a.json)
        except OSError as e:
            partial.unlink(missing_ok=True)
            sys.exit("cannot write --json: %s" % e)


if __name__ == "__main__":
    main()
