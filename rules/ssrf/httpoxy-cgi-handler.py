import wsgiref.handlers
# ruleid: httpoxy-cgi-handler
from wsgiref.handlers import CGIHandler
# ruleid: httpoxy-cgi-handler
from twisted.web.twcgi import CGIScript
# ok: httpoxy-cgi-handler
from wsgiref.simple_server import make_server
# ok: httpoxy-cgi-handler
from wsgiref.handlers import SimpleHandler


def application(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [b"ok"]


if __name__ == "__main__":
    # ruleid: httpoxy-cgi-handler
    wsgiref.handlers.CGIHandler().run(application)
    # ruleid: httpoxy-cgi-handler
    CGIHandler().run(application)
    # ok: httpoxy-cgi-handler
    make_server("127.0.0.1", 8000, application).serve_forever()
