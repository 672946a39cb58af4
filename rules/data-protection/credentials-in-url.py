import os
import requests

# ruleid: credentials-in-url
requests.get("https://deploy:t0k3n-Xy@git.example.com/api/repos")
# ruleid: credentials-in-url
PROXY = {"https": "http://proxyuser:Pr0xy!pw@10.0.0.5:3128"}
# ruleid: credentials-in-url
ftp_url = "ftp://backup:bkp-2024@files.example.org/nightly/"

# ok: credentials-in-url
requests.get("https://git.example.com/api/repos", auth=(os.environ["GIT_USER"], os.environ["GIT_TOKEN"]))
# ok: credentials-in-url
url = f"https://{user}:{password}@{host}/"
# ok: credentials-in-url
DOC = "https://user:pass@example.com/"
# ok: credentials-in-url
MAIL = "mailto:someone@example.com"
# ok: credentials-in-url
DB = "postgresql://app:S3cretPg2024@db.internal/prod"
