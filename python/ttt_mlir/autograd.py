"""The compiled prefill as a torch.autograd.Function."""
import torch


def backward_kernel_name(kernel):
    return kernel.name + "_backward"


# TTTPrefill uses an artifact's training pair when it has one; False makes it
# use <layer>_backward regardless (bench/train.py times both ways).
prefer_training_pair = True


def training_pair(kernel):
    """(train, backward_from_tape) kernels of `kernel`'s layer, or None
    (also with prefer_training_pair False)."""
    if not prefer_training_pair:
        return None
    names = (kernel.name + "_train", kernel.name + "_backward_from_tape")
    if not all(n in kernel.artifact.kernel_names for n in names):
        return None
    return tuple(kernel.artifact.kernel(n) for n in names)


class TTTPrefill(torch.autograd.Function):
    """Z, *new_state = TTTPrefill.apply(kernel, XQ, XK, XV, lr, token_scale,
    *layer_norm_params, *state) with the kernel's inputs in call order.

    Forward runs the compiled prefill. Backward runs the artifact's
    `<layer>_backward` kernel (docs/Backward.md) on the saved inputs and the
    cotangents of Z, the final state and the final running sums (zeros for
    outputs that take no part in the loss), and returns the gradient of every
    float input (`token_scale`'s and the LayerNorm parameters' summed over
    what shares them); `position` gets none. An artifact without a backward
    kernel (`--backward=false`) raises NotImplementedError rather than
    return wrong or partial gradients.

    With the training pair (`ttt-compile --training-pair`: kernels
    `<layer>_train` and `<layer>_backward_from_tape`), a forward that needs
    gradients runs `<layer>_train` instead, which also writes the tape
    (docs/Backward.md, "The training pair"), and keeps it for the backward,
    which then runs the reverse sweep alone and drops it: the next
    forward's tape reuses its memory (_memory.py: about 60 MB for TTT-MLP
    at B=1, H=12, T=2048, whose page faults, were it new at every step, would
    slow the step down).
    """

    @staticmethod
    def forward(ctx, kernel, *inputs):
        ctx.kernel = kernel
        pair = training_pair(kernel)
        ctx.tape = None
        # (Grad mode is off inside forward: ask whether any input needs one.)
        if pair and any(ctx.needs_input_grad):
            *outs, ctx.tape = pair[0](*inputs)
        else:
            outs = kernel(*inputs)
        ctx.save_for_backward(*inputs)
        ctx.mark_non_differentiable(*[o for o in outs if not o.is_floating_point()])
        ctx.output_shapes = [o.shape for o in outs]
        return tuple(outs)

    @staticmethod
    def backward(ctx, *grads):
        kernel = ctx.kernel
        name = backward_kernel_name(kernel)
        if name not in kernel.artifact.kernel_names:
            raise NotImplementedError(
                "ttt_mlir: artifact '%s' has no backward kernel '%s' (ttt-compile "
                "emits one unless --backward=false)" % (kernel.artifact.directory, name))
        backward = kernel.artifact.kernel(name)
        inputs = ctx.saved_tensors
        tape = ()
        if ctx.tape is not None:
            backward = training_pair(kernel)[1]
            tape = (ctx.tape,)
        cotangents = []
        for arg, grad, shape in zip(kernel.outputs, grads, ctx.output_shapes):
            if not arg.dtype.is_floating_point:
                continue  # position
            if grad is None:
                grad = torch.zeros(shape, dtype=arg.dtype)
            cotangents.append(grad.to(arg.dtype).contiguous())
        input_grads = iter(backward(*inputs, *cotangents, *tape))
        ctx.tape = None  # its memory goes to the next forward's tape
        return (None,) + tuple(next(input_grads) if a.dtype.is_floating_point else None
                               for a in kernel.inputs)


def prefill(kernel, *inputs):
    """Differentiable call of a prefill kernel."""
    return TTTPrefill.apply(kernel, *inputs)
