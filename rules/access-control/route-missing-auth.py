from fastapi import APIRouter, Depends, FastAPI
from flask import Blueprint, Flask
from flask_login import login_required

app = Flask(__name__)
admin = Blueprint("admin", __name__)


@admin.route("/users")
@login_required
def list_users():
    return "users"


@admin.route("/users/<int:uid>")
@login_required
def show_user(uid):
    return str(uid)


# ruleid: route-missing-auth
@admin.route("/users/<int:uid>/delete", methods=["POST"])
def delete_user(uid):
    return str(uid)


# Public by nature.
# ok: route-missing-auth
@admin.route("/login", methods=["GET", "POST"])
def login():
    return "login"


# A different router where nothing is protected: no majority to compare with.
# ok: route-missing-auth
@app.route("/about")
def about():
    return "about"


api = FastAPI()
router = APIRouter()


def get_current_user():
    return "user"


@router.get("/items")
def read_items(user=Depends(get_current_user)):
    return []


@router.post("/items")
def create_item(item: dict, user: str = Depends(get_current_user)):
    return item


# ruleid: route-missing-auth
@router.delete("/items/{item_id}")
def delete_item(item_id: int):
    return item_id


# ok: route-missing-auth
@router.put("/items/{item_id}", dependencies=[Depends(get_current_user)])
def update_item(item_id: int):
    return item_id
