// Real failing S3 uploads with aws-sdk-js-v3 (header-signed commands, getSignedUrl presigned PUT,
// createPresignedPost + fetch FormData), against one S3 emulator.
//   node s3.mjs --server localstack --endpoint http://127.0.0.1:4566 --key test --secret test --out DIR
import { createHash } from "node:crypto";
import {
  S3Client,
  CreateBucketCommand,
  PutObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  CreateMultipartUploadCommand,
  UploadPartCommand,
  CompleteMultipartUploadCommand,
} from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { createPresignedPost } from "@aws-sdk/s3-presigned-post";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import { args, pkgVersion, Recorder, RecordingHandler, recordedFetch, formFieldsOf, postFormEarlyAnswer, sleep } from "./lib.mjs";

const a = args();
const rec = new Recorder(a.server, a.out);
const BUCKET = "live-uploads";
const SDK = `aws-sdk-js-v3@${pkgVersion("@aws-sdk/client-s3")}`;
const POST_SDK = `@aws-sdk/s3-presigned-post@${pkgVersion("@aws-sdk/s3-presigned-post")} + fetch (node ${process.version})`;
const PRESIGN_SDK = `@aws-sdk/s3-request-presigner@${pkgVersion("@aws-sdk/s3-request-presigner")} + fetch (node ${process.version})`;
// A temporary-looking key id (STS keys start with ASIA) that no server knows without its token.
const ASIA_KEY = "ASIAIOSFODNN7EXAMPLE";
const UNKNOWN_KEY = "AKIAI44QH8DHBEXAMPLE"; // AWS's second documented example key id

function client(over = {}) {
  const handler = new RecordingHandler(new NodeHttpHandler({ requestTimeout: 20000 }), SDK, over.systemClockOffset || 0);
  const { credentials, ...rest } = over;
  const c = new S3Client({
    region: "us-east-1",
    endpoint: a.endpoint,
    forcePathStyle: true,
    maxAttempts: 1,
    credentials: { accessKeyId: a.key, secretAccessKey: a.secret, ...(credentials || {}) },
    ...rest,
    requestHandler: handler,
  });
  return { c, handler };
}

const png = (n) => {
  const b = Buffer.alloc(n, 7);
  Buffer.from([0x89, 0x50, 0x4e, 0x47]).copy(b);
  return b;
};

/** Sends one SDK command; records the raw exchange behind the result or the exception. */
async function sdkFault(fault, what, { over, command, notes = [] }) {
  const { c, handler } = client(over);
  let err = null;
  try {
    await c.send(command);
  } catch (e) {
    err = e;
  }
  const last = handler.last;
  if (!last) throw err || new Error("no request recorded");
  rec.save(fault, {
    client: SDK,
    what,
    request: last.request,
    response: last.response,
    fetchError: last.fetchError,
    sdkError: err ? `${err.name}: ${err.message}` : null,
    notes,
  });
}

async function setup() {
  const { c } = client();
  try {
    await c.send(new CreateBucketCommand({ Bucket: BUCKET }));
  } catch (e) {
    if (!/BucketAlreadyOwnedByYou|BucketAlreadyExists/.test(e.name)) throw e;
  }
  await c.send(new PutObjectCommand({ Bucket: BUCKET, Key: "existing.png", Body: png(64), ContentType: "image/png" }));
}

async function presignedPut(fault, what, { expiresIn = 600, signContentType, sendContentType, wait = 0, notes = [] }) {
  const { c } = client({ requestChecksumCalculation: "WHEN_REQUIRED" });
  const key = `uploads/${fault}.png`;
  const cmd = new PutObjectCommand({ Bucket: BUCKET, Key: key, ...(signContentType ? { ContentType: signContentType } : {}) });
  const opts = { expiresIn };
  if (signContentType) {
    opts.signableHeaders = new Set(["content-type"]);
    opts.unhoistableHeaders = new Set(["content-type"]);
  }
  const url = await getSignedUrl(c, cmd, opts);
  if (wait) await sleep(wait);
  const body = png(1024);
  const headers = sendContentType ? { "content-type": sendContentType } : {};
  const { rec: r } = await recordedFetch(url, { method: "PUT", headers, body }, { sdk: PRESIGN_SDK });
  rec.save(fault, { client: PRESIGN_SDK, what, ...r, notes });
}

