import logging

logger = logging.getLogger(__name__)


def login(username, password, user, pw, request):
    # ruleid: logging-sensitive-data
    logger.info("login attempt user=%s password=%s", username, password)
    # ruleid: logging-sensitive-data
    logging.debug(f"token refreshed: {user.access_token}")
    # ruleid: logging-sensitive-data
    logger.warning(f"bad credentials: password={pw}")
    # ruleid: logging-sensitive-data
    logger.error("auth failed for %s" % (user.api_key,))
    # ruleid: logging-sensitive-data
    logger.debug("headers: " + str(request.headers.authorization))


class Service:
    def __init__(self):
        self.log = logging.getLogger("svc")

    def rotate(self, secret):
        # ruleid: logging-sensitive-data
        self.log.info("rotated %s", secret)


def fine(username, password, user, token_type, results):
    # ok: logging-sensitive-data
    logger.info("login attempt user=%s", username)
    # ok: logging-sensitive-data
    logger.debug("password length %d", len(password))
    # ok: logging-sensitive-data
    logger.info("token type %s, expires %s", token_type, user.token_expires)
    # A results dict's get(), not a logger.
    # ok: logging-sensitive-data
    results.info(password)
    # ok: logging-sensitive-data
    logger.info("password changed for %s", user.email)
    # A parser position, not a credential (moto's DynamoDB expression parser).
    # ok: logging-sensitive-data
    logger.debug("Continue where previous parsing ended: %s", user.token_pos)
    # ruleid: logging-sensitive-data
    logger.info("charged card %s", user.card_number)
