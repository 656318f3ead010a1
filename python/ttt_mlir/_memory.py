"""Memory for the kernels' large outputs, lent again once their tensors die.

Every kernel call needs new outputs: a tensor the caller still holds must
not be overwritten. Fresh memory costs a page fault per 4 KB page when the
kernel first writes it, and glibc's malloc maps blocks of a few MB anew or
reuses them depending on what was freed before. On the 2-core VM a fault
took about 10 us: a TTT-Linear backward through autograd (B=1, H=12,
T=2048: 6 MB for each of XQ.grad, XK.grad, XV.grad) ran in 51 ms for a
kernel of 17.

This pool keeps the memory instead. An output of at least `min_bytes` is a
view of an anonymous mapping that the pool owns; the tensor's storage holds
the mapping's buffer (`torch.frombuffer`), so the mapping's reference count
says when nothing uses it any more, and the next output that fits gets it.
Such tensors are ordinary CPU tensors, except that their storage cannot
grow (`resize_` to a larger size fails, as for `torch.from_numpy`).
"""
import math
import mmap
import sys
import threading

import torch

_PAGE = mmap.PAGESIZE
_ITEM_BYTES = {}  # dtype -> bytes per element


def _references(maps, i):
    """sys.getrefcount of maps[i], read without a local variable."""
    return sys.getrefcount(maps[i])


# The count of a mapping that only its list holds, measured rather than
# assumed (interpreters differ in the temporary references they count); a
# tensor's buffer adds one to it.
_UNUSED = _references([mmap.mmap(-1, _PAGE)], 0)


class OutputMemory:
    """The pool. `max_idle_bytes` bounds the memory it keeps unused (the
    oldest idle mappings are unmapped first); 0 turns it off: every output
    is a plain `torch.empty`."""

    def __init__(self, min_bytes=1 << 20, max_idle_bytes=1 << 30):
        self.min_bytes = min_bytes
        self.max_idle_bytes = max_idle_bytes
        self._maps = []  # oldest first
        self._lock = threading.Lock()

    def _idle(self, i):
        """Whether nothing but the pool holds mapping i (no tensor's buffer
        does)."""
        return _references(self._maps, i) <= _UNUSED

    def empty(self, shape, dtype):
        """An uninitialized tensor, as `torch.empty(shape, dtype=dtype)`."""
        numel = math.prod(shape)
        item = _ITEM_BYTES.get(dtype)
        if item is None:
            item = _ITEM_BYTES[dtype] = torch.empty((), dtype=dtype).element_size()
        nbytes = numel * item
        if nbytes < self.min_bytes or self.max_idle_bytes <= 0:
            return torch.empty(shape, dtype=dtype)
        with self._lock:
            i = self._take(nbytes)
            out = torch.frombuffer(self._maps[i], dtype=dtype, count=numel)
            self._trim()
        return out.view(shape)

    def _take(self, nbytes):
        """The index of the smallest idle mapping of `nbytes` (in whole
        pages) to twice that, moved last (the newest), or of a new one."""
        need = -(-nbytes // _PAGE) * _PAGE
        best = None
        for i in range(len(self._maps)):
            size = len(self._maps[i])
            if need <= size <= 2 * need and self._idle(i) and (
                    best is None or size < len(self._maps[best])):
                best = i
        if best is None:
            self._maps.append(mmap.mmap(-1, need))
        else:
            self._maps.append(self._maps.pop(best))
        return len(self._maps) - 1

    def _trim(self):
        """Unmaps the oldest idle mappings beyond max_idle_bytes."""
        idle, doomed = 0, []
        for i in reversed(range(len(self._maps))):
            if self._idle(i):
                idle += len(self._maps[i])
                if idle > self.max_idle_bytes:
                    doomed.append(i)
        for i in doomed:  # descending: the indices stay valid
            self._maps.pop(i).close()

    def idle_bytes(self):
        """The bytes of the mappings that no tensor uses."""
        with self._lock:
            return sum(len(self._maps[i]) for i in range(len(self._maps))
                       if self._idle(i))


output_memory = OutputMemory()
