# flask-cors, FastAPI and django-cors-headers settings (INSTALLED_APPS defined) in one fixture.
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from flask import Flask
from flask_cors import CORS, cross_origin
from starlette.middleware import Middleware

INSTALLED_APPS = ["corsheaders"]
# ruleid: cors-wildcard-credentials
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_CREDENTIALS = True

flask_app = Flask(__name__)
# ruleid: cors-wildcard-credentials
CORS(flask_app, supports_credentials=True)
# ruleid: cors-wildcard-credentials
CORS(flask_app, resources={r"/api/*": {"origins": "*"}}, supports_credentials=True)
# ok: cors-wildcard-credentials
CORS(flask_app, origins=["https://app.example.com"], supports_credentials=True)
# Public API without credentials: allowed.
# ok: cors-wildcard-credentials
CORS(flask_app, origins="*")


@flask_app.route("/me")
# ruleid: cors-wildcard-credentials
@cross_origin(origins="*", supports_credentials=True)
def me():
    return "me"


api = FastAPI()
# ruleid: cors-wildcard-credentials
api.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True, allow_methods=["*"])
# ok: cors-wildcard-credentials
api.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET"])
# ok: cors-wildcard-credentials
api.add_middleware(CORSMiddleware, allow_origins=["https://app.example.com"], allow_credentials=True)

middleware = [
    # ruleid: cors-wildcard-credentials
    Middleware(CORSMiddleware, allow_origin_regex=".*", allow_credentials=True),
]
