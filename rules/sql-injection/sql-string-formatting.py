import sqlite3

TABLE = "users"
BASE_QUERY = "SELECT id, name FROM " + TABLE


def bad(cur, name, user_id, table, limit):
    # ruleid: sql-string-formatting
    cur.execute(f"SELECT * FROM users WHERE name = '{name}'")
    # ruleid: sql-string-formatting
    cur.execute("DELETE FROM sessions WHERE user_id = %s" % user_id)
    # ruleid: sql-string-formatting
    query = "UPDATE users SET name = '{}' WHERE id = 1".format(name)
    # ruleid: sql-string-formatting
    query = "SELECT * FROM users WHERE id = " + user_id + " ORDER BY id"
    # ruleid: sql-string-formatting
    cur.executemany("INSERT INTO logs VALUES ('" + name + "', ?)", rows)
    sqlite3.connect(":memory:").executescript(
        # ruleid: sql-string-formatting
        "DROP TABLE %s" % table
    )
    # ruleid: sql-string-formatting
    cur.execute(f"""
        SELECT * FROM orders
        WHERE customer = '{name}' AND id = ?
    """, (user_id,))


def ok(cur, name, table, log):
    # ok: sql-string-formatting
    cur.execute("SELECT * FROM users WHERE name = %s", (name,))
    # ok: sql-string-formatting
    cur.execute(BASE_QUERY + " WHERE id = 1")
    # ok: sql-string-formatting
    cur.execute("SELECT * FROM %s WHERE id = 1" % TABLE)
    # ok: sql-string-formatting
    cur.execute(f"SELECT * FROM {table} WHERE id = :id", {"id": 1})
    # ok: sql-string-formatting
    cur.executemany("INSERT INTO " + table + " VALUES (?, ?)", rows)
    # ok: sql-string-formatting
    log.info("select %s from the menu" % name)
    # ok: sql-string-formatting
    message = f"Please select a file from {name}"
    # ok: sql-string-formatting
    cur.execute(cleanup, (name,), "removing %s" % name)
    # ruleid: sql-string-formatting
    cur.execute("SELECT * FROM users WHERE name = '[N]'".replace("[N]", name))
    # ok: sql-string-formatting
    cur.execute("SELECT * FROM users WHERE name = '[N]'".replace("[N]", "bob"))
    # ok: sql-string-formatting
    title = "Hello [N], pick a file".replace("[N]", name)


# Look-alikes: values coerced to numbers, and local constants, formatted into the SQL text.
def coerced(cur, user_id, rows):
    # ok: sql-string-formatting
    cur.execute(f"SELECT * FROM users WHERE id = {int(user_id)}")
    # ok: sql-string-formatting
    cur.execute("SELECT * FROM users LIMIT %d" % len(rows))
    order = "name"
    # ok: sql-string-formatting
    cur.execute(f"SELECT * FROM users ORDER BY {order}")
    # ruleid: sql-string-formatting
    cur.execute(f"SELECT * FROM users WHERE id = {int(user_id)} AND name = '{rows}'")
