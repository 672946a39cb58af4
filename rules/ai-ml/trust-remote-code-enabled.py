from transformers import AutoModel, pipeline
from datasets import load_dataset


def bad(settings):
    # ruleid: trust-remote-code-enabled
    model = AutoModel.from_pretrained("org/model", trust_remote_code=True)
    # ruleid: trust-remote-code-enabled
    pipe = pipeline(
        "text-generation",
        model="org/llm",
        trust_remote_code=settings.trust,
    )


def ok():
    # ok: trust-remote-code-enabled
    AutoModel.from_pretrained("org/model", trust_remote_code=False)
    # ok: trust-remote-code-enabled
    load_dataset("imdb", revision="e6ef9f3")
    # ok: trust-remote-code-enabled
    trust_remote_code = True
