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


from flask import abort


# Look-alikes: a rejection guard on the quote, an allow-list, coercion, folded constants and containers, a value
# overwritten on every path, a library function's parameter; a guard on the wrong variable still fires.
@app.route("/quoted")
def quoted():
    name = request.args["name"]
    if "'" in name:
        return "bad name", 400
    # ok: tainted-xpath
    return str(doc.xpath("//user[name='" + name + "']"))


ROLES = ("admin", "staff")


@app.route("/listed")
def listed():
    role = request.args["role"]
    if role not in ROLES:
        abort(400)
    # ok: tainted-xpath
    return str(doc.xpath("//user[@role='" + role + "']"))


@app.route("/nth")
def nth():
    # ok: tainted-xpath
    return str(doc.xpath("//user[%d]" % int(request.args["n"])))


@app.route("/folded")
def folded():
    name = request.args["name"]
    if 7 * 6 > 40:
        name = "guest"
    # ok: tainted-xpath
    first = doc.xpath("//user[name='" + name + "']")
    queries = {"all": "//user", "user": request.args["q"]}
    # ok: tainted-xpath
    second = doc.xpath(queries["all"])
    # ruleid: tainted-xpath
    third = doc.xpath(queries["user"])
    return str((first, second, third))


@app.route("/either")
def either():
    query = request.args["q"]
    if request.args.get("admins"):
        query = "//user[@role='admin']"
    else:
        query = "//user"
    # ok: tainted-xpath
    return str(doc.xpath(query))


def users_named(name):
    # ok: tainted-xpath
    return doc.xpath("//user[name='" + name + "']")


@app.route("/wrong-guard")
def wrong_guard():
    name = request.args["name"]
    other = request.args["other"]
    if "'" in other:
        return "bad name", 400
    # ruleid: tainted-xpath
    return str(doc.xpath("//user[name='" + name + "']"))
