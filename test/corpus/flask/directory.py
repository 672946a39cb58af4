import ldap
import ldap3
from ldap3.utils.conv import escape_filter_chars
from lxml import etree
from flask import Flask, request

app = Flask(__name__)
conn = ldap3.Connection(ldap3.Server("ldap://dir"), auto_bind=True)
legacy = ldap.initialize("ldap://dir")
doc = etree.parse("/srv/users.xml")


@app.route("/ldap/1")
def by_uid():
    uid = request.args["uid"]
    # ruleid: CWE-90
    conn.search("ou=people,dc=x", "(uid=" + uid + ")")
    return str(conn.entries)


@app.route("/ldap/2")
def by_mail():
    mail = request.form["mail"]
    flt = f"(&(objectClass=person)(mail={mail}))"
    # ruleid: CWE-90
    conn.search(search_base="dc=x", search_filter=flt)
    return "ok"


@app.route("/ldap/3")
def legacy_search():
    cn = request.args["cn"]
    # ruleid: CWE-90
    return str(legacy.search_s("dc=x", ldap.SCOPE_SUBTREE, "(cn=%s)" % cn))


@app.route("/ldap/4")
def login():
    user = request.form["user"]
    pw = request.form["pw"]
    query = "(&(uid={})(userPassword={}))".format(user, pw)
    # ruleid: CWE-90
    conn.search("dc=x", query)
    return "ok" if conn.entries else "denied"


# ---- ldap traps ----

@app.route("/ldap/t1")
def escaped():
    uid = escape_filter_chars(request.args["uid"])
    # ok: CWE-90
    conn.search("ou=people,dc=x", "(uid=" + uid + ")")
    return "ok"


@app.route("/ldap/t2")
def constant_filter():
    # ok: CWE-90
    conn.search("dc=x", "(objectClass=group)")
    return "ok"


@app.route("/ldap/t3")
def numeric_id():
    emp = int(request.args["emp"])
    # ok: CWE-90
    conn.search("dc=x", "(employeeNumber=%d)" % emp)
    return "ok"


@app.route("/ldap/t4")
def legacy_escaped():
    cn = ldap.filter.escape_filter_chars(request.args["cn"])
    # ok: CWE-90
    return str(legacy.search_s("dc=x", ldap.SCOPE_SUBTREE, "(cn=%s)" % cn))


# ---- xpath ----

@app.route("/xpath/1")
def user_by_name():
    name = request.args["name"]
    # ruleid: CWE-643
    return str(doc.xpath("//user[name='" + name + "']"))


@app.route("/xpath/2")
def role_query():
    query = "//user[@role='%s']/email" % request.args["role"]
    # ruleid: CWE-643
    return str(doc.getroot().xpath(query))


@app.route("/xpath/3")
def compiled():
    # ruleid: CWE-643
    finder = etree.XPath("//item[@id='" + request.args["id"] + "']")
    return str(finder(doc))


@app.route("/xpath/4")
def login_xpath():
    u = request.form["u"]
    p = request.form["p"]
    # ruleid: CWE-643
    ok = doc.xpath(f"//user[name/text()='{u}' and password/text()='{p}']")
    return "ok" if ok else "no"


# ---- xpath traps ----

@app.route("/xpath/t1")
def variables():
    # ok: CWE-643
    return str(doc.xpath("//user[name=$n]", n=request.args["name"]))


@app.route("/xpath/t2")
def constant_xpath():
    # ok: CWE-643
    return str(doc.xpath("//user[@role='admin']"))


@app.route("/xpath/t3")
def numeric():
    idx = int(request.args["i"])
    # ok: CWE-643
    return str(doc.xpath("//user[%d]" % idx))


@app.route("/xpath/t4")
def allow_list_role():
    role = request.args["role"]
    if role in ("admin", "user"):
        # ok: CWE-643
        return str(doc.xpath("//user[@role='" + role + "']"))
    return "no"
