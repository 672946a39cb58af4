import requests

# ruleid: ssrf-cloud-metadata-address
METADATA = "http://169.254.169.254/latest/meta-data/iam/security-credentials/"


def bad(role):
    # ruleid: ssrf-cloud-metadata-address
    token = requests.get("http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token", headers={"Metadata-Flavor": "Google"})
    # ruleid: ssrf-cloud-metadata-address
    creds = requests.get(f"http://[fd00:ec2::254]/latest/meta-data/iam/security-credentials/{role}")
    return requests.get(METADATA + role, timeout=2), token, creds


def ok(url):
    # ok: ssrf-cloud-metadata-address
    requests.get("https://api.example.com/169.254.169.254", timeout=5)
    # ok: ssrf-cloud-metadata-address
    note = "link-local addresses such as 169.254.1.1 are rejected"
    # ok: ssrf-cloud-metadata-address
    requests.get(url, timeout=5)
    return note
