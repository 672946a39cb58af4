from flask import Flask, make_response

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login(token, flags):
    resp = make_response("ok")
    # ruleid: set-cookie-insecure
    resp.set_cookie("session_id", token)
    # ruleid: set-cookie-insecure
    resp.set_cookie("auth", token, secure=True, httponly=False)
    # ruleid: set-cookie-insecure
    resp.set_cookie("theme", "dark", secure=True, httponly=True, samesite=None)
    # ok: set-cookie-insecure
    resp.set_cookie("refresh", token, secure=True, httponly=True, samesite="Strict")
    # ok: set-cookie-insecure
    resp.set_cookie("refresh", token, **flags)
    # ok: set-cookie-insecure
    resp.delete_cookie("session_id")
    return resp


class FakeJar:
    def set_cookie(self, name, value):
        return name, value
