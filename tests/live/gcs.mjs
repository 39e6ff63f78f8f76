// Real failing GCS JSON-API requests against fake-gcs-server, with plain fetch (what a browser
// upload does): a missing object, and an upload whose ifGenerationMatch precondition fails.
//   node gcs.mjs --server fake-gcs --endpoint http://127.0.0.1:4443 --out DIR
import { args, Recorder, recordedFetch } from "./lib.mjs";

const a = args();
const rec = new Recorder(a.server, a.out);
const BUCKET = "uploads";
const SDK = `fetch (node ${process.version})`;

function multipart(name, bytes, boundary) {
  const meta = JSON.stringify({ name, contentType: "image/png" });
  return Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n${meta}\r\n--${boundary}\r\nContent-Type: image/png\r\n\r\n`),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
}

async function upload(name, query = "") {
  const b = "live-boundary";
  return recordedFetch(
    `${a.endpoint}/upload/storage/v1/b/${BUCKET}/o?uploadType=multipart${query}`,
    { method: "POST", headers: { "content-type": `multipart/related; boundary=${b}` }, body: multipart(name, Buffer.alloc(1024, 7), b) },
    { sdk: SDK },
  );
}

async function setup() {
  const r = await fetch(`${a.endpoint}/storage/v1/b`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ name: BUCKET }) });
  if (!r.ok && r.status !== 409) throw new Error(`create bucket: ${r.status} ${await r.text()}`);
  const { res } = await upload("existing.png");
  if (!res || !res.ok) throw new Error("could not create existing.png");
}

const faults = {
  "gcs-missing-object": async () => {
    const { rec: r } = await recordedFetch(`${a.endpoint}/storage/v1/b/${BUCKET}/o/missing.png`, { method: "GET" }, { sdk: SDK });
    rec.save("gcs-missing-object", { client: SDK, what: "GET storage/v1/b/uploads/o/missing.png (metadata) of an object that does not exist", ...r });
  },
  "gcs-missing-object-media": async () => {
    const { rec: r } = await recordedFetch(`${a.endpoint}/storage/v1/b/${BUCKET}/o/missing.png?alt=media`, { method: "GET" }, { sdk: SDK });
    rec.save("gcs-missing-object-media", { client: SDK, what: "GET storage/v1/b/uploads/o/missing.png?alt=media (download) of an object that does not exist", ...r });
  },
  "gcs-precondition-failed": async () => {
    const { rec: r } = await upload("existing.png", "&ifGenerationMatch=1234567890");
    rec.save("gcs-precondition-failed", { client: SDK, what: "multipart upload of existing.png with ifGenerationMatch=1234567890 (not its generation)", ...r });
  },
  "gcs-missing-bucket": async () => {
    const { rec: r } = await recordedFetch(
      `${a.endpoint}/upload/storage/v1/b/no-such-bucket/o?uploadType=media&name=cat.png`,
      { method: "POST", headers: { "content-type": "image/png" }, body: Buffer.alloc(1024, 7) },
      { sdk: SDK },
    );
    rec.save("gcs-missing-bucket", { client: SDK, what: "media upload into a bucket that does not exist", ...r });
  },
};

await setup();
for (const [fault, fn] of Object.entries(faults)) await rec.run(fault, fn);
