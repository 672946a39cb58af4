from django.contrib.auth.models import User
from django.db.models.expressions import RawSQL

RANK_SQL = "SELECT COUNT(*) FROM " + "auth_group"


def bad(name, sql, column):
    # ruleid: django-raw-sql
    User.objects.raw(f"SELECT * FROM auth_user WHERE username = '{name}'")
    # ruleid: django-raw-sql
    User.objects.annotate(val=RawSQL(sql, []))
    # ruleid: django-raw-sql
    User.objects.annotate(val=RawSQL("SELECT %s FROM auth_user" % column, []))
    # ruleid: django-raw-sql
    User.objects.annotate(rank=RawSQL(RANK_SQL, []))


def ok(name, response):
    # ok: django-raw-sql
    User.objects.raw("SELECT * FROM auth_user WHERE username = %s", [name])
    # ok: django-raw-sql
    User.objects.annotate(val=RawSQL("SELECT 1", []))
    # ok: django-raw-sql
    response.raw(name)


# Look-alikes: numbers formatted into the SQL text.
def coerced(user_id):
    # ok: django-raw-sql
    User.objects.raw(f"SELECT * FROM auth_user WHERE id = {int(user_id)}")
    # ruleid: django-raw-sql
    User.objects.raw(f"SELECT * FROM auth_user WHERE id = {int(user_id)} OR username = '{user_id}'")
