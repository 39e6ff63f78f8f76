// The synthetic inputs of figure 4 (scaling), shared with the instruction counts of figure 6.
// Every body is exactly `size` bytes; strings are ASCII (characters = bytes).

import { prng } from '../../tests/common/prng.mjs';

export const DEPTH = 10_000;

const WORDS = 'the upload failed because the object is larger than the limit of the bucket policy ';
export function filler(n) {
  return WORDS.repeat(Math.ceil(n / WORDS.length) + 1).slice(0, Math.max(0, n));
}

/** Each kind: (size) => { body, note }. Every body is ASCII: characters = bytes. */
export const KINDS = {
  's3-xml': {
    label: 'S3 XML error, huge <Message>',
    baseline: 'xml',
    make(size) {
      const head = '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>EntityTooLarge</Code><Message>';
      const tail = '</Message><ProposedSize>6000000000</ProposedSize><MaxSizeAllowed>5368709120</MaxSizeAllowed><RequestId>4442587FB7D0A2F9</RequestId><HostId>EIi9mLd/oUOTw1+pOzGnC9fbrdbTiSLGJAwVJUjJLByglccc2yfPti2LKkkISq71eWx+QvqOjuM=</HostId></Error>';
      return head + filler(size - head.length - tail.length) + tail;
    },
  },
  json: {
    label: 'large JSON object (Supabase-shaped, many members)',
    baseline: 'json',
    make(size) {
      const head = '{"statusCode":"413","error":"Payload too large","message":"The object exceeded the maximum allowed size","details":{';
      const tail = '"end":true}}';
      let s = head;
      for (let i = 0; s.length < size - tail.length - 80; i++) s += `"k${i}":"${filler(24)}",`;
      s += `"pad":"${filler(size - s.length - tail.length - 9)}",`;
      return s + tail;
    },
  },
  html: {
    label: 'HTML error page (nginx 413 + paragraphs)',
    baseline: 'html',
    make(size) {
      const head = '<!DOCTYPE html>\n<html>\n<head><title>413 Request Entity Too Large</title></head>\n<body>\n<center><h1>413 Request Entity Too Large</h1></center>\n';
      const tail = '<hr><center>nginx/1.25.3</center>\n</body>\n</html>\n';
      let s = head;
      const p = `<p>${filler(72)}</p>\n`;
      while (s.length + p.length < size - tail.length) s += p;
      s += filler(size - s.length - tail.length);
      return s + tail;
    },
  },
  bytes: {
    label: 'random bytes (Uint8Array)',
    baseline: 'bytes',
    bytes: true,
    make(size) {
      const r = prng(6);
      const u = new Uint8Array(size);
      for (let i = 0; i < size; i++) u[i] = (r() * 256) | 0;
      return u;
    },
  },
  line: {
    label: 'one long line of log text (no newline)',
    baseline: 'text',
    make(size) {
      const head = 'ERROR 2025-01-18T12:19:21Z upload failed: An error occurred (EntityTooLarge) when calling the PutObject operation: ';
      return head + filler(size - head.length);
    },
  },
  'deep-xml': {
    label: `nested XML, ${DEPTH.toLocaleString('en')} levels (fewer when the size is too small), text inside`,
    baseline: 'xmlDeep',
    make(size) {
      const d = Math.min(DEPTH, Math.floor((size - 40) / 7));
      const head = '<?xml version="1.0"?>';
      return head + '<a>'.repeat(d) + filler(size - head.length - 7 * d) + '</a>'.repeat(d);
    },
  },
  'deep-json': {
    label: `nested JSON, ${DEPTH.toLocaleString('en')} levels (fewer when the size is too small), string inside`,
    baseline: 'json',
    make(size) {
      const d = Math.min(DEPTH, Math.floor((size - 2) / 6));
      return '{"a":'.repeat(d) + `"${filler(size - 6 * d - 2)}"` + '}'.repeat(d);
    },
  },
};

