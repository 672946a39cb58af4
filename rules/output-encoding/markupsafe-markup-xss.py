# Bandit's examples/markupsafe_markup_xss.py (four findings there), plus one Bandit misses.
import flask
from markupsafe import Markup, escape

content = "<script>alert('Hello, world!')</script>"
# ruleid: markupsafe-markup-xss
Markup(f"unsafe {content}")
# ruleid: markupsafe-markup-xss
flask.Markup("unsafe {}".format(content))
# ok: markupsafe-markup-xss
Markup("safe {}").format(content)
# ok: markupsafe-markup-xss
flask.Markup(b"safe {}", encoding="utf-8").format(content)
# ok: markupsafe-markup-xss
escape(content)
# ruleid: markupsafe-markup-xss
Markup(content)
# ruleid: markupsafe-markup-xss
flask.Markup("unsafe %s" % content)
# ok: markupsafe-markup-xss
Markup(object="safe")
# Bandit: "Not currently detected".
# ruleid: markupsafe-markup-xss
Markup(object="unsafe {}".format(content))
# ok: markupsafe-markup-xss
Markup(escape(content))


class Markup2:
    pass


# ok: markupsafe-markup-xss
Markup2(content)


# Look-alikes: text escaped before it is wrapped.
# ok: markupsafe-markup-xss
Markup(f"<b>{escape(content)}</b>")
# ok: markupsafe-markup-xss
Markup("<b>%s</b>" % escape(content))
# ruleid: markupsafe-markup-xss
Markup("<b>%s</b><i>%s</i>" % (escape(content), content))
