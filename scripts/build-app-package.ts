/**
 * Builds the Teams app package for one environment without Teams Toolkit:
 * reads env/.env.<name>, fills the `${{NAME}}` placeholders of appPackage/manifest.json, refuses
 * to write a package while any placeholder is unknown or empty, and writes
 * dist/appPackage/appPackage.<name>.zip (manifest.json + both icons).
 * Run: `npx tsx scripts/build-app-package.ts dev`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import zlib from 'node:zlib';

/** Options for {@link buildAppPackage}. */
export interface BuildAppPackageOptions {
  /** Environment name: `local`, `dev`, …; selects env/.env.<envName> and names the zip. */
  readonly envName: string;
  /** Project root holding appPackage/ and env/; defaults to the working directory. */
  readonly rootDir?: string;
  /** Env file to read instead of <rootDir>/env/.env.<envName>. */
  readonly envFile?: string;
  /** Folder the zip is written to; defaults to <rootDir>/dist/appPackage. */
  readonly outDir?: string;
}

/** One file of a zip archive. */
export interface ZipEntry {
  readonly name: string;
  readonly data: Buffer;
}

const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
const ENV_NAME = /^[a-z0-9][a-z0-9-]*$/;
// 2024-01-01 00:00 in MS-DOS format: a fixed time makes the zip byte-for-byte reproducible.
const DOS_TIME = 0;
const DOS_DATE = ((2024 - 1980) << 9) | (1 << 5) | 1;

/** Parses a dotenv file (KEY=value, # comments, optional quotes) as Teams Toolkit writes them. */
export function parseEnvFile(text: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (line === '' || line.startsWith('#') || match === null) continue;
    let value = match[2]!;
    const quoted = /^(["'])(.*)\1$/.exec(value);
    value = quoted !== null ? quoted[2]! : value.replace(/\s+#.*$/, '').trim();
    values.set(match[1]!, value);
  }
  return values;
}

/** Names of the `${{NAME}}` placeholders in a template, each once, in order of appearance. */
export function listPlaceholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

/**
 * Replaces every placeholder in a JSON template with its value (JSON-string-escaped); throws,
 * naming them all, when any placeholder is missing from `values` or empty there.
 */
export function fillPlaceholders(template: string, values: ReadonlyMap<string, string>, source = 'env'): string {
  const unset = listPlaceholders(template).filter((name) => (values.get(name) ?? '') === '');
  if (unset.length > 0) {
    throw new Error(
      `Placeholders without a value in ${source}: ${unset.join(', ')}. ` +
        'Run Teams Toolkit provision for this environment or set them in the env file.',
    );
  }
  const filled = template.replace(PLACEHOLDER, (_m, name: string) => JSON.stringify(values.get(name)).slice(1, -1));
  const left = listPlaceholders(filled);
  if (left.length > 0) throw new Error(`Placeholders left after replacement: ${left.join(', ')}.`);
  return filled;
}

function localHeader(entry: ZipEntry, crc: number, method: number, size: number): Buffer {
  const name = Buffer.from(entry.name, 'utf8');
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
  header.writeUInt16LE(0x0800, 6); // names are UTF-8
  header.writeUInt16LE(method, 8);
  header.writeUInt16LE(DOS_TIME, 10);
  header.writeUInt16LE(DOS_DATE, 12);
  header.writeUInt32LE(crc, 14);
  header.writeUInt32LE(size, 18);
  header.writeUInt32LE(entry.data.length, 22);
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, name]);
}

function centralHeader(local: Buffer, offset: number): Buffer {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(20, 4); // version made by: 2.0, MS-DOS attributes
  local.copy(header, 6, 4, 30); // version needed … name length: same fields as the local header
  header.writeUInt32LE(offset, 42); // extra, comment, disk, attributes stay 0
  return Buffer.concat([header, local.subarray(30)]);
}

/** Writes a zip archive: each entry deflated, or stored when deflating does not make it smaller. */
export function createZip(entries: readonly ZipEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const deflated = zlib.deflateRawSync(entry.data, { level: 9 });
    const stored = deflated.length >= entry.data.length;
    const body = stored ? entry.data : deflated;
    const local = localHeader(entry, zlib.crc32(entry.data), stored ? 0 : 8, body.length);
    central.push(centralHeader(local, offset));
    parts.push(local, body);
    offset += local.length + body.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

/** Builds the app package for `options.envName` and returns the path of the written zip. */
export function buildAppPackage(options: BuildAppPackageOptions): string {
  if (!ENV_NAME.test(options.envName)) throw new Error(`Invalid environment name "${options.envName}".`);
  const root = resolve(options.rootDir ?? process.cwd());
  const envFile = options.envFile ?? join(root, 'env', `.env.${options.envName}`);
  const values = parseEnvFile(readFileSync(envFile, 'utf8'));
  const manifestText = fillPlaceholders(readFileSync(join(root, 'appPackage', 'manifest.json'), 'utf8'), values, envFile);
  const manifest = JSON.parse(manifestText) as { icons?: { color?: unknown; outline?: unknown } };
  const icons = [manifest.icons?.color, manifest.icons?.outline];
  if (!icons.every((icon): icon is string => typeof icon === 'string' && /^[\w.-]+\.png$/.test(icon))) {
    throw new Error('manifest.json must name its icons as PNG files next to it (icons.color, icons.outline).');
  }
  const entries: ZipEntry[] = [
    { name: 'manifest.json', data: Buffer.from(manifestText, 'utf8') },
    ...icons.map((icon) => ({ name: icon, data: readFileSync(join(root, 'appPackage', icon)) })),
  ];
  const outDir = resolve(options.outDir ?? join(root, 'dist', 'appPackage'));
  mkdirSync(outDir, { recursive: true });
  const zipPath = join(outDir, `appPackage.${options.envName}.zip`);
  writeFileSync(zipPath, createZip(entries));
  return zipPath;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    console.log(buildAppPackage({ envName: process.argv[2] ?? 'dev' }));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
