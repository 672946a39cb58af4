import os

from fastapi import FastAPI
from starlette.applications import Starlette

# ruleid: starlette-debug-true
app = FastAPI(title="shop", debug=True)
# ruleid: starlette-debug-true
other = Starlette(debug=True, routes=[])
# ok: starlette-debug-true
prod = FastAPI(title="shop")
# ok: starlette-debug-true
configured = FastAPI(debug=os.environ.get("DEBUG") == "1")
# ok: starlette-debug-true
off = Starlette(debug=False)


def FastAPI2(debug):
    return debug


# ok: starlette-debug-true
fake = FastAPI2(debug=True)
