"""The compiled prefill as a torch.autograd.Function."""
import torch

BACKWARD_ISSUE = ("issue 11 (backward kernels for training) has not landed: "
                  "no gradient flows through the compiled inner loop yet")


def backward_kernel_name(kernel):
    return kernel.name + "_backward"


class TTTPrefill(torch.autograd.Function):
    """Z, *new_state = TTTPrefill.apply(kernel, XQ, XK, XV, lr, token_scale,
    *layer_norm_params, *state) with the kernel's inputs in call order.

    Forward runs the compiled prefill. Backward needs the artifact's
    `<layer>_backward` kernel; until one exists it raises NotImplementedError
    rather than return wrong or partial gradients.
    """

    @staticmethod
    def forward(ctx, kernel, *inputs):
        ctx.kernel = kernel
        outs = kernel(*inputs)
        ctx.mark_non_differentiable(*[o for o in outs if not o.is_floating_point()])
        return outs

    @staticmethod
    def backward(ctx, *grads):
        kernel = ctx.kernel
        names = kernel.artifact.kernel_names
        bw = backward_kernel_name(kernel)
        if bw in names:
            raise NotImplementedError(
                "ttt_mlir: artifact '%s' has the kernel '%s', but this version "
                "of ttt_mlir does not call backward kernels yet (%s)" % (
                    kernel.artifact.directory, bw, BACKWARD_ISSUE))
        raise NotImplementedError(
            "ttt_mlir: artifact '%s' has no backward kernel '%s': %s" % (
                kernel.artifact.directory, bw, BACKWARD_ISSUE))


def prefill(kernel, *inputs):
    """Differentiable (once issue 11 lands) call of a prefill kernel."""
    return TTTPrefill.apply(kernel, *inputs)
