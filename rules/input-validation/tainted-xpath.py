from lxml import etree
from flask import Flask, request

app = Flask(__name__)
doc = etree.parse("users.xml")


@app.route("/user")
def user():
    name = request.args["name"]
    # ruleid: tainted-xpath
    found = doc.xpath("//user[name='" + name + "']")
    # ok: tainted-xpath
    safe = doc.xpath("//user[name=$name]", name=name)
    return str((found, safe))


@app.route("/role")
def role():
    query = f"//user[@role='{request.args['role']}']"
    # ruleid: tainted-xpath
    nodes = doc.xpath(query)
    # ok: tainted-xpath
    admins = doc.xpath("//user[@role='admin']")
    return str((nodes, admins))