/** A presigned POST form sent with fetch; `build(fields, file)` returns the FormData to send. */
async function presignedPost(fault, what, { over, conditions = [], expires = 600, fileSize = 1024, wait = 0, build, notes = [] }) {
  const { c } = client(over);
  const key = `uploads/${fault}.png`;
  const { url, fields } = await createPresignedPost(c, {
    Bucket: BUCKET,
    Key: key,
    Conditions: conditions,
    Fields: { "Content-Type": "image/png" },
    Expires: expires,
  });
  if (wait) await sleep(wait);
  const file = new File([png(fileSize)], "cat.png", { type: "image/png" });
  const fd = new FormData();
  if (build) build(fd, fields, file);
  else {
    for (const [k, v] of Object.entries(fields)) fd.append(k, v);
    fd.append("file", file);
  }
  const { rec: r } = await recordedFetch(url, { method: "POST", body: fd }, { sdk: POST_SDK, formFields: formFieldsOf(fd) });
  if (!r.response && /EPIPE|ECONNRESET|other side closed/.test(r.fetchError)) {
    // The server answered before reading the whole body and closed; Node's fetch reports only the
    // broken pipe. A browser shows the early answer: read it the way a browser would.
    const early = await postFormEarlyAnswer(url, fd);
    if (early) {
      notes = [...notes, `Node's fetch failed with "${r.fetchError}" (the server answered before reading the body); the answer was read with node:http, as a browser shows it`];
      delete r.request.fetchError;
      r.response = early;
      delete r.fetchError;
    }
  }
  rec.save(fault, { client: POST_SDK, what, ...r, notes });
}

