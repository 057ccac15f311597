import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomically } from '../../../../../bot/src/platform/storage/embedded/write-file-atomically.js';

describe('writeFileAtomically', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'introteam-atomic-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('should create missing folders and write the content readable by the owner only', async () => {
    const filePath = join(folder, 'a', 'b', 'file.json');
    await writeFileAtomically(filePath, '{"ok":true}');
    assert.equal(await readFile(filePath, 'utf8'), '{"ok":true}');
    assert.equal((await stat(filePath)).mode & 0o777, 0o600);
  });

  it('should replace the old content and leave no temporary file when writing again', async () => {
    const filePath = join(folder, 'file.json');
    await writeFile(filePath, 'old');
    await writeFileAtomically(filePath, 'new');
    assert.equal(await readFile(filePath, 'utf8'), 'new');
    assert.deepEqual(await readdir(folder), ['file.json']);
  });

  it('should keep nothing but what was there and reject when the rename fails', async () => {
    const filePath = join(folder, 'taken');
    await mkdir(join(filePath, 'child'), { recursive: true });
    await assert.rejects(writeFileAtomically(filePath, 'new'));
    assert.deepEqual(await readdir(folder), ['taken']);
  });
});
