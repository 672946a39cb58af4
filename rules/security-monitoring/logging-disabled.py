import logging

# ruleid: logging-disabled
logging.disable(logging.CRITICAL)
# ruleid: logging-disabled
logging.disable()
# ruleid: logging-disabled
logging.getLogger("app.security").disabled = True
# ok: logging-disabled
logging.disable(logging.DEBUG)
# ok: logging-disabled
logging.disable(logging.NOTSET)
# ok: logging-disabled
logging.getLogger("urllib3").setLevel(logging.WARNING)


class Button:
    def __init__(self):
        # ok: logging-disabled
        self.disabled = True
