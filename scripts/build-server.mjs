// Bundles the server for `npm run start:prod` and the bench into dist/bot/bundle/: bot/src/index.ts and the
// embedded Cosmos DB process, as ES modules with shared chunks and source maps. Usage: node scripts/build-server.mjs
//
// Why: unbundled, start-up spends most of its time resolving, reading and compiling a few thousand
// files one by one (botbuilder, @azure/cosmos, zod, restify …). One file per lazily loaded part halves
// the CPU time to ready. The code is the same as in dist/bot/src (tsc's output, which tests and scripts use).
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Two levels below dist/, like dist/bot/src/index.js, so index.ts finds the tab at ../../tab. The embedded
// process is forked as ./embedded-cosmos-process.js next to the chunk that forks it: both land here.
const outDir = join(root, 'dist', 'bot', 'bundle');

await rm(outDir, { recursive: true, force: true });
await esbuild.build({
  entryPoints: {
    index: join(root, 'bot', 'src', 'index.ts'),
    'embedded-cosmos-process': join(root, 'bot', 'src', 'platform', 'storage', 'embedded', 'embedded-cosmos-process.ts'),
  },
  outdir: outDir,
  bundle: true,
  // Dynamic imports stay lazy (own chunks): @azure/identity is never loaded locally, the app's modules load
  // while the embedded process starts.
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  // Less source for V8 to scan at start and to keep in memory (idle RSS about 20 MB lower); names stay,
  // so stack traces still name the functions, and the source maps give the lines.
  minifyWhitespace: true,
  minifySyntax: true,
  tsconfig: join(root, 'tsconfig.json'),
  // CommonJS packages inside an ES module bundle still call require().
  banner: {
    js: "import { createRequire as __bundleCreateRequire } from 'node:module'; const require = __bundleCreateRequire(import.meta.url);",
  },
  // restify's optional native DTrace probes: required in a try/catch, absent on most machines.
  external: ['dtrace-provider'],
  logLevel: 'warning',
});
