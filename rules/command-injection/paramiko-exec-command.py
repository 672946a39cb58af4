import paramiko

client = paramiko.SSHClient()


def bad(name):
    # ruleid: paramiko-exec-command
    client.exec_command("tail -n 50 /var/log/" + name)
    # ruleid: paramiko-exec-command
    stdin, stdout, stderr = client.exec_command(f"systemctl restart {name}")
    # ruleid: paramiko-exec-command
    client.exec_command("uptime")


def ok(name):
    # ok: paramiko-exec-command
    client.invoke_shell()
    # ok: paramiko-exec-command
    sftp = client.open_sftp()
    # ok: paramiko-exec-command
    client.exec_commands_later(name)
    # ok: paramiko-exec-command
    somelib.exec_command("a; b")


def remote(ssh, name):
    # ruleid: paramiko-exec-command
    ssh.exec_command("cat " + name)
