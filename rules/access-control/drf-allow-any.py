# Django settings (INSTALLED_APPS defined) together with views, to exercise both checks.
from rest_framework import generics, permissions, viewsets
from rest_framework.decorators import api_view, permission_classes
from rest_framework.permissions import AllowAny, IsAuthenticated

INSTALLED_APPS = ["rest_framework"]

# ruleid: drf-allow-any
REST_FRAMEWORK = {
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
}


class OrderViewSet(viewsets.ModelViewSet):
    # ruleid: drf-allow-any
    permission_classes = [AllowAny]


class CommentView(generics.GenericAPIView):
    # ruleid: drf-allow-any
    permission_classes = (permissions.AllowAny,)

    def post(self, request):
        return None


# ruleid: drf-allow-any
@permission_classes([AllowAny])
@api_view(["GET", "POST"])
def delete_everything(request):
    return None


class ProductList(generics.ListAPIView):
    # Public read-only listing.
    # ok: drf-allow-any
    permission_classes = [AllowAny]


class ProfileViewSet(viewsets.ReadOnlyModelViewSet):
    # ok: drf-allow-any
    permission_classes = [AllowAny]


class SecureOrders(viewsets.ModelViewSet):
    # ok: drf-allow-any
    permission_classes = [IsAuthenticated]


# ok: drf-allow-any
@permission_classes([AllowAny])
@api_view(["GET"])
def catalogue(request):
    return None
