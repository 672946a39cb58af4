import os

# The forms Bandit B105 reports: comparisons, assignments, subscript keys, compound names.
def check_login(password):
    # ruleid: hardcoded-password-string
    if password == "toor":
        return True
    # ruleid: hardcoded-password-string
    if password == "q9wx7Vb2m4Zr8Tn3Lp6d":
        return True


# ruleid: hardcoded-password-string
password = "swordfish"
# ruleid: hardcoded-password-string
conf["password"] = "swordfish"
# ruleid: hardcoded-password-string
SMTP_PASSWORD = "secret"
# ruleid: hardcoded-password-string
ftp_pwd = 'ftp_secret'
# ruleid: hardcoded-password-string
my_backup_password_for_nas = 'k7#Lq!9zR2$wX'
# ruleid: hardcoded-password-string
passphrase='0000'

# Beyond Bandit: attributes, dict literals, compound key names.
class Settings:
    def __init__(self):
        # ruleid: hardcoded-password-string
        self.db_password = "Winter2024!"

# ruleid: hardcoded-password-string
CONFIG = {"client_secret": "9f8e7d6c5b4a39281706f5e4d3c2b1a0"}
# ruleid: hardcoded-password-string
API_KEY = "q8Zt3Kp9Lm2Vx7Rn4WcYb6Tf"
# ruleid: hardcoded-password-string
ADMIN_PASSWORD = "changeme"


def has_no_password(password):
    # Bandit reports the empty string; "no password" is not a leaked secret.
    # ok: hardcoded-password-string
    if password == '':
        return True


# ok: hardcoded-password-string
password_field = "password"
# ok: hardcoded-password-string
TOKEN_URL = "https://oauth2.example.com/token"
# ok: hardcoded-password-string
DB_PASSWORD = os.environ["DB_PASSWORD"]
# ok: hardcoded-password-string
PASSWORD_ENV = "DB_PASSWORD"
# ok: hardcoded-password-string
password_prompt = "Enter your password: "
# ok: hardcoded-password-string
secret = "${VAULT_SECRET}"
# ok: hardcoded-password-string
masked_password = "********"
# ok: hardcoded-password-string
token = "("
# ok: hardcoded-password-string
if token == "NEWLINE":
    pass
# ok: hardcoded-password-string
passwd_file = "/etc/passwd"
# ok: hardcoded-password-string
username = "admin"
# todoruleid: hardcoded-password-string
credentials = ("admin", "s3cr3t-pa55")
# ok: hardcoded-password-string
BUILD_VARS = {'MODULE_PWD_STATE': 'yes'}
# ok: hardcoded-password-string
require_password = "required"
# ok: hardcoded-password-string
SECRET_KEY = 'aws_secret_access_key'
# ok: hardcoded-password-string
RESOURCE_HASHES = {"AWS::SecretsManager::Secret": "c85175a4ebcce361"}
# ok: hardcoded-password-string
password_last_used = "no_information"
# ok: hardcoded-password-string
if pass_zero == 'lowpass':
    pass
# ok: hardcoded-password-string
if "secret_string" in secret_version:
    pass
# ok: hardcoded-password-string
STS_SAMPLE = {"SecretAccessKey": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY"}
# ok: hardcoded-password-string
masked = {"password": ":****"}
# ruleid: hardcoded-password-string
db_pass = "Tr0ub4dor&3"
# ruleid: hardcoded-password-string
SECRET_KEY = "django-insecure-8z$w!q3m^r7k@x2p&v9b*t5n#c1y6h0l4j"
# ruleid: hardcoded-password-string
app.secret_key = "flask-session-k3y-2024"
# Names in the program, not credentials: an event key, a settings-group name, a marker for "authenticated elsewhere".
# ok: hardcoded-password-string
PASSWORD_CHANGED = {"action": "pretalx.user.password.changed"}
# ok: hardcoded-password-string
user_password = "pretalx.user.password.changed"
# ok: hardcoded-password-string
smtp_password = "mail_settings"
# ok: hardcoded-password-string
password = "LDAP"
# ruleid: hardcoded-password-string
password = "Sunshine_2024"
# ok: hardcoded-password-string
reset_token_lifetime = "15 minutes"
