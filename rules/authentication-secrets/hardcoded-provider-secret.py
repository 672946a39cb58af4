import os

# ruleid: hardcoded-provider-secret
AWS_ACCESS_KEY_ID = "AKIAZ7Q4M2N8R5T3W6Y9"

# ruleid: hardcoded-provider-secret
client = Github("ghp_Xa9bC3dE7fG1hJ5kL2mN8pQ4rS6tU0vW3yZ9b")

# ruleid: hardcoded-provider-secret
SLACK = {"token": "xoxb-2817469352-7465382910-Hq8Zt3Kp9Lm2Vx7Rn4Wc"}

# ruleid: hardcoded-provider-secret
stripe.api_key = "sk_live_51Hq8Zt3Kp9Lm2Vx7Rn4WcYb6"

# ruleid: hardcoded-provider-secret
GOOGLE_KEY = "AIzaSyD8q3Zt3Kp9Lm2Vx7Rn4WcYb6Tf1Gh5Jk0"

# ruleid: hardcoded-provider-secret
PRIVATE_KEY = """-----BEGIN RSA PRIVATE KEY-----
MIIEowIBAAKCAQEA7Vx2q8Zt3Kp9Lm2Vx7Rn4WcYb6Tf1Gh5Jk0AbCdEfGhIjKlMn
-----END RSA PRIVATE KEY-----"""

# ruleid: hardcoded-provider-secret
headers = {"Authorization": "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTYiLCJhZG1pbiI6dHJ1ZX0.Xq8Zt3Kp9Lm2Vx7Rn4WcYb6Tf1Gh5Jk0"}

# ruleid: hardcoded-provider-secret
deploy_user = "ci"  # token ghp_Xa9bC3dE7fG1hJ5kL2mN8pQ4rS6tU0vW3yZ9b until rotation

# ok: hardcoded-provider-secret
AWS_DOCS_KEY = "AKIAIOSFODNN7EXAMPLE"

# ok: hardcoded-provider-secret
TOKEN = os.environ["GITHUB_TOKEN"]

# ok: hardcoded-provider-secret
STRIPE_TEST = "sk_test_51Hq8Zt3Kp9Lm2Vx7Rn4WcYb6"

# ok: hardcoded-provider-secret
PUBLIC_KEY = "-----BEGIN PUBLIC KEY-----"
# ok: hardcoded-provider-secret
_SK_START = b"-----BEGIN OPENSSH PRIVATE KEY-----"
# ruleid: hardcoded-provider-secret
TEST_KEY = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIIrYSSNQFaA2Hwf1duRSxKtLYX5CB04fSeQ6tF1aY/PuoAoGCCqGSM49\n-----END EC PRIVATE KEY-----"

# ok: hardcoded-provider-secret
AKIAZ7Q4M2N8R5T3W6Y9 = 1

# Hand-edited documentation samples: a keyboard run or six equal characters (Bandit's exposed_secrets example).
# ok: hardcoded-provider-secret
SAMPLE_OPENAI_KEY = "sk-proj-mpjt123456Jqs4TAeKlCT3BlbkFJsh1KtN0SUjTPeJiagE8K"
# ok: hardcoded-provider-secret
SAMPLE_OPENAI_KEY_2 = "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"
