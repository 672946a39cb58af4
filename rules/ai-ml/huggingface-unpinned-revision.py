from datasets import load_dataset
from huggingface_hub import hf_hub_download
from transformers import AutoModel, AutoTokenizer
import transformers


def bad(model_id):
    # ruleid: huggingface-unpinned-revision
    model = AutoModel.from_pretrained("org/model")
    # ruleid: huggingface-unpinned-revision
    tokenizer = AutoTokenizer.from_pretrained(model_id, revision="main")
    # ruleid: huggingface-unpinned-revision
    path = hf_hub_download(
        repo_id="org/model",
        filename="config.json",
    )
    # ruleid: huggingface-unpinned-revision
    load_dataset("imdb")
    # ruleid: huggingface-unpinned-revision
    transformers.pipeline_model = transformers.AutoModelForCausalLM.from_pretrained("org/llm")


def ok(model_id, custom):
    # ok: huggingface-unpinned-revision
    AutoModel.from_pretrained("org/model", revision="5d0f2e8a7f1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d")
    # ok: huggingface-unpinned-revision
    AutoModel.from_pretrained("./local_model")
    # ok: huggingface-unpinned-revision
    load_dataset("imdb", revision="e6ef9f3")
    # ok: huggingface-unpinned-revision
    custom.from_pretrained(model_id)
