// Builds the Teams tab into dist/tab/: bundles tab/src/main.ts with esbuild and copies tab/public/.
// Usage: node scripts/build-tab.mjs [--watch]
import { cp, mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'dist', 'tab');
const watch = process.argv.includes('--watch');

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
  logLevel: 'info',
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
}
