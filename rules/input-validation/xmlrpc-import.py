# ruleid: xmlrpc-import
import xmlrpc.client
# ruleid: xmlrpc-import
from xmlrpc.server import SimpleXMLRPCServer
# ruleid: xmlrpc-import
import xmlrpclib
# ok: xmlrpc-import
import defusedxml.xmlrpc
# ok: xmlrpc-import
from jsonrpc import client
# ok: xmlrpc-import
import xmlrpc_helpers
