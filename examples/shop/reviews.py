"""Product reviews: shows how suppressions look in a report."""
import subprocess


def notify_moderators():
    # Reviewed: the command is a constant; the suppression says why.
    subprocess.run("systemctl reload moderation", shell=True)  # sentinel: ignore[subprocess-shell-true] -- constant command, no input

def rebuild_index(name):
    # An unexplained suppression hides a real problem: SentinelPy reports it (low).
    subprocess.run("indexer --name " + name, shell=True)  # nosec
