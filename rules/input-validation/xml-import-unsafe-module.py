import importlib
# ruleid: xml-import-unsafe-module
import xml.etree.ElementTree as ET
# ruleid: xml-import-unsafe-module
from xml.dom import minidom
# ruleid: xml-import-unsafe-module
from lxml import etree
# ruleid: xml-import-unsafe-module
import xml.sax
# ok: xml-import-unsafe-module
import defusedxml.ElementTree as safeET
# ok: xml-import-unsafe-module
from defusedxml import minidom as safe_minidom
# ok: xml-import-unsafe-module
import xml
# ok: xml-import-unsafe-module
from xml.parsers import expat_errors


def dynamic(name):
    # ruleid: xml-import-unsafe-module
    sax = importlib.import_module("xml.sax")
    # ok: xml-import-unsafe-module
    other = importlib.import_module(name)
    return sax, other
