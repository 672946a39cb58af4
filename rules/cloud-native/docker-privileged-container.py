import subprocess

import docker

client = docker.from_env()


def bad(image, command):
    # ruleid: docker-privileged-container
    client.containers.run(image, command, privileged=True)
    # ruleid: docker-privileged-container
    docker.from_env().containers.create(image, cap_add=["SYS_ADMIN"])
    api = docker.APIClient()
    # ruleid: docker-privileged-container
    config = api.create_host_config(privileged=True)
    return config


def ok(image, command):
    # ok: docker-privileged-container
    client.containers.run(image, command, cap_drop=["ALL"], privileged=False)
    # ok: docker-privileged-container
    client.containers.run(image, command, cap_add=["NET_BIND_SERVICE"])
    # ok: docker-privileged-container
    subprocess.run(["ls"], check=True)
    # ok: docker-privileged-container
    workflow.run(privileged=True)
