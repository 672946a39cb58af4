# An "agent" that runs what the model answers: LLM output is untrusted for code, command and SQL sinks.
import sqlite3
import subprocess
import anthropic
from openai import OpenAI

client = OpenAI()
claude = anthropic.Anthropic()
db = sqlite3.connect("agent.db")


def ask(prompt):
    reply = client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": prompt}])
    return reply.choices[0].message.content


def run_tool(prompt):
    command = ask(prompt)
    # ruleid: CWE-78
    subprocess.run(command, shell=True)


def answer_sql(question):
    sql = ask("Write SQL for: " + question)
    # ruleid: CWE-89
    return db.execute(sql).fetchall()


def calculator(question):
    msg = claude.messages.create(model="claude-sonnet-4-5", max_tokens=100, messages=[{"role": "user", "content": question}])
    expr = msg.content[0].text
    # ruleid: CWE-95
    return eval(expr)


def summarise(question):
    text = ask(question)
    # LLM text reaching a file name is not one of the sinks the model source applies to.
    # ok: CWE-22
    return open("/tmp/" + text).read()


def safe_sql(question):
    topic = ask(question)
    # ok: CWE-89
    return db.execute("SELECT * FROM faq WHERE topic = ?", (topic,)).fetchall()


def fixed_tool():
    ask("hello")
    # ok: CWE-78
    subprocess.run(["uptime"])
