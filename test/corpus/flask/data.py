import base64
import json
import marshal
import pickle
import yaml
import defusedxml.ElementTree as DET
import xml.dom.minidom
import xml.sax
from lxml import etree
from pymongo import MongoClient
from flask import Flask, request

app = Flask(__name__)
users = MongoClient().shop.users


@app.route("/nosql/1", methods=["POST"])
def login():
    # ruleid: CWE-943
    user = users.find_one(request.get_json())
    return "ok" if user else "no"


@app.route("/nosql/2")
def where():
    name = request.args["name"]
    # ruleid: CWE-943
    return str(list(users.find({"$where": "this.name == '" + name + "'"})))


@app.route("/nosql/3", methods=["POST"])
def filter_from_body():
    flt = request.json["filter"]
    # ruleid: CWE-943
    return str(users.count_documents(flt))


@app.route("/nosql/4", methods=["POST"])
def delete_by_body():
    body = json.loads(request.data)
    # ruleid: CWE-943
    users.delete_many(body)
    return "ok"


# ---- nosql traps ----

@app.route("/nosql/t1")
def typed_field():
    # ok: CWE-943
    return str(users.find_one({"name": request.args["name"]}))


@app.route("/nosql/t2")
def int_field():
    # ok: CWE-943
    return str(users.find_one({"age": int(request.args["age"])}))


@app.route("/nosql/t3")
def constant_query():
    # ok: CWE-943
    return str(users.count_documents({"active": True}))


@app.route("/nosql/t4", methods=["POST"])
def built_from_fields():
    body = request.get_json()
    # ok: CWE-943
    return str(users.find_one({"email": str(body["email"]), "active": True}))


# ---- deserialization ----

@app.route("/deser/1")
def cookie_pickle():
    # ruleid: CWE-502
    state = pickle.loads(base64.b64decode(request.cookies["state"]))
    return "ok"


@app.route("/deser/2", methods=["POST"])
def yaml_unsafe():
    # ruleid: CWE-502
    conf = yaml.load(request.data, Loader=yaml.Loader)
    return "ok"


@app.route("/deser/3", methods=["POST"])
def marshal_body():
    # ruleid: CWE-502
    code = marshal.loads(request.get_data())
    return "ok"


@app.route("/deser/4", methods=["POST"])
def upload_pickle():
    f = request.files["model"]
    # ruleid: CWE-502
    model = pickle.load(f)
    return "ok"


@app.route("/deser/5")
def unsafe_load():
    # ruleid: CWE-502
    yaml.unsafe_load(request.args["cfg"])
    return "ok"


# ---- deserialization traps ----

@app.route("/deser/t1", methods=["POST"])
def safe_yaml():
    # ok: CWE-502
    conf = yaml.safe_load(request.data)
    return "ok" if conf else "empty"


@app.route("/deser/t2", methods=["POST"])
def safe_loader():
    # ok: CWE-502
    conf = yaml.load(request.data, Loader=yaml.SafeLoader)
    return "ok" if conf else "empty"


@app.route("/deser/t3")
def json_cookie():
    # ok: CWE-502
    state = json.loads(request.cookies["state"])
    return "ok" if state else "empty"


@app.route("/deser/t4")
def local_file():
    request.args.get("x")
    with open("/srv/cache.pkl", "rb") as fh:
        # ok: CWE-502
        return str(pickle.load(fh))


# ---- xml ----

@app.route("/xml/1", methods=["POST"])
def lxml_body():
    # ruleid: CWE-611
    root = etree.fromstring(request.data)
    return "ok"


@app.route("/xml/2", methods=["POST"])
def minidom_form():
    # ruleid: CWE-611
    dom = xml.dom.minidom.parseString(request.form["xml"])
    return "ok"


@app.route("/xml/3", methods=["POST"])
def sax_body():
    # ruleid: CWE-611
    xml.sax.parseString(request.get_data(), xml.sax.ContentHandler())
    return "ok"


@app.route("/xml/4", methods=["POST"])
def lxml_parse_upload():
    # ruleid: CWE-611
    tree = etree.parse(request.files["doc"])
    return "ok"


# ---- xml traps ----

@app.route("/xml/t1", methods=["POST"])
def defused():
    # ok: CWE-611
    DET.fromstring(request.data)
    return "ok"


@app.route("/xml/t2", methods=["POST"])
def hardened_parser():
    # ok: CWE-611
    root = etree.fromstring(request.data, parser=etree.XMLParser(resolve_entities=False, no_network=True))
    return "ok"


@app.route("/xml/t3")
def constant_xml():
    # ok: CWE-611
    return etree.fromstring(b"<a/>").tag


@app.route("/xml/t4")
def local_config():
    request.args.get("q")
    # ok: CWE-611
    return etree.parse("/etc/app/config.xml").getroot().tag
