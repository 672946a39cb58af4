import os
from flask import Flask

app = Flask(__name__)


@app.route('/')
def main():
    raise


# Bandit's examples/flask_debug.py: the one call Bandit reports.
# ruleid: flask-debug-true
app.run()

# ok: flask-debug-true
app.run()
# ok: flask-debug-true
app.run(debug=False)
# ok: flask-debug-true
app.run(debug=os.environ.get("FLASK_DEBUG") == "1")

# unrelated functions named run
# ok: flask-debug-true
run()
# ok: flask-debug-true
run(debug=True)


def configure(flask_app):
    # ruleid: flask-debug-true
    flask_app.debug = True
    # ruleid: flask-debug-true
    flask_app.config["DEBUG"] = True
    # ruleid: flask-debug-true
    flask_app.config.update(DEBUG=1, TESTING=False)
    # ok: flask-debug-true
    flask_app.config["DEBUG"] = False
    # ok: flask-debug-true
    flask_app.config["TESTING"] = True


class Parser:
    def __init__(self):
        # Not a Flask app.
        # ok: flask-debug-true
        self.debug = True


# ruleid: flask-debug-true
app.run(host="0.0.0.0",
        port=8000)
