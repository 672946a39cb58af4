import builtins


def bad(formula, path, code):
    # ruleid: exec-computed-input
    exec(f"result = {formula}")
    # ruleid: exec-computed-input
    exec(open(path).read(), {})
    # ruleid: exec-computed-input
    builtins.exec(code)
    # ruleid: exec-computed-input
    exec("import this")


def ok(cursor, query, engine):
    # ok: exec-computed-input
    cursor.exec(query)
    # ok: exec-computed-input
    engine.execute(query)
    # ok: exec-computed-input
    execfile_later = None
