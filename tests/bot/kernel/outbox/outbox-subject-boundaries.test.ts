import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

async function sources(folder: string): Promise<string[]> {
  const entries = await readdir(join(ROOT, folder), { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.ts')).map((entry) => join(entry.parentPath, entry.name));
}

async function offending(folder: string, pattern: RegExp): Promise<string[]> {
  const found: string[] = [];
  for (const file of await sources(folder)) {
    if (pattern.test(await readFile(file, 'utf8'))) found.push(relative(ROOT, file));
  }
  return found;
}

describe('outbox subjects and topics', () => {
  it('should never split a string at `:` anywhere in the server when it reads what a message is about', async () => {
    assert.deepEqual(await offending('bot/src', /\.split\(\s*(['"`]):\1\s*\)/), []);
  });

  it('should keep the outbox kernel and the dispatcher free of settlement fields when they handle any subject', async () => {
    const pattern = /settlementId|listForSettlement|\.kind\.split/;
    assert.deepEqual(
      [...(await offending('bot/src/kernel/outbox', pattern)), ...(await offending('bot/src/platform/delivery', pattern))],
      [],
    );
  });
});
