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


# Look-alikes: a library function's parameter, folded constants and containers, a value overwritten on every
# path.
def parse_feed(data):
    # ok: tainted-xml
    return etree.fromstring(data)


@app.route("/folded", methods=["POST"])
def folded():
    data = request.data
    if 7 * 6 > 40:
        data = b"<a/>"
    # ok: tainted-xml
    first = etree.fromstring(data)
    docs = {"empty": b"<root/>", "user": request.data}
    # ok: tainted-xml
    second = etree.fromstring(docs["empty"])
    # ruleid: tainted-xml
    third = etree.fromstring(docs["user"])
    return str((first, second, third))


@app.route("/either", methods=["POST"])
def either():
    data = request.data
    if request.args.get("empty"):
        data = b"<root/>"
    else:
        data = b"<a/>"
    # ok: tainted-xml
    return str(etree.fromstring(data))
