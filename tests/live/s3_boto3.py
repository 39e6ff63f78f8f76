"""Real failing S3 uploads with boto3 (header-signed PutObject), against one S3 emulator.

    python s3_boto3.py --server s3s-fs --endpoint http://127.0.0.1:8014 --key K --secret S --out DIR

Writes one JSON record per fault (same shape as lib.mjs's Recorder): the request as botocore sent
it (before-send) and the raw response behind the exception (after-call).
"""

import argparse
import datetime
import json
import os
import sys

import boto3
import botocore
import botocore.auth
from botocore.config import Config

p = argparse.ArgumentParser()
for a in ("server", "endpoint", "key", "secret", "out"):
    p.add_argument(f"--{a}", required=True)
args = p.parse_args()

SDK = f"boto3@{boto3.__version__} (botocore@{botocore.__version__})"
BUCKET = "live-uploads"
out_dir = os.path.join(args.out, args.server)
os.makedirs(out_dir, exist_ok=True)


def text(v):
    return v.decode("utf-8", "replace") if isinstance(v, bytes) else str(v)


class Capture:
    """Keeps the last request botocore sent and the raw response it got."""

    def __init__(self, client):
        self.request = None
        self.response = None
        self.offset = datetime.timedelta(0)  # the simulated error of the client's clock
        client.meta.events.register("before-send", self.before_send)
        client.meta.events.register("after-call", self.after_call)

    def before_send(self, request, **_):
        body = request.body
        size = None
        if isinstance(body, (bytes, bytearray)):
            size = len(body)
        elif isinstance(body, str):
            size = len(body.encode())
        elif request.headers.get("Content-Length"):
            size = int(request.headers["Content-Length"])
        self.request = {
            "method": request.method,
            "url": request.url,
            "headers": {k: text(v) for k, v in request.headers.items()},
            "sentAt": (datetime.datetime.now(datetime.timezone.utc) + self.offset).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z",
            "sdk": SDK,
        }
        if size is not None:
            self.request["bodySize"] = size

    def after_call(self, http_response, **_):
        raw = http_response.raw
        self.response = {
            "status": http_response.status_code,
            "reason": getattr(raw, "reason", "") or "",
            "headers": [[k, text(v)] for k, v in (raw.headers.items() if hasattr(raw, "headers") else http_response.headers.items())],
            "body": text(http_response.content or b""),
        }


def client(secret=None):
    c = boto3.client(
        "s3",
        endpoint_url=args.endpoint,
        region_name="us-east-1",
        aws_access_key_id=args.key,
        aws_secret_access_key=secret or args.secret,
        config=Config(s3={"addressing_style": "path"}, retries={"total_max_attempts": 1}),
    )
    return c, Capture(c)


def save(fault, what, cap, err, notes=()):
    rec = {
        "server": args.server,
        "fault": fault,
        "client": SDK,
        "what": what,
        "request": cap.request or {},
        "response": cap.response,
        "sdkError": f"{type(err).__name__}: {err}" if err else None,
        "notes": list(notes),
    }
    if cap.response is None:
        rec["fetchError"] = f"{type(err).__name__}: {err}"
        rec["request"]["fetchError"] = rec["fetchError"]
    with open(os.path.join(out_dir, f"{fault}.json"), "w") as f:
        json.dump(rec, f, indent=2)
        f.write("\n")
    st = cap.response["status"] if cap.response else f"no response ({err})"
    print(f"  {args.server:<11} {fault:<28} -> {st}")


def put(fault, what, c, cap, **kw):
    err = None
    try:
        c.put_object(Bucket=BUCKET, Key=f"uploads/{fault}.png", Body=b"\x89PNG" + b"\x07" * 1020, ContentType="image/png", **kw)
    except Exception as e:  # noqa: BLE001 - any failure is what we record
        err = e
    save(fault, what, cap, err)


def main():
    c, _ = client()
    try:
        c.create_bucket(Bucket=BUCKET)
    except c.exceptions.BucketAlreadyOwnedByYou:
        pass
    except c.exceptions.BucketAlreadyExists:
        pass

    c, cap = client(secret="wJalrXUtnFEMI/K7MDENG/bPxRfiCYWRONGKEY")
    put("wrong-secret-boto3", "boto3 put_object (SigV4 header) signed with a wrong secret key", c, cap)

    c, cap = client()
    put("wrong-crc32-boto3", "boto3 put_object with ChecksumCRC32 (x-amz-checksum-crc32) of other bytes", c, cap, ChecksumCRC32="3q2+7w==")

    # The client's clock 20 minutes behind: botocore signs with get_current_datetime().
    real_now = botocore.auth.get_current_datetime
    botocore.auth.get_current_datetime = lambda *a, **k: real_now(*a, **k) - datetime.timedelta(minutes=20)
    try:
        c, cap = client()
        cap.offset = -datetime.timedelta(minutes=20)  # sentAt by the client's own (slow) clock
        put("clock-skew-boto3", "boto3 put_object signed with the client clock 20 min behind", c, cap)
    finally:
        botocore.auth.get_current_datetime = real_now
    return 0


if __name__ == "__main__":
    sys.exit(main())
