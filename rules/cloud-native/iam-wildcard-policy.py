import json

import boto3

iam = boto3.client("iam")


def bad(role, bucket):
    policy = {
        "Version": "2012-10-17",
        # ruleid: iam-wildcard-policy
        "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}],
    }
    statements = [
        # ruleid: iam-wildcard-policy
        {"Effect": "Allow", "Action": ["s3:*"], "Resource": "*"},
        # ruleid: iam-wildcard-policy
        {"Effect": "Allow", "NotAction": "iam:*", "Resource": "*"},
    ]
    iam.put_role_policy(RoleName=role, PolicyName="p", PolicyDocument=json.dumps(policy))
    return statements


def ok(bucket):
    # ok: iam-wildcard-policy
    read = {"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": f"arn:aws:s3:::{bucket}/*"}
    # ok: iam-wildcard-policy
    deny = {"Effect": "Deny", "Action": "*", "Resource": "*"}
    # ok: iam-wildcard-policy
    describe = {"Effect": "Allow", "Action": ["ec2:DescribeInstances"], "Resource": "*"}
    return read, deny, describe
