import subprocess
from openai import OpenAI

client = OpenAI()


def bad(messages, anthropic_client, chain, question):
    # ruleid: llm-output-code-execution
    exec(client.chat.completions.create(model="gpt-4o", messages=messages).choices[0].message.content)
    response = anthropic_client.messages.create(model="claude", max_tokens=512, messages=messages)
    # ruleid: llm-output-code-execution
    subprocess.run(response.content[0].text, shell=True)
    # ruleid: llm-output-code-execution
    eval(chain.invoke({"question": question}).content)


def ok(messages, data):
    reply = client.chat.completions.create(model="gpt-4o", messages=messages)
    # ok: llm-output-code-execution
    print(reply.choices[0].message.content)
    # ok: llm-output-code-execution
    eval(data.content)
    # ok: llm-output-code-execution
    subprocess.run(["echo", "done"])
    # ruleid: llm-output-code-execution
    exec(reply.choices[0].message.content.strip("`"))
    code = reply.choices[0].message.content
    # todoruleid: llm-output-code-execution
    exec(code)
