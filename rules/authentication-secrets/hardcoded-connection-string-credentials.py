import os
from sqlalchemy import create_engine

# ruleid: hardcoded-connection-string-credentials
DATABASE_URL = "postgresql://app:S3cretPg2024@db.internal:5432/prod"
# ruleid: hardcoded-connection-string-credentials
engine = create_engine("mysql+pymysql://root:hunter2@127.0.0.1/shop")
# ruleid: hardcoded-connection-string-credentials
client = MongoClient("mongodb+srv://admin:Zx9%21Qw8@cluster0.mongodb.net/app")
# ruleid: hardcoded-connection-string-credentials
BROKER = f"redis://:r3d1s-pw@{REDIS_HOST}:6379/0"


def connect():
    """Connect, e.g. postgresql://user:password@localhost/db (documentation)."""
    # ok: hardcoded-connection-string-credentials
    return create_engine(os.environ["DATABASE_URL"])


# ok: hardcoded-connection-string-credentials
TEMPLATE = "postgresql://{user}:{password}@{host}/{db}"
# ok: hardcoded-connection-string-credentials
SAMPLE = "postgresql://user:password@localhost/db"
# ok: hardcoded-connection-string-credentials
NO_PASSWORD = "postgresql://app@db.internal/prod"
# ok: hardcoded-connection-string-credentials
dsn = f"postgresql://app:{os.environ['PGPASSWORD']}@db/prod"
# ok: hardcoded-connection-string-credentials
WEB = "https://deploy:t0k3n-Xy@git.example.com/repo.git"
