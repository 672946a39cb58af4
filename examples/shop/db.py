"""Database access of the example shop (sqlite3)."""
import sqlite3

DB_PATH = "shop.db"


def connect():
    return sqlite3.connect(DB_PATH)


def orders_for(customer):
    # VULNERABLE: SQL injection — the customer id is pasted into the query.
    cursor = connect().cursor()
    cursor.execute(f"SELECT id, total FROM orders WHERE customer = '{customer}'")
    return cursor.fetchall()


def order_count(customer):
    # VULNERABLE: same flaw with %-formatting.
    cursor = connect().cursor()
    cursor.execute("SELECT count(*) FROM orders WHERE customer = '%s'" % customer)
    return cursor.fetchone()[0]


def orders_for_safe(customer):
    # SAFE: a parameterised query; the driver sends the value separately.
    cursor = connect().cursor()
    cursor.execute("SELECT id, total FROM orders WHERE customer = ?", (customer,))
    return cursor.fetchall()
