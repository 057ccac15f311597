import assert from 'node:assert/strict';
import { ConfigError, DEMO_TENANT_ID, loadConfig } from '../../../bot/src/app/config.js';

const productionEnv = {
  NODE_ENV: 'production',
  MicrosoftAppId: 'app-id',
  MicrosoftAppPassword: 'secret',
  MicrosoftAppType: 'SingleTenant',
  MicrosoftAppTenantId: '11111111-2222-3333-4444-555555555555',
  ENTRA_CLIENT_ID: 'client-id',
  ENTRA_TENANT_IDS: '11111111-2222-3333-4444-555555555555',
  COSMOS_ENDPOINT: 'https://konto.documents.azure.com:443/',
  PUBLIC_URL: 'https://introteam.kommune.no',
};

function problemsOf(env: Record<string, string | undefined>): readonly string[] {
  try {
    loadConfig(env);
  } catch (error) {
    assert.ok(error instanceof ConfigError);
    return error.problems;
  }
  assert.fail('expected a ConfigError');
}

describe('loadConfig', () => {
  it('should use the embedded Cosmos DB and leave sign-in unconfigured when nothing is configured', () => {
    const config = loadConfig({});
    assert.equal(config.mode, 'development');
    assert.equal(config.port, 3978);
    assert.equal(config.host, '127.0.0.1');
    assert.deepEqual(config.cosmos, { kind: 'embedded', dataDir: '.data', databaseName: 'introteam' });
    assert.deepEqual(config.tabAuth, { kind: 'unconfigured' });
  });

  for (const host of ['127.0.0.1', '::1', 'localhost', undefined]) {
    it(`should turn dev sign-in on when DEV_SIGN_IN=1 and the server listens on loopback (${host ?? 'default'})`, () => {
      const config = loadConfig({ DEV_SIGN_IN: '1', HOST: host });
      assert.deepEqual(config.tabAuth, { kind: 'dev', tenantId: DEMO_TENANT_ID });
    });
  }

  for (const nodeEnv of ['Production', 'prod', 'PRODUCTION', ' production ']) {
    it(`should refuse dev sign-in when NODE_ENV is ${JSON.stringify(nodeEnv)}`, () => {
      const problems = problemsOf({
        ...productionEnv,
        ENTRA_CLIENT_ID: undefined,
        ENTRA_TENANT_IDS: undefined,
        NODE_ENV: nodeEnv,
        DEV_SIGN_IN: '1',
      });
      assert.ok(
        problems.some((p) => p.startsWith('DEV_SIGN_IN=1 er ikke lov i produksjon')),
        problems.join('\n'),
      );
    });

    it(`should apply the production requirements when NODE_ENV is ${JSON.stringify(nodeEnv)}`, () => {
      assert.equal(loadConfig({ ...productionEnv, NODE_ENV: nodeEnv }).mode, 'production');
      assert.ok(problemsOf({ NODE_ENV: nodeEnv }).some((p) => p.startsWith('ENTRA_CLIENT_ID mangler')));
    });
  }

  for (const host of ['0.0.0.0', '::', '192.168.1.10']) {
    it(`should refuse dev sign-in when the server listens on ${host}`, () => {
      const problems = problemsOf({ DEV_SIGN_IN: '1', HOST: host });
      assert.match(problems.join(' '), /DEV_SIGN_IN=1 krever at serveren bare lytter lokalt: sett HOST=127\.0\.0\.1/);
    });
  }

  it('should refuse dev sign-in when any Entra setting is present, naming it', () => {
    const problems = problemsOf({ DEV_SIGN_IN: '1', ENTRA_APP_ID_URI: 'api://introteam.test/x' });
    assert.match(problems.join(' '), /DEV_SIGN_IN=1 kan ikke kombineres med Entra-innstillinger \(ENTRA_APP_ID_URI\)/);
  });

  for (const [name, env] of [
    ['an Azure Cosmos DB endpoint', { COSMOS_ENDPOINT: 'https://introteam.documents.azure.com:443/' }],
    ['a Bot Framework app id', { MicrosoftAppId: '11111111-2222-4333-8444-555555555555' }],
    ['a public https address', { PUBLIC_URL: 'https://introteam.kommune.no' }],
  ] as const) {
    it(`should refuse dev sign-in together with ${name}`, () => {
      assert.match(
        problemsOf({ DEV_SIGN_IN: '1', ...env }).join(' '),
        /DEV_SIGN_IN=1 kan ikke kombineres med .*demobrukere skal aldri nå ekte data/,
      );
    });
  }

  it('should trim HOST before it is checked and used', () => {
    assert.equal(loadConfig({ DEV_SIGN_IN: '1', HOST: ' localhost ' }).host, 'localhost');
  });

  it('should not offer dev sign-in on a non-loopback host without the opt-in', () => {
    assert.deepEqual(loadConfig({ HOST: '0.0.0.0' }).tabAuth, { kind: 'unconfigured' });
    assert.deepEqual(loadConfig({ DEV_SIGN_IN: '0' }).tabAuth, { kind: 'unconfigured' });
  });

  it('should explain how to fix a bad DEV_SIGN_IN value in Norwegian', () => {
    assert.match(problemsOf({ DEV_SIGN_IN: 'ja' }).join(' '), /DEV_SIGN_IN må være 1/);
  });

  it('should accept a complete production environment with SSO and Azure Cosmos DB', () => {
    const config = loadConfig(productionEnv);
    assert.equal(config.mode, 'production');
    assert.equal(config.tabAuth.kind, 'sso');
    assert.equal(config.cosmos.kind, 'remote');
    assert.equal(config.bot.appId, 'app-id');
  });

  for (const missing of ['MicrosoftAppId', 'MicrosoftAppType', 'MicrosoftAppTenantId', 'ENTRA_CLIENT_ID', 'COSMOS_ENDPOINT'] as const) {
    it(`should refuse production when ${missing} is missing, naming it`, () => {
      const problems = problemsOf({ ...productionEnv, [missing]: undefined });
      assert.ok(
        problems.some((p) => p.startsWith(missing)),
        problems.join('\n'),
      );
    });
  }

  it('should never enable dev sign-in in production, even with an empty Entra client id', () => {
    const problems = problemsOf({ ...productionEnv, ENTRA_CLIENT_ID: '' });
    assert.ok(problems.some((p) => p.includes('ENTRA_CLIENT_ID')));
  });

  it('should check API responses against the contract outside production only, unless VALIDATE_RESPONSES says otherwise', () => {
    assert.equal(loadConfig({}).validateResponses, true);
    assert.equal(loadConfig(productionEnv).validateResponses, false);
    assert.equal(loadConfig({ VALIDATE_RESPONSES: '0' }).validateResponses, false);
    assert.equal(loadConfig({ ...productionEnv, VALIDATE_RESPONSES: '1' }).validateResponses, true);
    assert.match(problemsOf({ VALIDATE_RESPONSES: 'ja' }).join('\n'), /VALIDATE_RESPONSES må være 1/);
  });

  it('should explain how to fix a bad port in Norwegian', () => {
    const problems = problemsOf({ PORT: 'tre' });
    assert.match(problems.join(' '), /PORT må være et portnummer/);
  });

  it('should refuse a tenant allow-list entry that is not a GUID', () => {
    const problems = problemsOf({ ENTRA_CLIENT_ID: 'x', ENTRA_TENANT_IDS: 'kommune' });
    assert.match(problems.join(' '), /ikke en tenant-id/);
  });

  it('should not include secret values in the error message', () => {
    const error = (() => {
      try {
        loadConfig({ ...productionEnv, MicrosoftAppPassword: 'hemmelig-passord', COSMOS_ENDPOINT: 'ikke-en-url' });
      } catch (e) {
        return e as Error;
      }
      return undefined;
    })();
    assert.ok(error);
    assert.ok(!error.message.includes('hemmelig-passord'));
  });
});
