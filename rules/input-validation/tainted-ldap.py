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
