import strawberry
from ariadne import make_executable_schema
from ariadne.asgi import GraphQL
from ariadne.validation import cost_validator
from strawberry.extensions import QueryDepthLimiter


@strawberry.type
class Query:
    hello: str = "world"


# ruleid: graphql-depth-limit-missing
schema = strawberry.Schema(query=Query)
# ok: graphql-depth-limit-missing
limited = strawberry.Schema(query=Query, extensions=[QueryDepthLimiter(max_depth=10)])

type_defs = "type Query { hello: String }"
ariadne_schema = make_executable_schema(type_defs)
# ruleid: graphql-depth-limit-missing
app = GraphQL(ariadne_schema, introspection=False)
# ok: graphql-depth-limit-missing
safe_app = GraphQL(ariadne_schema, validation_rules=[cost_validator(maximum_cost=1000)])


class Schema:
    pass


# A different class named Schema.
# ok: graphql-depth-limit-missing
other = Schema()
