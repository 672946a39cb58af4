# Bandit's examples/try_except_pass.py: two findings, on the `except` lines.
try:
    a = 1
# ruleid: try-except-pass
except:
    pass

try:
    a = 1
# ruleid: try-except-pass
except Exception:
    pass

try:
    a = 1
# ok: try-except-pass
except ZeroDivisionError:
    pass
# ok: try-except-pass
except:
    a = 2

try:
    a = 1
# ruleid: try-except-pass
except (ValueError, BaseException) as exc:
    # nothing to do
    pass

try:
    a = 1
# ok: try-except-pass
except Exception as exc:
    log = str(exc)
    pass

try:
    a = 1
# The body is `...`, not `pass`.
# todoruleid: try-except-pass
except Exception:
    ...
