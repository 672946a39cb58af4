def connect(db_password, user, api_key, settings):
    if not ok:
        # ruleid: secret-in-exception-message
        raise ConnectionError(f"cannot connect with {db_password}")
    if not valid:
        # ruleid: secret-in-exception-message
        raise ValueError("bad key: " + settings.api_key)
    if missing:
        # ruleid: secret-in-exception-message
        raise AuthError("login failed for %s/%s" % (user, user.password))


def ok_cases(password, token_type):
    # ok: secret-in-exception-message
    raise ValueError("password must be at least 12 characters")
    # ok: secret-in-exception-message
    raise ValueError(f"password too short: {len(password)}")
    # ok: secret-in-exception-message
    raise ValueError(f"unsupported token type {token_type}")
    # ok: secret-in-exception-message
    raise KeyError(key)
    # ok: secret-in-exception-message
    raise NotFound(secret_arn=secret_arn)
    # ok: secret-in-exception-message
    raise AccessDenied(user_arn=self._access_key.arn)