const faults = {
  "wrong-secret": () =>
    sdkFault("wrong-secret", "PutObject signed (SigV4 header) with a wrong secret key", {
      over: { credentials: { secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYWRONGKEY" } },
      command: new PutObjectCommand({ Bucket: BUCKET, Key: "uploads/wrong-secret.png", Body: png(1024), ContentType: "image/png" }),
    }),
  "unknown-access-key": () =>
    sdkFault("unknown-access-key", `PutObject signed with an access key id the server does not know (${UNKNOWN_KEY})`, {
      over: { credentials: { accessKeyId: UNKNOWN_KEY } },
      command: new PutObjectCommand({ Bucket: BUCKET, Key: "uploads/unknown-key.png", Body: png(1024), ContentType: "image/png" }),
    }),
  "asia-key-no-token-post": () =>
    presignedPost("asia-key-no-token-post", `presigned POST form signed with a temporary-looking key id (${ASIA_KEY}) and no x-amz-security-token field`, {
      over: { credentials: { accessKeyId: ASIA_KEY } },
    }),
  "presigned-url-expired": () =>
    presignedPut("presigned-url-expired", "presigned PUT URL (expiresIn 1 s) used 2.5 s later", { expiresIn: 1, wait: 2500, sendContentType: "image/png" }),
  "content-type-signed-differently": () =>
    presignedPut("content-type-signed-differently", "presigned PUT signing content-type: image/png (signableHeaders + unhoistableHeaders), sent with content-type: image/jpeg", {
      signContentType: "image/png",
      sendContentType: "image/jpeg",
    }),
  "post-file-field-first": () =>
    presignedPost("post-file-field-first", "presigned POST form with the file field first, before key/policy/signature", {
      build: (fd, fields, file) => {
        fd.append("file", file);
        for (const [k, v] of Object.entries(fields)) fd.append(k, v);
      },
    }),
  "post-over-content-length-range": () =>
    presignedPost("post-over-content-length-range", "presigned POST with content-length-range [1, 1024] and a 4096-byte file", {
      conditions: [["content-length-range", 1, 1024]],
      fileSize: 4096,
    }),
  "post-extra-field": () =>
    presignedPost("post-extra-field", "presigned POST with an extra field x-amz-meta-note that the policy does not list", {
      build: (fd, fields, file) => {
        for (const [k, v] of Object.entries(fields)) fd.append(k, v);
        fd.append("x-amz-meta-note", "hello");
        fd.append("file", file);
      },
    }),
  "post-policy-expired": () =>
    presignedPost("post-policy-expired", "presigned POST whose policy expires after 1 s, sent 2.5 s later", { expires: 1, wait: 2500 }),
  "bad-content-md5": () =>
    sdkFault("bad-content-md5", "PutObject with a Content-MD5 of other bytes", {
      command: new PutObjectCommand({
        Bucket: BUCKET,
        Key: "uploads/bad-md5.png",
        Body: png(1024),
        ContentType: "image/png",
        ContentMD5: createHash("md5").update("other bytes").digest("base64"),
      }),
    }),
  "wrong-crc32": () =>
    sdkFault("wrong-crc32", "PutObject with ChecksumCRC32 (x-amz-checksum-crc32) of other bytes", {
      command: new PutObjectCommand({ Bucket: BUCKET, Key: "uploads/bad-crc.png", Body: png(1024), ContentType: "image/png", ChecksumCRC32: "3q2+7w==" }),
    }),
  "clock-skew": () =>
    sdkFault("clock-skew", "PutObject signed with the client clock 20 min behind (systemClockOffset -20 min)", {
      over: { systemClockOffset: -20 * 60 * 1000 },
      command: new PutObjectCommand({ Bucket: BUCKET, Key: "uploads/skew.png", Body: png(1024), ContentType: "image/png" }),
    }),
  "missing-bucket": () =>
    sdkFault("missing-bucket", "PutObject into a bucket that does not exist", {
      command: new PutObjectCommand({ Bucket: "live-no-such-bucket", Key: "uploads/a.png", Body: png(1024), ContentType: "image/png" }),
    }),
  "missing-key-get": () =>
    sdkFault("missing-key-get", "GetObject of a key that does not exist", {
      command: new GetObjectCommand({ Bucket: BUCKET, Key: "uploads/missing.png" }),
    }),
  "missing-key-head": () =>
    sdkFault("missing-key-head", "HeadObject of a key that does not exist", {
      command: new HeadObjectCommand({ Bucket: BUCKET, Key: "uploads/missing.png" }),
    }),
  "bad-part-etag": async () => {
    const { c } = client();
    const Key = "uploads/bad-etag.bin";
    const { UploadId } = await c.send(new CreateMultipartUploadCommand({ Bucket: BUCKET, Key }));
    await c.send(new UploadPartCommand({ Bucket: BUCKET, Key, UploadId, PartNumber: 1, Body: png(1024) }));
    await sdkFault("bad-part-etag", "CompleteMultipartUpload listing part 1 with an ETag that is not the part's", {
      command: new CompleteMultipartUploadCommand({
        Bucket: BUCKET,
        Key,
        UploadId,
        MultipartUpload: { Parts: [{ PartNumber: 1, ETag: '"0123456789abcdef0123456789abcdef"' }] },
      }),
    });
  },
  "part-too-small": async () => {
    const { c } = client();
    const Key = "uploads/small-parts.bin";
    const { UploadId } = await c.send(new CreateMultipartUploadCommand({ Bucket: BUCKET, Key }));
    const p1 = await c.send(new UploadPartCommand({ Bucket: BUCKET, Key, UploadId, PartNumber: 1, Body: png(1024 * 1024) }));
    const p2 = await c.send(new UploadPartCommand({ Bucket: BUCKET, Key, UploadId, PartNumber: 2, Body: png(1024) }));
    await sdkFault("part-too-small", "CompleteMultipartUpload of two parts, the first 1 MiB (< 5 MiB)", {
      command: new CompleteMultipartUploadCommand({
        Bucket: BUCKET,
        Key,
        UploadId,
        MultipartUpload: { Parts: [{ PartNumber: 1, ETag: p1.ETag }, { PartNumber: 2, ETag: p2.ETag }] },
      }),
    });
  },
};

await setup();
const only = a.only ? a.only.split(",") : null;
for (const [fault, fn] of Object.entries(faults)) {
  if (only && !only.includes(fault)) continue;
  await rec.run(fault, fn);
}
