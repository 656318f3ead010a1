"""The TTT layer of the paper (Sun et al. 2024, section 2.7 and its public
code) around a compiled inner loop, as a torch.nn.Module."""
import torch
from torch import nn

from .autograd import TTTPrefill
from .runtime import State


class TTTLayer(nn.Module):
    """TTT layer: x [B, T, hidden] -> [B, T, hidden].

    XQ, XK, XV = x theta_Q, x theta_K, x theta_V, split into H heads of the
    artifact's head dim d; the learned learning-rate gate
    lr = base_lr * sigmoid(x . w_lr[h] + b_lr[h]) / d per head and token;
    token_scale[i] = max(1/(i+1) + learned offset_i, 0); rotary position
    embeddings on XQ and XK as the TTT paper's code applies them: each pair
    of channels (2i, 2i+1) of a head rotated by the angle
    (t mod b) * rope_theta^(-2i/d), t the token's index in the sequence (so
    the position within its mini-batch; `rope_theta=None` leaves them out);
    the compiled inner loop (the artifact's prefill kernel, whose inner
    model, LayerNorm and residual it compiled); then post-norm (LayerNorm
    over H*d) and the output projection. Leaves out the public code's output
    gate and convolution, which its Mamba backbone adds around the layer.

    A layer with per-token decay (`decay = true`, docs/Semantics.md section
    10) also gates its forgetting: alpha = sigmoid(x . w_decay[h] +
    b_decay[h]) per head and token, b_decay starting at `decay_bias`
    (default 4: alpha about 0.98). With a learning rate per weight
    (`lr_per_weight`) each linear weight gets a gate of its own,
    lr.<weight> = base_lr * sigmoid(x . w[h] + b[h]) / d. With `all` timing
    (non-causal mini-batches) a call must start at a mini-batch boundary.

    The initial inner state (every linear layer's weight and bias, [H, ...])
    and the inner LayerNorm's weight and bias ([H, w]) are parameters.
    forward(x, state=None) returns (y, state): pass the state back to
    continue the sequence (chunked prefill or decode).
    """

    def __init__(self, artifact, hidden_size, num_heads, base_lr=1.0, seed=None,
                 rope_theta=10000.0, decay_bias=4.0):
        super().__init__()
        kernel = artifact.kernel()
        self.kernel = kernel
        self.model = kernel.model
        self.num_heads = H = num_heads
        self.head_dim = d = kernel.settings["dim"]
        self.mini_batch = b = kernel.settings["mini_batch"]
        self.base_lr = base_lr
        self.rope_theta = rope_theta
        self.timing = kernel.settings.get("timing", "causal")
        g = torch.Generator().manual_seed(seed) if seed is not None else None

        def normal(*shape, std=0.02):
            return nn.Parameter(torch.randn(*shape, generator=g) * std)

        self.q_proj = nn.Linear(hidden_size, H * d, bias=False)
        self.k_proj = nn.Linear(hidden_size, H * d, bias=False)
        self.v_proj = nn.Linear(hidden_size, H * d, bias=False)
        self.o_proj = nn.Linear(H * d, hidden_size, bias=False)
        for lin in (self.q_proj, self.k_proj, self.v_proj, self.o_proj):
            lin.weight = normal(*lin.weight.shape)
        # The learning-rate gate, or one per linear weight (lr_per_weight:
        # the kernel's lr.<weight> inputs).
        self.lr_per_weight = bool(kernel.settings.get("lr_per_weight", False))
        if self.lr_per_weight:
            weights = [n[3:] for n in kernel.outer_names if n.startswith("lr.")]
            self.lr_weight_of = nn.ParameterDict(
                {w: normal(H, hidden_size) for w in weights})
            self.lr_bias_of = nn.ParameterDict(
                {w: nn.Parameter(torch.zeros(H)) for w in weights})
        else:
            self.lr_weight = normal(H, hidden_size)
            self.lr_bias = nn.Parameter(torch.zeros(H))
        self.decay = bool(kernel.settings.get("decay", False))
        if self.decay:
            self.decay_weight = normal(H, hidden_size)
            self.decay_bias = nn.Parameter(torch.full((H,), float(decay_bias)))
        self.register_buffer("token_idx", 1.0 / torch.arange(1, b + 1, dtype=torch.float32))
        self.token_idx_offset = nn.Parameter(torch.zeros(b))
        self.post_norm = nn.LayerNorm(H * d, eps=1e-6)

        values = self.model["values"]
        self.outer_norm_names = [n for v in values if v["op"] == "layer_norm"
                                 for n in (v["weight"], v["bias"])]
        self.inner_norm = nn.ParameterDict()
        for v in values:
            if v["op"] == "layer_norm":
                self.inner_norm[v["weight"]] = nn.Parameter(torch.ones(H, v["width"]))
                self.inner_norm[v["bias"]] = nn.Parameter(torch.zeros(H, v["width"]))
        # The initial inner state: weight [H, in, out], bias [H, 1, out].
        self.inner_param_names = []
        self.inner_init = nn.ParameterDict()
        for v in values:
            if v["op"] == "linear":
                width_in = values[v["x"]]["width"]
                self.inner_init[v["weight"]] = normal(H, width_in, v["width"])
                self.inner_param_names.append(v["weight"])
                if "bias" in v:  # LaCT's linear layers have none
                    self.inner_init[v["bias"]] = nn.Parameter(torch.zeros(H, 1, v["width"]))
                    self.inner_param_names.append(v["bias"])
        # Kernel order of the LayerNorm inputs (after token_scale).
        outer = kernel.outer_names
        self._norm_order = outer[outer.index("token_scale") + 1:]

    def initial_state(self, batch, differentiable=False):
        """The state at the start of a sequence; `differentiable` keeps it
        attached to `inner_init`, so that training reaches the initial inner
        weights (the forward does this when grad is enabled)."""
        return self.kernel.initial_state(
            batch, {n: self.inner_init[n] if differentiable else self.inner_init[n].detach()
                    for n in self.inner_param_names})

    def rotate(self, X, position):
        """X [B, H, T, d] with rotary position embeddings for tokens that
        start at `position` (mod b) of the mini-batch in progress."""
        if self.rope_theta is None:
            return X
        T, d = X.shape[2], X.shape[3]
        t = (position + torch.arange(T, dtype=torch.float64)) % self.mini_batch
        inv_freq = self.rope_theta ** (-torch.arange(0, d, 2, dtype=torch.float64) / d)
        angle = (t[:, None] * inv_freq[None, :]).to(X.dtype)  # [T, d/2]
        cos, sin = torch.cos(angle), torch.sin(angle)
        even, odd = X[..., 0::2], X[..., 1::2]
        return torch.stack((even * cos - odd * sin, odd * cos + even * sin),
                           dim=-1).flatten(-2).contiguous()

    def project(self, x, position=0):
        """The kernel's inputs before its LayerNorm parameters, in its order,
        for x: XQ, XK, XV [B, H, T, d], lr [B, H, T] (lr_per_weight: one
        lr.<weight> per linear weight), with decay then decay [B, H, T],
        and token_scale [b]; x's first token is at `position` of the
        mini-batch in progress (the state's position)."""
        B, T, _ = x.shape
        H, d = self.num_heads, self.head_dim

        def heads(t):
            return t.view(B, T, H, d).transpose(1, 2).contiguous()

        def gate(weight, bias):  # sigmoid(x . weight[h] + bias[h])
            return torch.sigmoid(torch.einsum("btc,hc->bht", x, weight)
                                 + bias[None, :, None]).contiguous()

        XQ, XK, XV = heads(self.q_proj(x)), heads(self.k_proj(x)), heads(self.v_proj(x))
        per_token = {"XQ": self.rotate(XQ, position), "XK": self.rotate(XK, position),
                     "XV": XV}
        if self.lr_per_weight:
            for w in self.lr_weight_of:
                per_token["lr." + w] = self.base_lr * gate(
                    self.lr_weight_of[w], self.lr_bias_of[w]) / d
        else:
            per_token["lr"] = self.base_lr * gate(self.lr_weight, self.lr_bias) / d
        if self.decay:
            per_token["decay"] = gate(self.decay_weight, self.decay_bias)
        token_scale = torch.clamp(self.token_idx + self.token_idx_offset, min=0)
        outer = self.kernel.outer_names
        return tuple(per_token[n] for n in outer[:outer.index("token_scale")]) + (token_scale,)

    def forward(self, x, state=None):
        B, T, _ = x.shape
        if state is None:
            state = self.initial_state(B, differentiable=torch.is_grad_enabled())
        if self.timing == "all" and state.position != 0:
            # Its outputs see every token of the mini-batch in the call
            # (Semantics section 5): a call must start at a boundary.
            raise ValueError("TTTLayer: with 'all' timing a call starts at a "
                             "mini-batch boundary; the state is at position %d "
                             "(give calls a multiple of %d tokens)"
                             % (state.position, self.mini_batch))
        *per_token, token_scale = self.project(x, state.position)
        # A kernel with bf16 or f16 I/O takes XQ, XK, XV and returns Z in it.
        per_token = [t.to(a.dtype) for t, a in zip(per_token, self.kernel.inputs)]
        norms = [self.inner_norm[n] for n in self._norm_order]
        outs = TTTPrefill.apply(self.kernel, *per_token, token_scale.contiguous(),
                                *norms, *state.ordered(self.kernel))
        Z, new_state = outs[0], State(dict(zip(self.kernel.state_names, outs[1:])))
        Z = Z.to(x.dtype).transpose(1, 2).reshape(B, T, self.num_heads * self.head_dim)
        return self.o_proj(self.post_norm(Z)), new_state
