import boto3

s3 = boto3.client("s3")


def bad(bucket, key, data, path):
    # ruleid: s3-public-acl
    s3.put_object(Bucket=bucket, Key=key, Body=data, ACL="public-read")
    # ruleid: s3-public-acl
    s3.upload_file(path, bucket, key, ExtraArgs={"ACL": "public-read-write"})
    # ruleid: s3-public-acl
    s3.put_bucket_acl(Bucket=bucket, GrantRead="uri=http://acs.amazonaws.com/groups/global/AllUsers")
    # ruleid: s3-public-acl
    boto3.resource("s3").Object(bucket, key).put(Body=data, ACL="authenticated-read")


def ok(bucket, key, data, path):
    # ok: s3-public-acl
    s3.put_object(Bucket=bucket, Key=key, Body=data, ACL="private")
    # ok: s3-public-acl
    s3.upload_file(path, bucket, key, ExtraArgs={"ServerSideEncryption": "aws:kms"})
    # ok: s3-public-acl
    s3.put_object(Bucket=bucket, Key=key, Body=data)
    # ok: s3-public-acl
    cache.put(key, "public-read")
