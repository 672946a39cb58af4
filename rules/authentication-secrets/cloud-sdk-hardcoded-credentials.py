import boto3
import openai
from azure.identity import ClientSecretCredential

# ruleid: cloud-sdk-hardcoded-credentials
s3 = boto3.client("s3", aws_access_key_id="AKIAZ7Q4M2N8R5T3W6Y9", aws_secret_access_key="wJalrXUtnFEMIK7MDENGbPxRfiCYzq8Zt3Kp9Lm2")
# ruleid: cloud-sdk-hardcoded-credentials
session = boto3.Session(aws_access_key_id=KEY_ID, aws_secret_access_key="q8Zt3Kp9Lm2Vx7Rn4WcYb6Tf1Gh5Jk0Ab")
# ruleid: cloud-sdk-hardcoded-credentials
cred = ClientSecretCredential("tenant-id", "client-id", "Qx8~Zt3Kp9Lm2Vx7Rn4WcYb6")
# ruleid: cloud-sdk-hardcoded-credentials
client = openai.OpenAI(api_key="sk-live-q8Zt3Kp9Lm2Vx7Rn4")

# ok: cloud-sdk-hardcoded-credentials
s3 = boto3.client("s3")
# ok: cloud-sdk-hardcoded-credentials
s3 = boto3.client("s3", aws_secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"])
# ok: cloud-sdk-hardcoded-credentials
client = openai.OpenAI(api_key="")
# ok: cloud-sdk-hardcoded-credentials
other.client("s3", aws_secret_access_key="wJalrXUtnFEMIK7MDENGbPxRfiCYzq8Zt3Kp9Lm2")
