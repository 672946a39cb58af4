import os


# ruleid: hardcoded-password-default
def someFunction(user, password="Admin"):
    print("Hi " + user)


# ruleid: hardcoded-password-default
def doLogin(password="blerg"):
    pass


class Client:
    # ruleid: hardcoded-password-default
    async def connect(self, host: str, api_token: str = "q8Zt3Kp9Lm2Vx7Rn4WcYb6Tf") -> None:
        pass


# ok: hardcoded-password-default
def login(user, password=None):
    pass


# ok: hardcoded-password-default
def login_form(password_field="password", password_prompt="Password: "):
    pass


# ok: hardcoded-password-default
def connect_env(password=os.environ.get("DB_PASSWORD", "")):
    pass


# ok: hardcoded-password-default
def NoMatch3(a, b="blerg"):
    pass
