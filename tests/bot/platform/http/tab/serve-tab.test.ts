import assert from 'node:assert/strict';
import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import restify, { type Server } from 'restify';
import { registerTab } from '../../../../../bot/src/platform/http/tab/serve-tab.js';

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: Buffer;
}

const SCRIPT = `console.log(${JSON.stringify('x'.repeat(4000))});\n`;
const INDEX = '<!doctype html><html><head><script type="module" src="main-ABCDEFGHIJ.js"></script></head><body>' + ' '.repeat(2000) + '</body></html>';

describe('serve-tab (the built tab at /tab)', () => {
  let dir: string;
  let server: Server;
  let port: number;

  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'introteam-serve-tab-'));
    await writeFile(path.join(dir, 'index.html'), INDEX);
    await writeFile(path.join(dir, 'index.html.gz'), gzipSync(INDEX));
    await writeFile(path.join(dir, 'main-ABCDEFGHIJ.js'), SCRIPT);
    await writeFile(path.join(dir, 'main-ABCDEFGHIJ.js.br'), brotliCompressSync(SCRIPT));
    await writeFile(path.join(dir, 'main-ABCDEFGHIJ.js.gz'), gzipSync(SCRIPT));
    await writeFile(path.join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    await writeFile(path.join(dir, 'stale.css'), 'body { color: red; }');
    await writeFile(path.join(dir, 'stale.css.gz'), gzipSync('body { color: blue; }'));
    const past = new Date(Date.now() - 60_000);
    await utimes(path.join(dir, 'stale.css.gz'), past, past); // a copy left over from an earlier build
    await writeFile(path.join(dir, '.env.js'), 'secret');
    await writeFile(path.join(path.dirname(dir), `${path.basename(dir)}-outside.js`), 'outside');
    server = restify.createServer();
    registerTab(server, dir);
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', () => listening()));
    port = (server.address() as AddressInfo).port;
  });

  after(async () => {
    await new Promise<void>((closed) => server.close(() => closed()));
    await rm(dir, { recursive: true, force: true });
    await rm(path.join(path.dirname(dir), `${path.basename(dir)}-outside.js`), { force: true });
  });

  /** Raw HTTP, so neither fetch nor undici decompresses or normalises the path behind the test's back. */
  function get(rawPath: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
    return new Promise((answer, fail) => {
      const req = request({ host: '127.0.0.1', port, path: rawPath, method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => answer({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.once('error', fail);
      req.end();
    });
  }

  it('should send the Brotli copy of a script when the browser accepts br, and say so', async () => {
    const answer = await get('/tab/main-ABCDEFGHIJ.js', { 'accept-encoding': 'gzip, deflate, br' });
    assert.equal(answer.status, 200);
    assert.equal(answer.headers['content-encoding'], 'br');
    assert.equal(answer.headers.vary, 'Accept-Encoding');
    assert.match(String(answer.headers['content-type']), /^text\/javascript/);
    assert.equal(brotliDecompressSync(answer.body).toString('utf8'), SCRIPT);
    assert.ok(answer.body.length < SCRIPT.length / 10, 'the compressed copy should be what was sent');
  });

  it('should send gzip to a browser without Brotli, and the plain file to one without compression', async () => {
    const gzipped = await get('/tab/main-ABCDEFGHIJ.js', { 'accept-encoding': 'gzip' });
    assert.equal(gzipped.headers['content-encoding'], 'gzip');
    assert.equal(gunzipSync(gzipped.body).toString('utf8'), SCRIPT);
    const plain = await get('/tab/main-ABCDEFGHIJ.js');
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.body.toString('utf8'), SCRIPT);
    assert.equal(plain.headers.vary, 'Accept-Encoding');
  });

  it('should let browsers keep a content-hashed asset for a year', async () => {
    const answer = await get('/tab/main-ABCDEFGHIJ.js', { 'accept-encoding': 'br' });
    assert.equal(answer.headers['cache-control'], 'public, max-age=31536000, immutable');
  });

  it('should make browsers revalidate index.html and answer 304 when it has not changed', async () => {
    const first = await get('/tab', { 'accept-encoding': 'gzip' });
    assert.equal(first.status, 200);
    assert.equal(first.headers['cache-control'], 'no-cache');
    assert.match(String(first.headers['content-security-policy']), /^frame-ancestors 'self' https:\/\/teams\.microsoft\.com/);
    assert.equal(gunzipSync(first.body).toString('utf8'), INDEX);
    const etag = String(first.headers.etag);
    const again = await get('/tab/', { 'accept-encoding': 'gzip', 'if-none-match': etag });
    assert.equal(again.status, 304);
    assert.equal(again.body.length, 0);
    const otherEncoding = await get('/tab', { 'if-none-match': etag });
    assert.equal(otherEncoding.status, 200, 'the plain file is another representation with another ETag');
    assert.equal(otherEncoding.body.toString('utf8'), INDEX);
  });

  it('should never send a compressed copy older than its file', async () => {
    const answer = await get('/tab/stale.css', { 'accept-encoding': 'gzip' });
    assert.equal(answer.headers['content-encoding'], undefined);
    assert.equal(answer.body.toString('utf8'), 'body { color: red; }');
  });

  it('should answer HEAD with the headers and no body', async () => {
    const answer = await get('/tab/main-ABCDEFGHIJ.js', { 'accept-encoding': 'br' }, 'HEAD');
    assert.equal(answer.status, 200);
    assert.equal(answer.headers['content-encoding'], 'br');
    assert.equal(answer.body.length, 0);
  });

  it('should refuse paths outside the folder, dot files and unknown file types', async () => {
    for (const attempt of [
      `/tab/../${path.basename(dir)}-outside.js`,
      `/tab/%2e%2e/${path.basename(dir)}-outside.js`,
      `/tab/..%2f${path.basename(dir)}-outside.js`,
      '/tab/.env.js',
      '/tab/main-ABCDEFGHIJ.js%00.css',
      '/tab/index.html.gz.exe',
      '/tab/nothing-here.js',
    ]) {
      const answer = await get(attempt);
      assert.ok(answer.status === 404 || answer.status === 400, `${attempt} answered ${answer.status}`);
      assert.ok(!answer.body.toString('utf8').includes('outside') && !answer.body.toString('utf8').includes('secret'), attempt);
    }
  });
});
