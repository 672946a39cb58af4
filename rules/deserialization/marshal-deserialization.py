import marshal
from marshal import load


def bad(blob, fh):
    # ruleid: marshal-deserialization
    code = marshal.loads(blob)
    # ruleid: marshal-deserialization
    load(fh)


def ok(obj, blob):
    # ok: marshal-deserialization
    marshal.dumps(obj)
    # ok: marshal-deserialization
    schema.loads(blob)
