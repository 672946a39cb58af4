from langchain_experimental.tools import PythonREPLTool
from langchain_community.tools import ShellTool
from langchain_community.vectorstores import FAISS
from langchain_experimental.agents import create_pandas_dataframe_agent


def bad(llm, frame, embeddings):
    # ruleid: langchain-dangerous-execution
    tools = [PythonREPLTool(), ShellTool()]
    # ruleid: langchain-dangerous-execution
    agent = create_pandas_dataframe_agent(llm, frame, allow_dangerous_code=True)
    # ruleid: langchain-dangerous-execution
    store = FAISS.load_local("index", embeddings, allow_dangerous_deserialization=True)


def ok(llm, embeddings):
    # ok: langchain-dangerous-execution
    FAISS.load_local("index", embeddings, allow_dangerous_deserialization=False)
    # ok: langchain-dangerous-execution
    allow_dangerous_code = True
    # ok: langchain-dangerous-execution
    repl = MyPythonREPLTool()
