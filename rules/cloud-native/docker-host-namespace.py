import docker

client = docker.from_env()


def bad(image):
    # ruleid: docker-host-namespace
    client.containers.run(image, network_mode="host")
    # ruleid: docker-host-namespace
    client.containers.create(image, pid_mode="host")
    # ruleid: docker-host-namespace
    docker.APIClient().create_host_config(ipc_mode="host")


def ok(image, mode):
    # ok: docker-host-namespace
    client.containers.run(image, network_mode="bridge")
    # ok: docker-host-namespace
    client.containers.run(image, network_mode=mode)
    # ok: docker-host-namespace
    pipeline.run(network_mode="host")
