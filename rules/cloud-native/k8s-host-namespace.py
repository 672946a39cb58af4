from kubernetes import client


def bad(container):
    # ruleid: k8s-host-namespace
    spec = client.V1PodSpec(containers=[container], host_network=True)
    # ruleid: k8s-host-namespace
    other = client.V1PodSpec(containers=[container], host_pid=True)
    manifest = {
        "spec": {
            # ruleid: k8s-host-namespace
            "hostIPC": True,
            "containers": [],
        }
    }
    return spec, other, manifest


def ok(container):
    # ok: k8s-host-namespace
    spec = client.V1PodSpec(containers=[container], host_network=False)
    # ok: k8s-host-namespace
    settings = {"hostNetwork": False}
    # ok: k8s-host-namespace
    router.configure(host_network=True)
    return spec, settings
