from pysnmp.hlapi import UsmUserData, usmDESPrivProtocol, usmAesCfb128Protocol


def bad():
    # ruleid: snmp-weak-crypto
    insecure = UsmUserData("securityName")
    # ruleid: snmp-weak-crypto
    auth_no_priv = UsmUserData("securityName", "authName")
    # ruleid: snmp-weak-crypto
    auth_no_priv_none = UsmUserData("securityName", "authName", None)
    # ruleid: snmp-weak-crypto
    des = UsmUserData("ops", "authName", "privName", privProtocol=usmDESPrivProtocol)
    return insecure, auth_no_priv, auth_no_priv_none, des


def ok():
    # ok: snmp-weak-crypto
    secure_kwargs = UsmUserData(userName="securityName", authKey="authName", privKey="privName")
    # ok: snmp-weak-crypto
    less_insecure = UsmUserData("securityName", "authName", "privName", privProtocol=usmAesCfb128Protocol)
    return secure_kwargs, less_insecure
