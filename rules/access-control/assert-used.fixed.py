# Bandit's examples/assert.py is `assert True`: reported here too, at low severity and confidence.
# ruleid: assert-used
assert True


def delete_user(request, uid):
    # ruleid: assert-used
    if not request.user.is_staff:
        raise AssertionError("staff only")
    return uid


def view_invoice(user, invoice):
    # ruleid: assert-used
    if not (invoice.owner_id == user.id or user.has_perm("billing.view")):
        raise AssertionError()
    return invoice


def checked_token(token, expected):
    # ruleid: assert-used
    assert token is not None and verify(token, expected); return token


def internal(values):
    # A developer's invariant: reported, but low/low.
    # ruleid: assert-used
    assert len(values) > 0, "empty input"
    return values[0]


def parse(token, tokens):
    # A parser's token, not an access token: a plain invariant (low).
    # ruleid: assert-used
    assert not token.endswith("\n")
    return tokens


def not_asserts(user):
    # ok: assert-used
    if not user.is_staff:
        raise PermissionError("staff only")
    # ok: assert-used
    assertion = "assert user.is_staff"
    # ok: assert-used
    self_test = unittest_assert(user)
    return assertion, self_test


def verify(a, b):
    return a == b


def unittest_assert(x):
    return x
