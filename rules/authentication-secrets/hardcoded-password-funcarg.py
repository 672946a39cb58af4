import os
import psycopg2


def doLogin(password=None):
    pass


# ruleid: hardcoded-password-funcarg
doLogin(password="blerg")

# ruleid: hardcoded-password-funcarg
conn = psycopg2.connect(host="db", user="app", password="pg-prod-2023")

# ruleid: hardcoded-password-funcarg
client = ApiClient(
    base_url="https://api.example.com",
    api_key="q8Zt3Kp9Lm2Vx7Rn4WcYb6Tf",
)

# ruleid: hardcoded-password-funcarg
smtp.login(user="ops", passwd="hunter2")

# ok: hardcoded-password-funcarg
conn = psycopg2.connect(host="db", user="app", password=os.environ["PGPASSWORD"])
# ok: hardcoded-password-funcarg
form.add_field(password_field="password")
# ok: hardcoded-password-funcarg
connect(password="")
# ok: hardcoded-password-funcarg
oauth.fetch(token_url="https://oauth2.example.com/token")
# ok: hardcoded-password-funcarg
getpass.getpass(prompt="Password: ")
# ok: hardcoded-password-funcarg
lexer.emit(token="NAME")
# ruleid: hardcoded-password-funcarg
key = serialization.load_pem_private_key(pem_data, password=b"k3y-passphrase")
