import sqlalchemy as sa
from sqlalchemy import text


def bad(session, owner, table):
    # ruleid: sqlalchemy-text-formatted
    session.execute(text(f"SELECT * FROM items WHERE owner = '{owner}'"))
    # ruleid: sqlalchemy-text-formatted
    stmt = sa.text("DELETE FROM items WHERE id = %s" % table)
    # ruleid: sqlalchemy-text-formatted
    session.execute(text("SELECT * FROM items WHERE owner = '" + owner + "'"))


def ok(session, owner, doc, table):
    # ok: sqlalchemy-text-formatted
    session.execute(text("SELECT * FROM items WHERE owner = :owner"), {"owner": owner})
    # ok: sqlalchemy-text-formatted
    text("SELECT " + "1")
    # ok: sqlalchemy-text-formatted
    sa.text(f"DELETE FROM {table} WHERE id = :id")
    # ok: sqlalchemy-text-formatted
    doc.text(f"Hello {owner}")


# Look-alikes: values coerced to numbers, and local constants, formatted into the SQL text.
def coerced(session, item_id):
    # ok: sqlalchemy-text-formatted
    session.execute(text(f"SELECT * FROM items WHERE id = {int(item_id)}"))
    column = "owner"
    # ok: sqlalchemy-text-formatted
    session.execute(text(f"SELECT {column} FROM items"))
