# Bandit's examples/logging_config_insecure_listen.py.
import logging.config
from logging import config as logconfig
from logging.config import listen

# ruleid: logging-config-listen
t = logging.config.listen(9999)

# ruleid: logging-config-listen
t2 = logconfig.listen(port=9030)

# ruleid: logging-config-listen
t3 = listen()


def verify_signature(data):
    return data if data.startswith(b"signed:") else None


# ok: logging-config-listen
t4 = logging.config.listen(9999, verify=verify_signature)
# ok: logging-config-listen
t5 = logging.config.listen(9999, verify_signature)
# ok: logging-config-listen
logging.config.dictConfig({"version": 1})
