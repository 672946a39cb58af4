from kubernetes import client


def bad(image):
    # ruleid: k8s-privileged-container
    ctx = client.V1SecurityContext(privileged=True)
    # ruleid: k8s-privileged-container
    other = client.V1SecurityContext(allow_privilege_escalation=True, run_as_non_root=True)
    manifest = {
        "name": "job",
        "image": image,
        # ruleid: k8s-privileged-container
        "securityContext": {"privileged": True},
    }
    return ctx, other, manifest


def ok():
    # ok: k8s-privileged-container
    ctx = client.V1SecurityContext(privileged=False, allow_privilege_escalation=False)
    # ok: k8s-privileged-container
    flags = {"privileged": True}
    # ok: k8s-privileged-container
    client.V1PodSecurityContext(run_as_non_root=True)
    return ctx, flags
