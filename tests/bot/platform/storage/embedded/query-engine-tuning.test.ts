import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { EMBEDDED_PACKAGE_FOLDER } from '../../../../../bot/src/platform/storage/embedded/embedded-account.js';
import { linearQueryAccumulation } from '../../../../../bot/src/platform/storage/embedded/linear-query-accumulation.js';

/** The embedded server's own query engine, patched by embedded-account.ts when it loads. */
const requireFromServer = createRequire(`${EMBEDDED_PACKAGE_FOLDER}/package.json`);
const engine = (requireFromServer('@zeit/cosmosdb-query') as { default: (sql: string) => CompiledQuery }).default;
const execute = (
  requireFromServer(requireFromServer.resolve('@zeit/cosmosdb-query').replace(/index\.js$/, 'executor.js')) as {
    default: (documents: unknown[], options: Record<string, unknown>) => { result: unknown[] };
  }
).default;

interface CompiledQuery {
  readonly code: string;
  readonly _code: string | null;
}

const documents = Array.from({ length: 300 }, (_, i) => ({
  id: `d${i}`,
  _rid: `r${String(i).padStart(5, '0')}`,
  tenantId: i % 3 === 0 ? 't1' : 't2',
  type: i % 2 === 0 ? 'outbox-message' : 'unit-flow',
  data: {
    status: ['pending', 'sending', 'sent'][i % 3],
    createdAt: new Date(Date.UTC(2026, 0, 1) + ((i * 7919) % 300) * 60_000).toISOString(),
    ...(i % 5 === 0 ? {} : { leaseUntil: '2026-01-01T02:00:00.000Z' }),
    subject: { type: 'settlement', id: `s${i % 40}` },
    tasks: Array.from({ length: i % 4 }, (_, t) => ({ taskId: `t${t}`, status: t % 2 ? 'done' : 'open' })),
    note: 'a ] [ } { ) ( " \' , text',
  },
}));

const QUERIES = [
  "SELECT TOP @limit * FROM c WHERE c.type = @type AND ((c.data.status = 'pending' AND c.data.createdAt <= @now) OR (c.data.status = 'sending' AND (NOT IS_DEFINED(c.data.leaseUntil) OR c.data.leaseUntil <= @now))) ORDER BY c.data.createdAt ASC",
  'SELECT * FROM c WHERE c.tenantId = @tenant AND ARRAY_CONTAINS(@ids, c.data.subject.id) ORDER BY c.data.createdAt DESC',
  "SELECT c.id, c.data.status FROM c WHERE c.data.note = 'a ] [ } { ) ( \" , text' OR c.tenantId = 't1'",
  'SELECT VALUE COUNT(1) FROM c WHERE c.type = @type',
  "SELECT c.id, t.taskId FROM c JOIN t IN c.data.tasks WHERE t.status = 'open'",
  'SELECT * FROM c',
];

const parameters = [
  { name: '@limit', value: 25 },
  { name: '@type', value: 'outbox-message' },
  { name: '@now', value: '2026-01-01T03:00:00.000Z' },
  { name: '@tenant', value: 't2' },
  { name: '@ids', value: ['s1', 's7', 's39'] },
];

describe('the embedded query engine as tuned by embedded-account.ts', () => {
  it('should turn a single-element accumulator copy into a push and leave other arrays alone', () => {
    assert.equal(
      linearQueryAccumulation('$c.reduce(($, c) => typeof c !== "undefined" ? [...$, {\n c: c\n }] : $, [])'),
      '$c.reduce(($, c) => typeof c !== "undefined" ? ($.push({\n c: c\n }), $) : $, [])',
    );
    assert.equal(linearQueryAccumulation('[...$, ...(f.children || []).map(c => ({ c, f }))]'), '[...$, ...(f.children || []).map(c => ({ c, f }))]');
    assert.equal(linearQueryAccumulation('[...$, a, b]'), '[...$, a, b]');
    assert.equal(linearQueryAccumulation('[...$, { s: "]," }]'), '($.push({ s: "]," }), $)');
  });

  it('should parse a query text once and reuse it (the package parses on every request otherwise)', () => {
    const sql = 'SELECT * FROM c WHERE c.tenantId = @tenant AND c.id = @reused';
    assert.equal(engine(sql), engine(sql));
    assert.notEqual(engine(sql), engine(`${sql} AND c.type = @type`));
  });

  for (const sql of QUERIES) {
    it(`should give the same rows as the original engine for ${sql.slice(0, 60)}…`, () => {
      const query = engine(sql);
      const linear = query.code;
      const original = query._code;
      assert.ok(original, 'the engine compiled the original code');
      assert.notEqual(linear, original, 'the compiled code was rewritten');
      const run = (code: string) => execute(documents, { code, parameters, maxItemCount: 1_000 }).result;
      const rows = run(linear);
      assert.deepEqual(rows, run(original));
      assert.ok(rows.length > 0, 'the query finds rows, so the comparison means something');
    });
  }
});
