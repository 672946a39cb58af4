from kubernetes import client


def bad():
    # ruleid: k8s-dangerous-capabilities
    caps = client.V1Capabilities(add=["SYS_ADMIN"])
    # ruleid: k8s-dangerous-capabilities
    other = client.V1Capabilities(drop=["ALL"], add=["NET_BIND_SERVICE", "CAP_SYS_PTRACE"])
    manifest = {
        "securityContext": {
            # ruleid: k8s-dangerous-capabilities
            "capabilities": {"add": ["NET_ADMIN"]},
        }
    }
    return caps, other, manifest


def ok():
    # ok: k8s-dangerous-capabilities
    caps = client.V1Capabilities(drop=["ALL"], add=["NET_BIND_SERVICE"])
    # ok: k8s-dangerous-capabilities
    manifest = {"capabilities": {"drop": ["ALL"]}}
    # ok: k8s-dangerous-capabilities
    cart = {"add": ["ALL"]}
    return caps, manifest, cart
