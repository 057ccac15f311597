import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runBench } from '../../bench/run-bench.js';
import { benchOptions } from '../../bench/support/bench-options.js';

const OPERATIONS = [
  'Action.Execute takeTask',
  'Action.Execute completeTask',
  'Action.Execute commentTask',
  'GET /api/settlements',
  'GET /api/me',
  'POST /api/settlements',
];

describe('npm run bench (short mode)', function () {
  this.timeout(180_000);
  let directory: string;
  before(async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), 'introteam-bench-test-'));
    const options = benchOptions(['--short'], {}, { outputDir: path.join(directory, 'out'), workDir: path.join(directory, 'work') });
    await runBench(options, () => undefined);
  });
  after(async () => rm(directory, { recursive: true, force: true }));

  it('should write report.json with every operation next to its baseline when run in short mode', async () => {
    const report = JSON.parse(await readFile(path.join(directory, 'out', 'report.json'), 'utf8'));
    assert.equal(report.mode, 'short');
    assert.deepEqual(
      report.sizes.map((size: { settlements: number }) => size.settlements),
      [20],
    );
    const [size] = report.sizes;
    assert.deepEqual(
      size.operations.map((op: { name: string }) => op.name),
      OPERATIONS,
    );
    for (const op of size.operations) {
      for (const side of [op.subject, op.baseline]) {
        for (const field of ['p50', 'p95', 'p99']) assert.equal(typeof side.latency[field], 'number', `${op.name} ${field}`);
        assert.equal(typeof side.rpsAt1, 'number');
        assert.equal(typeof side.rpsAt20, 'number');
      }
      assert.equal(op.subject.errors, 0, `${op.name} answered with errors`);
      assert.ok('p50' in op.ratio && 'p99' in op.ratio);
    }
    for (const field of ['serverIdle', 'serverPeak', 'serverAfter', 'echoIdle', 'echoAfter', 'embeddedIdle', 'embeddedAfter'])
      assert.equal(typeof size.rssMb[field], 'number');
    for (const side of ['server', 'echo']) {
      for (const field of ['heapUsedMb', 'heapTotalMb', 'rssMb'])
        assert.equal(typeof size.memoryAfterGc[side][field], 'number', `${side} ${field}`);
      assert.ok(size.memoryAfterGc[side].heapUsedMb > 0, `${side} heap after GC`);
    }
    for (const field of ['p50', 'p99', 'max']) assert.equal(typeof size.eventLoopIdle[field], 'number');
    assert.equal(typeof size.serverStartupMs, 'number');
    assert.equal(typeof report.startup.echoBotMs, 'number');
    assert.equal(typeof report.startup.serverEmptyMs, 'number');
    assert.equal(report.fanOut[0].channels, 6);
    assert.equal(report.fanOut[0].lost, 0);
    assert.equal(report.fanOut[0].duplicated, 0);
  });

  it('should write report.md with the headline ratios when run in short mode', async () => {
    const markdown = await readFile(path.join(directory, 'out', 'report.md'), 'utf8');
    for (const name of OPERATIONS) assert.match(markdown, new RegExp(name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')));
    assert.match(markdown, /mot grunnlinjen/);
    assert.match(markdown, /Kunngjøring til mange enhetskanaler/);
    assert.match(markdown, /innebygd Cosmos DB i ro \/ etter/);
  });
});
