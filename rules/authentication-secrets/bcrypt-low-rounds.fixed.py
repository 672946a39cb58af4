import bcrypt
from flask_bcrypt import Bcrypt
from passlib.hash import bcrypt as passlib_bcrypt

flask_bcrypt = Bcrypt(app)

# ruleid: bcrypt-low-rounds
hashed = bcrypt.hashpw(password, bcrypt.gensalt(rounds=12))
# ruleid: bcrypt-low-rounds
salt = bcrypt.gensalt(12)
# ruleid: bcrypt-low-rounds
hasher = passlib_bcrypt.using(rounds=12)
# ruleid: bcrypt-low-rounds
pw_hash = flask_bcrypt.generate_password_hash(password, rounds=12)

# ok: bcrypt-low-rounds
hashed = bcrypt.hashpw(password, bcrypt.gensalt())
# ok: bcrypt-low-rounds
salt = bcrypt.gensalt(rounds=13)
# ok: bcrypt-low-rounds
pw_hash = flask_bcrypt.generate_password_hash(password)
# ok: bcrypt-low-rounds
pw_hash = werkzeug_security.generate_password_hash(password, "scrypt")
