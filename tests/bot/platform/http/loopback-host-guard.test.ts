import assert from 'node:assert/strict';
import { request } from 'node:http';
import { hostNameOf } from '../../../../bot/src/platform/http/loopback-host-guard.js';
import { startAppHarness, type AppHarness } from '../../../support/http/app-harness.js';

/** A POST with a Host header of our choosing (fetch does not let a caller set Host). */
function postWithHost(baseUrl: string, path: string, host: string, body: unknown): Promise<{ status: number; body: string }> {
  const url = new URL(path, baseUrl);
  return new Promise((resolve, reject) => {
    const req = request(
      { hostname: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { host, 'content-type': 'application/json' } },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

describe('loopback host guard (dev sign-in)', () => {
  let harness: AppHarness;
  before(async () => {
    harness = await startAppHarness();
  });
  after(async () => harness.close());

  it('should refuse a dev token to a request addressed to another host name, as a DNS-rebinding page would send', async () => {
    const port = new URL(harness.baseUrl).port;
    const response = await postWithHost(harness.baseUrl, '/api/dev/token', `evil.example:${port}`, {
      userId: '00000000-0000-4000-8000-000000000001',
    });
    assert.equal(response.status, 403);
    assert.doesNotMatch(response.body, /token"/);
    assert.match(JSON.parse(response.body).error.message, /127\.0\.0\.1 eller localhost/);
  });

  it('should answer requests addressed to 127.0.0.1 or localhost', async () => {
    const port = new URL(harness.baseUrl).port;
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`]) {
      const response = await postWithHost(harness.baseUrl, '/api/dev/token', host, { userId: '00000000-0000-4000-8000-000000000001' });
      assert.equal(response.status, 200, host);
    }
  });

  it('should read the host name without its port, also for IPv6', () => {
    assert.equal(hostNameOf('[::1]:3978'), '[::1]');
    assert.equal(hostNameOf('LocalHost:3978'), 'localhost');
    assert.equal(hostNameOf('127.0.0.1.evil.example'), '127.0.0.1.evil.example');
    assert.equal(hostNameOf(undefined), '');
  });
});
