import torch
from torch import hub


def bad(repo_name):
    # ruleid: torch-hub-load-unpinned
    model = torch.hub.load("pytorch/vision", "resnet50", weights="DEFAULT")
    # ruleid: torch-hub-load-unpinned
    hub.load("owner/detector:main", "yolo")
    # ruleid: torch-hub-load-unpinned
    torch.hub.load(repo_name, "model")


def ok(path):
    # ok: torch-hub-load-unpinned
    torch.hub.load("pytorch/vision:v0.17.0", "resnet50")
    # ok: torch-hub-load-unpinned
    torch.hub.load("owner/detector:3f2a9c1d7e", "yolo")
    # ok: torch-hub-load-unpinned
    torch.hub.load(path, "model", source="local")
    # ok: torch-hub-load-unpinned
    torch.hub.list("pytorch/vision")
