import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAppPackage, createZip, fillPlaceholders, parseEnvFile } from '../../scripts/build-app-package.js';
import { readZip } from './zip-reader.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

const FILLED_ENV = [
  '# test values',
  'TEAMS_APP_ID=11111111-1111-4111-8111-111111111111',
  'BOT_ID="22222222-2222-4222-8222-222222222222"',
  'AAD_APP_CLIENT_ID=33333333-3333-4333-8333-333333333333 # trailing comment',
  'TAB_DOMAIN=introteam-test.example.com',
  'TAB_ENDPOINT=https://introteam-test.example.com',
].join('\n');

describe('buildAppPackage', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'introteam-app-package-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('should zip the manifest with its placeholders replaced and both icons when every value is set', () => {
    writeFileSync(join(dir, '.env.test'), FILLED_ENV);
    const zipPath = buildAppPackage({ envName: 'test', rootDir: root, envFile: join(dir, '.env.test'), outDir: dir });

    assert.equal(zipPath, join(dir, 'appPackage.test.zip'));
    const entries = readZip(readFileSync(zipPath));
    assert.deepEqual([...entries.keys()], ['manifest.json', 'color.png', 'outline.png']);
    const text = entries.get('manifest.json')!.toString('utf8');
    assert.doesNotMatch(text, /\$\{\{/);
    const manifest = JSON.parse(text) as { id: string; bots: { botId: string }[]; webApplicationInfo: object };
    assert.equal(manifest.id, '11111111-1111-4111-8111-111111111111');
    assert.equal(manifest.bots[0]!.botId, '22222222-2222-4222-8222-222222222222');
    assert.deepEqual(manifest.webApplicationInfo, {
      id: '33333333-3333-4333-8333-333333333333',
      resource: 'api://introteam-test.example.com/33333333-3333-4333-8333-333333333333',
    });
    for (const icon of ['color.png', 'outline.png']) {
      assert.ok(entries.get(icon)!.equals(readFileSync(join(root, 'appPackage', icon))), icon);
    }
  });

  it('should refuse to build and name each variable when a placeholder is missing or empty', () => {
    const env = FILLED_ENV.replace(/^BOT_ID=.*$/m, '').replace(/^TAB_DOMAIN=.*$/m, 'TAB_DOMAIN=');
    writeFileSync(join(dir, '.env.test'), env);
    assert.throws(
      () => buildAppPackage({ envName: 'test', rootDir: root, envFile: join(dir, '.env.test'), outDir: dir }),
      (error: Error) => /BOT_ID/.test(error.message) && /TAB_DOMAIN/.test(error.message) && !/TEAMS_APP_ID/.test(error.message),
    );
    assert.equal(existsSync(join(dir, 'appPackage.test.zip')), false);
  });

  it('should reject an environment name that could escape the output folder', () => {
    assert.throws(() => buildAppPackage({ envName: '../x', rootDir: root, outDir: dir }), /Invalid environment name/);
  });
});

describe('fillPlaceholders', () => {
  it('should keep the JSON valid when a value contains quotes and backslashes', () => {
    const filled = fillPlaceholders('{"a":"${{A}}"}', new Map([['A', 'say "hi" \\ bye']]));
    assert.deepEqual(JSON.parse(filled), { a: 'say "hi" \\ bye' });
  });
});

describe('parseEnvFile', () => {
  it('should read values, strip quotes and comments, and keep empty keys when parsing a toolkit env file', () => {
    const values = parseEnvFile('# c\nA=1\nB="two words"\nC=\nD=x # note\n  E = y\nnot a line\n');
    assert.deepEqual(
      [...values],
      [
        ['A', '1'],
        ['B', 'two words'],
        ['C', ''],
        ['D', 'x'],
        ['E', 'y'],
      ],
    );
  });
});

describe('createZip', () => {
  it('should round-trip deflated and stored entries when read back', () => {
    const text = Buffer.from('Introteam '.repeat(200));
    const noise = Buffer.from(Array.from({ length: 256 }, (_v, i) => (i * 167 + 13) % 256));
    const entries = readZip(
      createZip([
        { name: 'a.txt', data: text },
        { name: 'b.bin', data: noise },
      ]),
    );
    assert.ok(entries.get('a.txt')!.equals(text));
    assert.ok(entries.get('b.bin')!.equals(noise));
  });
});
