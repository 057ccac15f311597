// Builds the Teams tab into dist/tab/: bundles tab/src/main.ts with esbuild and copies tab/public/.
// A normal build names the script and style sheets after their content (main-<hash>.js, styles-<hash>.css),
// rewrites index.html to those names and writes Brotli (.br) and gzip (.gz) copies of every text file, so the
// server can send them compressed and let browsers cache them for a year (see serve-tab.ts).
// Usage: node scripts/build-tab.mjs [--watch]   (--watch: plain names, no compressed copies, rebuilt on change)
import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'dist', 'tab');
const watch = process.argv.includes('--watch');

/** Files served as text, and so worth compressing. */
const TEXT_EXTENSIONS = new Set(['.html', '.js', '.css', '.svg', '.map', '.txt', '.json']);
/** Assets that get content-hashed names (index.html refers to them by name). */
const HASHED_EXTENSIONS = new Set(['.js', '.css']);
/** Below this, compression saves less than the extra request headers cost. */
const MIN_COMPRESS_BYTES = 1024;

/** esbuild options for the tab bundle; one ES module, no code splitting. */
const buildOptions = {
  entryPoints: [join(root, 'tab', 'src', 'main.ts')],
  outfile: join(outDir, 'main.js'),
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  legalComments: 'linked',
  tsconfig: join(root, 'tab', 'tsconfig.json'),
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: watch ? 'info' : 'warning',
};

await rm(outDir, { recursive: true, force: true });
await mkdir(outDir, { recursive: true });
await cp(join(root, 'tab', 'public'), outDir, { recursive: true });

if (watch) {
  const context = await esbuild.context(buildOptions);
  await context.watch();
  console.log('Bygger fanen på nytt ved endringer i tab/src (tab/public kopieres bare ved oppstart).');
} else {
  await esbuild.build(buildOptions);
  const renamed = await hashAssetNames(outDir);
  await rewriteIndex(join(outDir, 'index.html'), renamed);
  const written = await writeCompressedCopies(outDir);
  console.log(`Fanen er bygget i dist/tab (${renamed.size} filer med innholdsnavn, ${written} komprimerte kopier).`);
}

/** Renames each top-level .js/.css to `<name>-<hash>.<ext>` (and its source map); returns old name → new name. */
async function hashAssetNames(dir) {
  const renamed = new Map();
  for (const name of await readdir(dir)) {
    const ext = extname(name);
    if (!HASHED_EXTENSIONS.has(ext)) continue;
    const content = await readFile(join(dir, name));
    const hash = createHash('sha256').update(content).digest('base64url').replace(/[-_]/g, '').slice(0, 10).toUpperCase();
    const hashed = `${basename(name, ext)}-${hash}${ext}`;
    const map = `${name}.map`;
    let text = content.toString('utf8');
    if (text.includes(`sourceMappingURL=${map}`)) {
      text = text.replace(`sourceMappingURL=${map}`, `sourceMappingURL=${hashed}.map`);
      await rename(join(dir, map), join(dir, `${hashed}.map`));
    }
    await writeFile(join(dir, hashed), text);
    await rm(join(dir, name));
    renamed.set(name, hashed);
  }
  return renamed;
}

/** Points index.html's `src="…"` and `href="…"` at the hashed names; fails the build if one is not found. */
async function rewriteIndex(indexFile, renamed) {
  let html = await readFile(indexFile, 'utf8');
  for (const [from, to] of renamed) {
    const pattern = new RegExp(`((?:src|href)=["'])${from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(["'])`, 'g');
    if (!pattern.test(html)) continue; // an asset index.html does not load itself (e.g. imported by another)
    html = html.replace(pattern, `$1${to}$2`);
  }
  const stale = [...html.matchAll(/(?:src|href)=["']([^"':]+\.(?:js|css))["']/g)].map((m) => m[1]).filter((n) => !/-[A-Z0-9]{10}\./.test(n));
  if (stale.length > 0) throw new Error(`index.html viser til filer uten innholdsnavn: ${stale.join(', ')}`);
  await writeFile(indexFile, html);
}

/** Writes `<file>.br` (Brotli, highest quality) and `<file>.gz` next to each text file worth compressing. */
async function writeCompressedCopies(dir) {
  const brotli = promisify(brotliCompress);
  const gzipped = promisify(gzip);
  let written = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !TEXT_EXTENSIONS.has(extname(entry.name))) continue;
    const file = join(entry.parentPath ?? entry.path, entry.name);
    const content = await readFile(file);
    if (content.length < MIN_COMPRESS_BYTES) continue;
    // Source maps are fetched only by developer tools: gzip is enough, and Brotli 11 on them is slow.
    if (extname(entry.name) !== '.map') {
      const quality = { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } };
      await writeFile(`${file}.br`, await brotli(content, quality));
      written += 1;
    }
    await writeFile(`${file}.gz`, await gzipped(content, { level: 9 }));
    written += 1;
  }
  return written;
}
