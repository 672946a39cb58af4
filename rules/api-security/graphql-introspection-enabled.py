from ariadne.asgi import GraphQL
from django.conf import settings
from django.urls import path
from django.views.generic import TemplateView
from graphene_django.views import GraphQLView
from strawberry.fastapi import GraphQLRouter

from .schema import schema

urlpatterns = [
    # ruleid: graphql-introspection-enabled
    path("graphql/", GraphQLView.as_view(graphiql=True)),
    # ok: graphql-introspection-enabled
    path("graphql-prod/", GraphQLView.as_view(graphiql=settings.DEBUG)),
    # ok: graphql-introspection-enabled
    path("about/", TemplateView.as_view(template_name="about.html")),
]

# ruleid: graphql-introspection-enabled
router = GraphQLRouter(schema, graphiql=True)
# ok: graphql-introspection-enabled
prod_router = GraphQLRouter(schema, graphiql=False)

# ruleid: graphql-introspection-enabled
explicit = GraphQL(schema, introspection=True)
# ruleid: graphql-introspection-enabled
default = GraphQL(schema, debug=False)
# ok: graphql-introspection-enabled
closed = GraphQL(schema, introspection=False)
