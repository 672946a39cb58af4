from django.contrib.auth.models import User

ACTIVE_ONLY = "is_active = 1"


def bad(status, column):
    # ruleid: django-extra-sql
    User.objects.extra(where=[f"status = '{status}'"])
    # ruleid: django-extra-sql
    User.objects.filter(is_staff=True).extra(select={"rank": column})
    # ruleid: django-extra-sql
    User.objects.extra(tables=[column])
    # ruleid: django-extra-sql
    User.objects.extra(where=[ACTIVE_ONLY])
    # ruleid: django-extra-sql
    User.objects.extra(dict(rank=column))


def ok(status, options):
    # ok: django-extra-sql
    User.objects.extra(where=["status = %s"], params=[status])
    # ok: django-extra-sql
    User.objects.extra(select={"is_recent": "created > '2024-01-01'"})
    # ok: django-extra-sql
    options.extra(debug=True)
