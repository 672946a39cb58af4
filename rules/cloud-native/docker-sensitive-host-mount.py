import docker
from kubernetes import client as k8s

client = docker.from_env()


def bad(image):
    # ruleid: docker-sensitive-host-mount
    client.containers.run(image, volumes={"/var/run/docker.sock": {"bind": "/var/run/docker.sock", "mode": "rw"}})
    # ruleid: docker-sensitive-host-mount
    client.containers.create(image, volumes=["/:/host:rw"])
    # ruleid: docker-sensitive-host-mount
    volume = k8s.V1HostPathVolumeSource(path="/etc")
    return volume


def ok(image):
    # ok: docker-sensitive-host-mount
    client.containers.run(image, volumes={"/srv/app/data": {"bind": "/data", "mode": "ro"}})
    # ok: docker-sensitive-host-mount
    client.containers.run(image, volumes=["/srv/cache:/cache"])
    # ok: docker-sensitive-host-mount
    k8s.V1HostPathVolumeSource(path="/var/log/app")
