import os
import subprocess
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import render, redirect
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.db.models.expressions import RawSQL
from django.utils.http import url_has_allowed_host_and_scheme
from .models import Product
from .queries import product_by_name, product_by_id, sort_clause, order_by_safe


def search(request):
    rows = product_by_name(request.GET.get("q", ""))
    return JsonResponse({"rows": rows})


def detail(request, pk):
    return JsonResponse({"row": product_by_id(pk)})


def listing(request):
    clause = sort_clause(request.GET["sort"])
    # ruleid: CWE-89
    items = Product.objects.raw("SELECT * FROM shop_product" + clause)
    safe_clause = order_by_safe(request.GET["sort"])
    # ok: CWE-89
    more = Product.objects.raw("SELECT * FROM shop_product" + safe_clause)
    return render(request, "list.html", {"items": items, "more": more})


def annotate(request):
    # ruleid: CWE-89
    qs = Product.objects.annotate(x=RawSQL("SELECT price * " + request.GET["factor"], []))
    # ok: CWE-89
    qs2 = Product.objects.annotate(x=RawSQL("SELECT price * %s", [request.GET["factor"]]))
    return render(request, "list.html", {"qs": qs, "qs2": qs2})


def extra_where(request):
    # ruleid: CWE-89
    qs = Product.objects.extra(where=["name = '" + request.POST["name"] + "'"])
    # ok: CWE-89
    qs2 = Product.objects.extra(where=["name = %s"], params=[request.POST["name"]])
    return render(request, "list.html", {"qs": qs, "qs2": qs2})


def greet(request):
    name = request.GET.get("name", "")
    # ruleid: CWE-79
    return HttpResponse("<h1>Hello " + name + "</h1>")


def greet_escaped(request):
    name = escape(request.GET.get("name", ""))
    # ok: CWE-79
    return HttpResponse("<h1>Hello " + name + "</h1>")


def bio(request, username):
    # ruleid: CWE-79
    return render(request, "bio.html", {"bio": mark_safe(username)})


def bio_template(request, username):
    # ok: CWE-79
    return render(request, "bio.html", {"bio": username})


def go(request):
    target = request.GET["next"]
    # ruleid: CWE-601
    return HttpResponseRedirect(target)


def go_checked(request):
    target = request.GET["next"]
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = "/"
    # ok: CWE-601
    return HttpResponseRedirect(target)


def go_shortcut(request):
    # ruleid: CWE-601
    return redirect(request.POST["return_to"])


def go_named(request):
    # ok: CWE-601
    return redirect("shop:detail", pk=request.GET["pk"])


def export(request):
    fmt = request.GET["fmt"]
    # ruleid: CWE-78
    subprocess.run("export-tool --format " + fmt, shell=True)
    return HttpResponse("ok")


def export_safe(request):
    fmt = request.GET["fmt"]
    # ok: CWE-78
    subprocess.run(["export-tool", "--format", fmt])
    return HttpResponse("ok")


def report(request, name):
    # ruleid: CWE-22
    with open(os.path.join("/srv/reports", name)) as fh:
        return HttpResponse(fh.read(), content_type="text/plain")


def report_safe(request, name):
    name = os.path.basename(name)
    # ok: CWE-22
    with open(os.path.join("/srv/reports", name)) as fh:
        return HttpResponse(fh.read(), content_type="text/plain")


def body_eval(request):
    # ruleid: CWE-95
    value = eval(request.body)
    return JsonResponse({"v": str(value)})


def meta_header(request):
    agent = request.META.get("HTTP_USER_AGENT", "")
    response = HttpResponse("ok")
    # ruleid: CWE-113
    response["X-Agent"] = agent
    # ruleid: CWE-113
    response.headers["X-Agent-2"] = agent
    return response


def cookie_state(request):
    import pickle
    import base64
    # ruleid: CWE-502
    state = pickle.loads(base64.b64decode(request.COOKIES["state"]))
    return JsonResponse({"ok": bool(state)})


def session_role(request):
    # ruleid: CWE-501
    request.session["role"] = request.GET["role"]
    # ok: CWE-501
    request.session["seen"] = True
    return HttpResponse("ok")
