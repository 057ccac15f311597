import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { ESLint } from 'eslint';

const root = new URL('../../', import.meta.url);
const fixtures = new URL('./fixtures/', import.meta.url);

/** A fixture says where it pretends to live and which refusal it expects (or `nothing`). */
function readFixture(name: string): { code: string; lintAs: string; expect: string } {
  const code = readFileSync(new URL(name, fixtures), 'utf8');
  const lintAs = /^\/\/ lint-as: (.+)$/m.exec(code)?.[1];
  const expect = /^\/\/ expect: (.+)$/m.exec(code)?.[1];
  if (!lintAs || !expect) throw new Error(`${name} needs a lint-as and an expect line`);
  return { code, lintAs, expect };
}

describe('lint boundaries (eslint.config.js)', function () {
  this.timeout(60_000);
  const eslint = new ESLint({ cwd: root.pathname });

  for (const name of readdirSync(fixtures).filter((file) => file.endsWith('.fixture.ts'))) {
    const fixture = readFixture(name);
    const verdict = fixture.expect === 'nothing' ? 'allow' : 'refuse';
    it(`should ${verdict} ${name.replace('.fixture.ts', '').replaceAll('-', ' ')} (as ${fixture.lintAs})`, async () => {
      const [result] = await eslint.lintText(fixture.code, { filePath: fixture.lintAs });
      const boundary = (result?.messages ?? []).filter((m) => m.ruleId === 'introteam/boundaries');
      if (verdict === 'allow') {
        assert.deepEqual(
          boundary.map((m) => m.message),
          [],
        );
      } else {
        assert.ok(
          boundary.some((m) => m.message.includes(fixture.expect)),
          `expected a refusal containing "${fixture.expect}", got: ${JSON.stringify(boundary.map((m) => m.message))}`,
        );
      }
    });
  }
});
