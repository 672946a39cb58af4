# AWS Lambda handlers: the event is attacker-controlled (API Gateway, S3 keys, queue messages).
import json
import os
import subprocess
import boto3
import pymysql
import requests

conn = pymysql.connect(host="db", user="app", password=os.environ.get("DB_PASSWORD"), database="app")


def lambda_handler(event, context):
    user = event["queryStringParameters"]["user"]
    with conn.cursor() as cur:
        # ruleid: CWE-89
        cur.execute("SELECT * FROM accounts WHERE user = '" + user + "'")
        # ok: CWE-89
        cur.execute("SELECT * FROM accounts WHERE user = %s", (user,))
    return {"statusCode": 200}


def resize_handler(event, context):
    key = event["Records"][0]["s3"]["object"]["key"]
    # ruleid: CWE-78
    subprocess.run(f"convert /tmp/{key} -resize 50% /tmp/out.png", shell=True)
    # ok: CWE-78
    subprocess.run(["convert", "/tmp/" + key, "-resize", "50%", "/tmp/out.png"])
    return {"ok": True}


def webhook_handler(event, _context):
    body = json.loads(event["body"])
    # ruleid: CWE-918
    requests.post(body["callback_url"], json={"done": True})
    # ok: CWE-918
    requests.post("https://hooks.example.com/notify", json={"id": body["id"]})
    return {"statusCode": 204}


def report(event):
    # Not a handler (no context parameter): its argument is not a source by itself.
    # ok: CWE-78
    subprocess.run("generate-report " + event["name"], shell=True)
