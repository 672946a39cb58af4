import requests
import yaml
from lxml import etree
from rest_framework.views import APIView
from rest_framework.response import Response
from rest_framework.decorators import api_view


class Preview(APIView):
    def get(self, request):
        url = request.query_params["url"]
        # ruleid: CWE-918
        page = requests.get(url, timeout=3)
        return Response({"status": page.status_code})

    def post(self, request):
        # ruleid: CWE-502
        conf = yaml.load(request.data["config"], Loader=yaml.FullLoader)
        return Response({"ok": bool(conf)})


class Safe(APIView):
    def get(self, request):
        item = request.query_params["item"]
        # ok: CWE-918
        page = requests.get("https://catalog.example.com/items/" + item, timeout=3)
        return Response({"status": page.status_code})

    def post(self, request):
        # ok: CWE-502
        conf = yaml.safe_load(request.data["config"])
        return Response({"ok": bool(conf)})


@api_view(["POST"])
def parse_xml(request):
    # ruleid: CWE-611
    root = etree.fromstring(request.data["xml"].encode())
    return Response({"tag": "ok" if root is not None else "none"})


@api_view(["GET"])
def constant_xml(request):
    # ok: CWE-611
    root = etree.fromstring(b"<config/>")
    return Response({"tag": root.tag})
