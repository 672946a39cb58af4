import jinja2
from urllib.parse import urlparse
from flask import Flask, request, render_template_string, redirect, url_for

app = Flask(__name__)
env = jinja2.Environment()


@app.route("/ssti/1")
def greet():
    name = request.args["name"]
    # ruleid: CWE-1336
    return render_template_string("<p>Hello " + name + "</p>")


@app.route("/ssti/2")
def custom_template():
    # ruleid: CWE-1336
    return jinja2.Template(request.form["tpl"]).render()


@app.route("/ssti/3")
def env_from_string():
    tpl = "Dear {{ user }}, " + request.args["footer"]
    # ruleid: CWE-1336
    return env.from_string(tpl).render(user="x")


@app.route("/ssti/4")
def fstring_template():
    title = request.args.get("title", "")
    # ruleid: CWE-1336
    return render_template_string(f"<title>{title}</title>")


# ---- ssti traps ----

@app.route("/ssti/t1")
def as_variable():
    # ok: CWE-1336
    return render_template_string("<p>Hello {{ n }}</p>", n=request.args["name"])


@app.route("/ssti/t2")
def constant_template():
    tpl = "<p>{{ x }}</p>"
    # ok: CWE-1336
    # ruleid: CWE-79
    return jinja2.Template(tpl).render(x=request.args["x"])  # plain Jinja2 does not autoescape


@app.route("/ssti/t3")
def allow_listed_template():
    name = request.args["layout"]
    if name not in ("wide", "narrow"):
        return "no"
    # ok: CWE-1336
    return render_template_string("<div class='" + name + "'>{{ body }}</div>", body="x")


@app.route("/ssti/t4")
def overwritten_template():
    tpl = request.args["tpl"]
    tpl = "<p>static</p>"
    # ok: CWE-1336
    return render_template_string(tpl)


# ---- redirects ----

@app.route("/redir/1")
def next_param():
    # ruleid: CWE-601
    return redirect(request.args.get("next"))


@app.route("/redir/2")
def host_param():
    host = request.args["host"]
    # ruleid: CWE-601
    return redirect("https://" + host)


@app.route("/redir/3")
def referer():
    back = request.headers.get("Referer")
    # ruleid: CWE-601
    return redirect(back or "/")


@app.route("/redir/4", methods=["POST"])
def form_target():
    target = request.form["return_to"]
    # ruleid: CWE-601
    return redirect(target, code=303)


# ---- redirect traps ----

@app.route("/redir/t1")
def local_path():
    # ok: CWE-601
    return redirect("/users/" + request.args["user"])


@app.route("/redir/t2")
def url_for_target():
    # ok: CWE-601
    return redirect(url_for("profile", tab=request.args["tab"]))


@app.route("/redir/t3")
def checked_host():
    target = request.args["next"]
    if urlparse(target).netloc not in {"example.com", "www.example.com"}:
        target = "/"
        # ok: CWE-601
        return redirect(target)
    return "checked"


@app.route("/redir/t4")
def fixed_domain():
    # ok: CWE-601
    return redirect("https://example.com/" + request.args["path"])


@app.route("/redir/t5")
def constant_redirect():
    request.args.get("next")
    # ok: CWE-601
    return redirect("/home")
