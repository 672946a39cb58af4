import logging
import traceback

from fastapi import HTTPException
from flask import Flask, jsonify

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.route("/export")
def export():
    try:
        return run_export()
    except Exception as e:
        # ruleid: exception-details-to-client
        return jsonify({"error": str(e)}), 500


@app.route("/report")
def report():
    try:
        return run_export()
    except Exception:
        # ruleid: exception-details-to-client
        return traceback.format_exc(), 500


async def read_item(item_id):
    try:
        return load(item_id)
    except KeyError as exc:
        # ruleid: exception-details-to-client
        raise HTTPException(status_code=404, detail=f"lookup failed: {exc}")


@app.route("/ok")
def fine():
    try:
        return run_export()
    except Exception as e:
        # Logged server-side, generic message to the client.
        # ok: exception-details-to-client
        log.error("export failed: %s", str(e))
        # ok: exception-details-to-client
        message = traceback.format_exc()
        log.error(message)
        return jsonify({"error": "internal error"}), 500


def helper(value):
    # Not an exception: a plain value converted to text.
    # ok: exception-details-to-client
    return jsonify({"value": str(value)})


def run_export():
    return "ok"


def load(item_id):
    return item_id
