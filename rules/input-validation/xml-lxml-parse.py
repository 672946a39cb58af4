import lxml.etree
from lxml import etree
from lxml.etree import fromstring as lx_fromstring
import defusedxml.lxml


def bad(upload, path, parser):
    # ruleid: xml-lxml-parse
    root = lxml.etree.fromstring(upload)
    # ruleid: xml-lxml-parse
    tree = etree.parse(path)
    # ruleid: xml-lxml-parse
    other = lx_fromstring(upload)
    # ruleid: xml-lxml-parse
    unsafe = etree.XMLParser(load_dtd=True)
    # ruleid: xml-lxml-parse
    given = etree.fromstring(upload, parser)
    return root, tree, other, unsafe, given


def ok(upload):
    # ok: xml-lxml-parse
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    # ok: xml-lxml-parse
    safe = defusedxml.lxml.fromstring(upload)
    # ok: xml-lxml-parse
    element = etree.Element("root")
    # ok: xml-lxml-parse
    text = etree.tostring(element)
    return parser, safe, text
