import xml.etree.ElementTree as ET
import xml.etree.cElementTree as badET
from xml.dom import minidom
from xml.dom.pulldom import parseString
import xml.sax
import defusedxml.ElementTree as safeET
import lxml.etree


def bad(request, path):
    # ruleid: xml-stdlib-parse
    tree = ET.fromstring(request.data)
    # ruleid: xml-stdlib-parse
    badET.parse(path)
    # ruleid: xml-stdlib-parse
    doc = minidom.parseString(request.body)
    # ruleid: xml-stdlib-parse
    events = parseString(request.body)
    # ruleid: xml-stdlib-parse
    parser = xml.sax.make_parser()
    # ruleid: xml-stdlib-parse
    ET.fromstring("<a/>")
    return tree, doc, events, parser


def ok(request, path):
    # ok: xml-stdlib-parse
    tree = safeET.fromstring(request.data)
    # ok: xml-stdlib-parse
    node = ET.Element("a")
    # ok: xml-stdlib-parse
    text = ET.tostring(node)
    # ok: xml-stdlib-parse
    json.loads(request.data).parse(path)
    return tree, text
