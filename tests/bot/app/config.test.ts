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
  it('should use the embedded Cosmos DB and dev sign-in when nothing is configured', () => {
    const config = loadConfig({});
    assert.equal(config.mode, 'development');
    assert.equal(config.port, 3978);
    assert.equal(config.host, '127.0.0.1');
    assert.deepEqual(config.cosmos, { kind: 'embedded', dataDir: '.data', databaseName: 'introteam' });
    assert.deepEqual(config.tabAuth, { kind: 'dev', tenantId: DEMO_TENANT_ID });
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
