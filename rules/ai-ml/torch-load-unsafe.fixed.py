import torch
from torch import load as load_checkpoint


def bad(path, model, flag):
    # ruleid: torch-load-unsafe
    model.load_state_dict(torch.load(path, weights_only=True))
    # ruleid: torch-load-unsafe
    state = torch.load(path, map_location="cpu", weights_only=True)
    # ruleid: torch-load-unsafe
    load_checkpoint(
        path, weights_only=True
    )
    # ruleid: torch-load-unsafe
    torch.load(path, weights_only=flag)


def ok(path):
    # ok: torch-load-unsafe
    torch.load(path, weights_only=True)
    # ok: torch-load-unsafe
    torch.jit.load(path)
    # ok: torch-load-unsafe
    torch.utils.cpp_extension.load(name="ext", sources=[])
