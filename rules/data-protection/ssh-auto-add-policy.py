import paramiko
from paramiko import client
from paramiko import AutoAddPolicy


def bad():
    ssh_client = client.SSHClient()
    # ruleid: ssh-auto-add-policy
    ssh_client.set_missing_host_key_policy(client.AutoAddPolicy)
    # ruleid: ssh-auto-add-policy
    ssh_client.set_missing_host_key_policy(paramiko.WarningPolicy())
    # ruleid: ssh-auto-add-policy
    ssh_client.set_missing_host_key_policy(AutoAddPolicy())
    return ssh_client


def ok():
    ssh_client = paramiko.SSHClient()
    ssh_client.load_system_host_keys()
    # ok: ssh-auto-add-policy
    ssh_client.set_missing_host_key_policy(paramiko.RejectPolicy())
    # ok: ssh-auto-add-policy
    ssh_client.set_missing_host_key_policy(PinnedKeyPolicy(expected))
    return ssh_client
