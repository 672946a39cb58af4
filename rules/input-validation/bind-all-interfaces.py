import socket

from flask import Flask

app = Flask(__name__)


def bad(port):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    # ruleid: bind-all-interfaces
    s.bind(("0.0.0.0", 31137))
    # ruleid: bind-all-interfaces
    s.bind(("", 31138))
    # ruleid: bind-all-interfaces
    app.run(host="0.0.0.0", port=port)
    # ruleid: bind-all-interfaces
    s6.bind(("::", port))
    # ruleid: bind-all-interfaces
    HOST = "0.0.0.0"
    # ruleid: bind-all-interfaces
    parser.add_argument("--host", default="0.0.0.0")
    # ruleid: bind-all-interfaces
    config = {"bind": "::"}
    # ruleid: bind-all-interfaces
    WILDCARDS = ["0.0.0.0"]
    return config, WILDCARDS


def ok(host, addr):
    # ok: bind-all-interfaces
    s.bind(("192.168.0.1", 8080))
    # ok: bind-all-interfaces
    if host == "0.0.0.0":
        host = "127.0.0.1"
    # ok: bind-all-interfaces
    parts = addr.split("::")
    # ok: bind-all-interfaces
    name = "".join(parts)
    # ok: bind-all-interfaces
    app.run(host="127.0.0.1")
    # ok: bind-all-interfaces
    empty = {"name": ""}
    return parts, name, empty
