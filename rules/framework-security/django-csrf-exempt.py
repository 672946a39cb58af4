from django.http import HttpResponse
from django.urls import path
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators import csrf
from django.views.decorators.csrf import csrf_exempt, csrf_protect


# ruleid: django-csrf-exempt
@csrf_exempt
def update_profile(request):
    request.user.email = request.POST["email"]
    request.user.save()
    return HttpResponse("ok")


# ruleid: django-csrf-exempt
@csrf.csrf_exempt
def stripe_webhook(request):
    return HttpResponse(status=204)


# ruleid: django-csrf-exempt
@method_decorator(csrf_exempt, name="dispatch")
class TransferView(View):
    def post(self, request):
        return HttpResponse("moved")


# ok: django-csrf-exempt
@csrf_protect
def settings_view(request):
    return HttpResponse("ok")


def csrf_exempt_list():
    # A function that only mentions the name.
    # ok: django-csrf-exempt
    return ["csrf_exempt"]


urlpatterns = [
    # ruleid: django-csrf-exempt
    path("transfer/", csrf_exempt(TransferView.as_view())),
    # ok: django-csrf-exempt
    path("settings/", settings_view),
]
