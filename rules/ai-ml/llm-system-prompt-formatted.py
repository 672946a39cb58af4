from anthropic import Anthropic
from openai import OpenAI

client = OpenAI()
claude = Anthropic()
SYSTEM = "You are a helpful assistant."


def bad(user, question):
    # ruleid: llm-system-prompt-formatted
    client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "system", "content": f"You assist {user.name}. Be concise."},
            {"role": "user", "content": question},
        ],
    )
    # ruleid: llm-system-prompt-formatted
    claude.messages.create(model="claude", max_tokens=256, system="Customer: " + user.name, messages=[])


def ok(user, question, Order):
    # ok: llm-system-prompt-formatted
    client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "system", "content": SYSTEM},
            {"role": "user", "content": f"Question from {user.name}: {question}"},
        ],
    )
    # ok: llm-system-prompt-formatted
    claude.messages.create(model="claude", max_tokens=256, system=SYSTEM + " Be brief.", messages=[])
    # ok: llm-system-prompt-formatted
    Order.objects.create(note=f"for {user.name}")
