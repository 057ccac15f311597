import { randomUUID } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Writes the file so a reader sees either the old or the new content, never a partial one:
 * a temporary file in the same folder, flushed to disk, then renamed over the target.
 * The content is a string, or pieces written one after another as they come (each awaited, so
 * other work runs between them). The file is readable by its owner only (snapshots may hold
 * personal data).
 */
export async function writeFileAtomically(filePath: string, content: string | AsyncIterable<string>): Promise<void> {
  await mkdir(dirname(filePath), { recursive: true });
  const temporaryPath = `${filePath}.${process.pid}.${randomUUID()}.tmp`;
  try {
    const handle = await open(temporaryPath, 'w', 0o600);
    try {
      if (typeof content === 'string') {
        await handle.writeFile(content, 'utf8');
      } else {
        for await (const piece of content) {
          if (piece.length > 0) {
            await handle.write(piece, null, 'utf8');
          }
        }
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporaryPath, filePath);
  } catch (error) {
    await rm(temporaryPath, { force: true });
    throw error;
  }
}
