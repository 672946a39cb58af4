import os

import sentry_sdk
from sentry_sdk import init as sentry_init

# ruleid: sentry-send-default-pii
sentry_sdk.init(dsn=os.environ["SENTRY_DSN"], send_default_pii=False, traces_sample_rate=0.1)
# ruleid: sentry-send-default-pii
sentry_init(dsn=os.environ["SENTRY_DSN"], max_request_body_size="always")
# ok: sentry-send-default-pii
sentry_sdk.init(dsn=os.environ["SENTRY_DSN"], send_default_pii=False)
# ok: sentry-send-default-pii
sentry_sdk.init(dsn=os.environ["SENTRY_DSN"], max_request_body_size="small")


class Tracker:
    def init(self, send_default_pii):
        return send_default_pii


# ok: sentry-send-default-pii
Tracker().init(send_default_pii=True)
