import ldap3
from ldap3.utils.conv import escape_filter_chars
from flask import Flask, request

app = Flask(__name__)
conn = ldap3.Connection(ldap3.Server("ldap://localhost"), auto_bind=True)


@app.route("/lookup")
def lookup():
    user = request.args["user"]
    # ruleid: tainted-ldap
    conn.search("dc=example,dc=com", "(uid=" + user + ")")
    # ok: tainted-ldap
    conn.search("dc=example,dc=com", "(uid=" + escape_filter_chars(user) + ")")
    return str(conn.entries)


@app.route("/group")
def group():
    flt = f"(&(objectClass=group)(cn={request.args['cn']}))"
    # ruleid: tainted-ldap
    conn.search("dc=example,dc=com", flt)
    # ok: tainted-ldap
    conn.search("dc=example,dc=com", "(objectClass=group)")
    return "ok"


from flask import abort


# Look-alikes: a rejection guard, an allow-list, folded constants and containers, a value overwritten on every
# path, a library function's parameter; a guard on the wrong variable still fires.
@app.route("/alnum")
def alnum():
    user = request.args["user"]
    if not user.isalnum():
        abort(400)
    # ok: tainted-ldap
    conn.search("dc=example,dc=com", "(uid=" + user + ")")
    return "ok"


GROUPS = ("admins", "staff")


@app.route("/listed")
def listed():
    cn = request.args["cn"]
    if cn not in GROUPS:
        abort(400)
    # ok: tainted-ldap
    conn.search("dc=example,dc=com", "(cn=" + cn + ")")
    return "ok"


@app.route("/folded")
def folded():
    user = request.args["user"]
    if 7 * 6 > 40:
        user = "guest"
    # ok: tainted-ldap
    conn.search("dc=example,dc=com", "(uid=" + user + ")")
    parts = {"base": "(objectClass=person)", "user": request.args["user"]}
    # ok: tainted-ldap
    conn.search("dc=example,dc=com", parts["base"])
    # ruleid: tainted-ldap
    conn.search("dc=example,dc=com", "(uid=" + parts["user"] + ")")
    return "ok"


@app.route("/either")
def either():
    user = request.args["user"]
    if request.args.get("me"):
        user = "me"
    else:
        user = "guest"
    # ok: tainted-ldap
    conn.search("dc=example,dc=com", "(uid=" + user + ")")
    return "ok"


def find_person(uid):
    # ok: tainted-ldap
    return conn.search("dc=example,dc=com", "(uid=" + uid + ")")


@app.route("/wrong-guard")
def wrong_guard():
    user = request.args["user"]
    other = request.args["other"]
    if not other.isalnum():
        abort(400)
    # ruleid: tainted-ldap
    conn.search("dc=example,dc=com", "(uid=" + user + ")")
    return "ok"
