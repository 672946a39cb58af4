import defusedxml.ElementTree as SafeET
from lxml import etree
from flask import Flask, request

app = Flask(__name__)


@app.route("/upload", methods=["POST"])
def upload():
    # ruleid: tainted-xml
    root = etree.fromstring(request.data)
    # ok: tainted-xml
    safe = SafeET.fromstring(request.data)
    return str((root, safe))


@app.route("/parse", methods=["POST"])
def parse():
    text = request.form["xml"]
    # ruleid: tainted-xml
    tree = etree.fromstring(text.encode())
    # ok: tainted-xml
    hardened = etree.fromstring(text.encode(), parser=etree.XMLParser(resolve_entities=False, no_network=True))
    return str((tree, hardened))
