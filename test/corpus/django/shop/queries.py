# Data-access helpers used by shop/views.py: the sinks live here, the sources in the views.
from django.db import connection


def product_by_name(name):
    with connection.cursor() as cursor:
        # ruleid: CWE-89
        cursor.execute("SELECT * FROM shop_product WHERE name = '%s'" % name)
        return cursor.fetchall()


def product_by_id(pk):
    with connection.cursor() as cursor:
        # ok: CWE-89
        cursor.execute("SELECT * FROM shop_product WHERE id = %s", [pk])
        return cursor.fetchone()


def sort_clause(column):
    return " ORDER BY " + column


def order_by_safe(column):
    if column not in ("name", "price"):
        column = "name"
    return " ORDER BY " + column
