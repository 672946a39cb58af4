# ruleid: telnet-cleartext-protocol
import telnetlib
# ruleid: telnet-cleartext-protocol
from telnetlib import Telnet
# ok: telnet-cleartext-protocol
import paramiko
# ok: telnet-cleartext-protocol
import telnet_helpers


def bad(host):
    # ruleid: telnet-cleartext-protocol
    tn = telnetlib.Telnet(host)
    # ruleid: telnet-cleartext-protocol
    other = Telnet(host, 23)
    return tn, other


def ok(host):
    # ok: telnet-cleartext-protocol
    client = paramiko.SSHClient()
    # ok: telnet-cleartext-protocol
    session = telnet_helpers.Telnet(host)
    return client, session


def dynamic():
    # ruleid: telnet-cleartext-protocol
    return __import__("telnetlib")
