# A bare WSGI application: the server fills `environ` from the HTTP request.
import subprocess


def application(environ, start_response):
    name = environ.get("QUERY_STRING", "")
    # ruleid: CWE-78
    subprocess.call("echo " + name, shell=True)
    # ok: CWE-78
    subprocess.call(["echo", name])
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [b"ok"]


def run_tool(environ, callback):
    # A library helper with an `environ` parameter is not an entry point: its caller decides what it gets.
    # ok: CWE-78
    subprocess.call(environ["TOOL"], shell=True)
    callback()
