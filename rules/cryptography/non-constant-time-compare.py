import hmac
import hashlib


def verify_webhook(request, key):
    expected = hmac.new(key, request.body, hashlib.sha256).hexdigest()
    # ruleid: non-constant-time-compare
    if request.headers["X-Hub-Signature"] == expected:
        return True
    # ruleid: non-constant-time-compare
    if hmac.new(key, request.body, hashlib.sha256).hexdigest() != request.signature:
        return False


def check_reset(user, reset_token):
    # ruleid: non-constant-time-compare
    return user.reset_token == reset_token


def check_csrf(session, form):
    # ruleid: non-constant-time-compare
    return form["csrf_token"] == session.get("csrf_token")


def ok_cases(tok, tokens, i, signature, expected_signature):
    # ok: non-constant-time-compare
    if tok.type == tokens[i].type:
        pass
    # ok: non-constant-time-compare
    if signature is None or signature == "":
        pass
    # ok: non-constant-time-compare
    if hmac.compare_digest(signature, expected_signature):
        pass
    # ok: non-constant-time-compare
    if token == tokens[i]:
        pass
    # ok: non-constant-time-compare
    if len(signature) != 64:
        pass


def more_ok(self, other, sig, handler, data, password, password_confirm):
    # ok: non-constant-time-compare
    if sig == signal.SIGINT:
        pass
    # ok: non-constant-time-compare
    if self.signature == other.signature:
        pass
    # ok: non-constant-time-compare
    if password != password_confirm:
        pass
    # ok: non-constant-time-compare
    if inspect.signature(handler) == inspect.signature(other):
        pass


def integrity_checks(image, checksum, expected, signature_version, user, h):
    # ok: non-constant-time-compare
    if image.digest == expected:
        pass
    # ok: non-constant-time-compare
    if checksum.digest() != expected:
        pass
    # ok: non-constant-time-compare
    if signature_version != "v4":
        pass
    # ok: non-constant-time-compare
    if user.status == UserStatus.FORCE_CHANGE_PASSWORD:
        pass
    # ruleid: non-constant-time-compare
    if hmac.new(key, body, hashlib.sha256).digest() != expected:
        pass


class BasicAuth:
    def __eq__(self, other):
        # ok: non-constant-time-compare
        return self.password == getattr(other, "password", None)
