// Real failing Azure Blob uploads against Azurite: @azure/storage-blob with SAS URLs (bad
// signature, expired), and a browser-style fetch PUT without x-ms-blob-type.
//   node azure.mjs --server azurite --endpoint http://127.0.0.1:10000/devstoreaccount1 --out DIR
import {
  BlobServiceClient,
  BlockBlobClient,
  StorageSharedKeyCredential,
  generateBlobSASQueryParameters,
  BlobSASPermissions,
  RestError,
  AnonymousCredential,
} from "@azure/storage-blob";
import { args, pkgVersion, Recorder, recordedFetch, headerPairs } from "./lib.mjs";

const a = args();
const rec = new Recorder(a.server, a.out);
const ACCOUNT = "devstoreaccount1";
// Azurite's well-known development key (public, documented by Microsoft).
const KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
const SDK = `@azure/storage-blob@${pkgVersion("@azure/storage-blob")}`;
const CONTAINER = "uploads";
const cred = new StorageSharedKeyCredential(ACCOUNT, KEY);
const svc = new BlobServiceClient(a.endpoint, cred, { retryOptions: { maxTries: 1 } });

function sasUrl(blob, { startsOn, expiresOn, perms = "rcw" }) {
  const sas = generateBlobSASQueryParameters(
    { containerName: CONTAINER, blobName: blob, permissions: BlobSASPermissions.parse(perms), startsOn, expiresOn, version: "2021-08-06" },
    cred,
  ).toString();
  return `${a.endpoint}/${CONTAINER}/${blob}?${sas}`;
}

/** Uploads with the SDK through a SAS URL; records the exchange behind the RestError. */
async function sdkUpload(fault, what, url, notes = []) {
  const sentAt = new Date().toISOString();
  const client = new BlockBlobClient(url, new AnonymousCredential(), { retryOptions: { maxTries: 1 } });
  const body = Buffer.alloc(1024, 7);
  try {
    const r = await client.uploadData(body, { blobHTTPHeaders: { blobContentType: "image/png" } });
    rec.save(fault, {
      client: SDK,
      what,
      request: { method: "PUT", url, headers: { "x-ms-blob-type": "BlockBlob", "x-ms-blob-content-type": "image/png" }, bodySize: body.length, sentAt, sdk: SDK },
      response: { status: r._response.status, headers: headerPairs(r._response.headers), body: r._response.bodyAsText || "" },
      notes,
    });
  } catch (e) {
    if (!(e instanceof RestError) || !e.response) throw e;
    const req = e.request;
    rec.save(fault, {
      client: SDK,
      what,
      request: { method: req.method, url: req.url, headers: Object.fromEntries(headerPairs(req.headers)), bodySize: body.length, sentAt, sdk: SDK },
      response: { status: e.response.status, headers: headerPairs(e.response.headers), body: e.response.bodyAsText || "" },
      sdkError: `${e.name}: ${e.code} ${e.message.split("\n")[0]}`,
      notes: ["status line: the SDK does not expose the reason phrase; the standard one is written", ...notes],
    });
  }
}

const hour = 3600 * 1000;
const faults = {
  "azure-bad-sas-signature": () => {
    const url = sasUrl("cat.png", { startsOn: new Date(Date.now() - 60000), expiresOn: new Date(Date.now() + hour) }).replace(/sig=[^&]+/, "sig=AAAAbadsignatureAAAA%3D");
    return sdkUpload("azure-bad-sas-signature", "BlockBlobClient.uploadData with a SAS URL whose sig was replaced by another value", url);
  },
  "azure-expired-sas": () => {
    const url = sasUrl("cat.png", { startsOn: new Date(Date.now() - 2 * hour), expiresOn: new Date(Date.now() - hour) });
    return sdkUpload("azure-expired-sas", "BlockBlobClient.uploadData with a SAS that expired 1 h ago", url);
  },
  "azure-put-without-blob-type": async () => {
    const url = sasUrl("cat.png", { startsOn: new Date(Date.now() - 60000), expiresOn: new Date(Date.now() + hour) });
    const { rec: r } = await recordedFetch(url, { method: "PUT", headers: { "content-type": "image/png" }, body: Buffer.alloc(1024, 7) }, { sdk: `${SDK} (SAS) + fetch (node ${process.version})` });
    rec.save("azure-put-without-blob-type", { client: `fetch`, what: "fetch PUT to a valid SAS URL without the x-ms-blob-type header", ...r });
  },
};

// The missing-container case uses the shared-key client rather than a SAS (a SAS names its container).
async function missingContainer() {
  const fault = "azure-missing-container";
  const sentAt = new Date().toISOString();
  const client = svc.getContainerClient("no-such-container").getBlockBlobClient("cat.png");
  const body = Buffer.alloc(1024, 7);
  try {
    await client.uploadData(body, { blobHTTPHeaders: { blobContentType: "image/png" } });
    rec.save(fault, { client: SDK, what: "uploadData into a container that does not exist", request: { method: "PUT", url: client.url, sentAt, sdk: SDK }, response: { status: 201, headers: [], body: "" } });
  } catch (e) {
    if (!(e instanceof RestError) || !e.response) throw e;
    const headers = Object.fromEntries(headerPairs(e.request.headers));
    if (headers.authorization) headers.authorization = headers.authorization.replace(/:(.{6}).*$/, ":$1…");
    rec.save(fault, {
      client: SDK,
      what: "BlockBlobClient.uploadData (Shared Key) into a container that does not exist",
      request: { method: e.request.method, url: e.request.url, headers, bodySize: body.length, sentAt, sdk: SDK },
      response: { status: e.response.status, headers: headerPairs(e.response.headers), body: e.response.bodyAsText || "" },
      sdkError: `${e.name}: ${e.code}`,
      notes: ["status line: the SDK does not expose the reason phrase; the standard one is written"],
    });
  }
}
faults["azure-missing-container"] = missingContainer;

await svc.getContainerClient(CONTAINER).createIfNotExists();
for (const [fault, fn] of Object.entries(faults)) await rec.run(fault, fn);
