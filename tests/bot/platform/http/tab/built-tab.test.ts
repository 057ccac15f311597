import assert from 'node:assert/strict';
import { request } from 'node:http';
import { brotliDecompressSync } from 'node:zlib';
import { startAppHarness, type AppHarness } from '../../../../support/http/app-harness.js';

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: Buffer;
}

describe('the built tab and the bot endpoint probe, served by the app', () => {
  let harness: AppHarness;

  before(async () => {
    harness = await startAppHarness();
  });
  after(async () => {
    await harness.close();
  });

  function send(path: string, method: string, headers: Record<string, string> = {}): Promise<Answer> {
    const url = new URL(path, harness.baseUrl);
    return new Promise((answer, fail) => {
      const req = request({ host: url.hostname, port: url.port, path: url.pathname, method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => answer({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.once('error', fail);
      req.end();
    });
  }

  it('should send index.html and the bundle it loads Brotli-compressed, the bundle cacheable for a year', async () => {
    const index = await send('/tab', 'GET', { 'accept-encoding': 'gzip, deflate, br' });
    assert.equal(index.status, 200);
    assert.equal(index.headers['content-encoding'], 'br');
    assert.equal(index.headers['cache-control'], 'no-cache');
    const html = brotliDecompressSync(index.body).toString('utf8');
    const script = /<script type="module" src="([^"]+)"/.exec(html)?.[1];
    const styles = /<link rel="stylesheet" href="([^"]+)"/.exec(html)?.[1];
    assert.match(script ?? '', /^main-[A-Z0-9]{10}\.js$/, 'the build names the bundle after its content');
    assert.match(styles ?? '', /^styles-[A-Z0-9]{10}\.css$/);
    for (const asset of [script!, styles!]) {
      const answer = await send(`/tab/${asset}`, 'GET', { 'accept-encoding': 'br' });
      assert.equal(answer.status, 200, asset);
      assert.equal(answer.headers['content-encoding'], 'br', asset);
      assert.equal(answer.headers['cache-control'], 'public, max-age=31536000, immutable', asset);
      const plain = await send(`/tab/${asset}`, 'HEAD');
      assert.ok(answer.body.length < Number(plain.headers['content-length']) / 2, `${asset} should be sent compressed`);
    }
  });

  it('should answer the Playground’s HEAD probe of /api/messages with 200 and log nothing', async () => {
    const before = harness.logger.lines.length;
    const answer = await send('/api/messages', 'HEAD');
    assert.equal(answer.status, 200);
    assert.equal(answer.body.length, 0);
    assert.deepEqual(harness.logger.lines.slice(before), []);
  });
});
