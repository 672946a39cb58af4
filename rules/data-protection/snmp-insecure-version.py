from pysnmp.hlapi import CommunityData, UsmUserData
from pysnmp import hlapi


def bad():
    # ruleid: snmp-insecure-version
    a = CommunityData("public", mpModel=0)
    # ruleid: snmp-insecure-version
    b = CommunityData("public")
    # ruleid: snmp-insecure-version
    c = hlapi.CommunityData("public", 1)
    return a, b, c


def ok(auth_key, priv_key):
    # ok: snmp-insecure-version
    secure = UsmUserData("monitor", auth_key, priv_key)
    # ok: snmp-insecure-version
    other = community_data("public")
    return secure, other
