# Bandit's examples/mako_templating.py: three Template calls.
from mako.template import Template
import mako

from mako import template
from mako.lookup import TemplateLookup
from string import Template as StringTemplate

# ruleid: mako-templates
Template("hello")

# ruleid: mako-templates
mako.template.Template("hern")
# ruleid: mako-templates
template.Template("hern")

# ruleid: mako-templates
lookup = TemplateLookup(directories=["/templates"])

# Escaping on by default: not reported.
# ok: mako-templates
Template("<p>${name}</p>", default_filters=["h"])
# ok: mako-templates
TemplateLookup(directories=["/templates"], default_filters=["str", "h"])
# A different Template class.
# ok: mako-templates
StringTemplate("$who likes $what")
