import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { listPlaceholders, parseEnvFile } from '../../scripts/build-app-package.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string): string => readFileSync(root + path, 'utf8');
const matches = (text: string, pattern: RegExp): string[] => [...text.matchAll(pattern)].map((m) => m[1]!);

const mainBicep = read('infra/main.bicep');
const bicepOutputs = matches(mainBicep, /^output (\w+) /gm);

/** Variables a lifecycle file can rely on: the env file, its own writeToEnvironmentFile and script outputs, Bicep outputs. */
function available(lifecycle: string, envName: string, withBicep: boolean): Set<string> {
  return new Set([
    ...parseEnvFile(read(`env/.env.${envName}`)).keys(),
    ...matches(lifecycle, /^\s+\w+: ([A-Z][A-Z0-9_]*)\s*$/gm),
    ...matches(lifecycle, /::set-teamsfx-env (\w+)=/g),
    ...(withBicep ? bicepOutputs : []),
  ]);
}

describe('Teams Toolkit wiring', () => {
  it('should define every placeholder used by teamsapp.yml and its templates when provisioning dev', () => {
    const lifecycle = read('teamsapp.yml');
    const known = available(lifecycle, 'dev', true);
    const used = ['teamsapp.yml', 'infra/main.parameters.json', 'infra/aad.manifest.json', 'appPackage/manifest.json'].flatMap((path) =>
      listPlaceholders(read(path)).map((name) => `${path}: ${name}`),
    );
    assert.deepEqual(
      used.filter((entry) => !known.has(entry.split(': ')[1]!)),
      [],
    );
  });

  it('should define every placeholder used by teamsapp.local.yml when provisioning local', () => {
    const lifecycle = read('teamsapp.local.yml');
    const known = available(lifecycle, 'local', false);
    const used = [...listPlaceholders(lifecycle), ...listPlaceholders(read('infra/aad.manifest.json'))];
    assert.deepEqual(
      used.filter((name) => !known.has(name)),
      [],
    );
  });

  it('should deploy the Bicep template with parameters it declares and every required one', () => {
    assert.match(read('teamsapp.yml'), /path: \.\/infra\/main\.bicep\s+parameters: \.\/infra\/main\.parameters\.json/);
    const declared = matches(mainBicep, /^param (\w+) /gm);
    const required = matches(mainBicep, /^param (\w+) [^=\n]+$/gm);
    const given = Object.keys((JSON.parse(read('infra/main.parameters.json')) as { parameters: object }).parameters);
    assert.deepEqual(
      given.filter((name) => !declared.includes(name)),
      [],
    );
    assert.deepEqual(
      required.filter((name) => !given.includes(name)),
      [],
    );
    for (const module of matches(mainBicep, /^module \w+ '([^']+)'/gm)) assert.ok(existsSync(`${root}infra/${module}`), module);
  });

  it('should output the values the app package and deploy step need from Azure', () => {
    for (const name of ['BOT_ID', 'BOT_DOMAIN', 'TAB_DOMAIN', 'TAB_ENDPOINT', 'BOT_AZURE_APP_SERVICE_RESOURCE_ID']) {
      assert.ok(bicepOutputs.includes(name), name);
    }
  });

  it('should give the web app every setting the server requires in production', () => {
    const settings = /settings: union\(\{([\s\S]*?)\}, secretSettings\)/.exec(mainBicep)?.[1] ?? '';
    const names = matches(settings, /^\s+(\w+):/gm);
    for (const name of [
      'NODE_ENV',
      'PUBLIC_URL',
      'MicrosoftAppId',
      'MicrosoftAppType',
      'MicrosoftAppTenantId',
      'COSMOS_ENDPOINT',
      'ENTRA_CLIENT_ID',
      'ENTRA_TENANT_IDS',
      'APPLICATIONINSIGHTS_CONNECTION_STRING',
    ]) {
      assert.ok(names.includes(name), name);
    }
    assert.match(settings, /MicrosoftAppType: 'UserAssignedMSI'/);
  });

  it('should create the four tenant-partitioned containers in a key-less serverless account', () => {
    const cosmos = read('infra/modules/cosmos.bicep');
    assert.deepEqual(matches(cosmos, /^\s+name: '([\w-]+)'\n\s+perItemTtl/gm), ['core', 'personal-data', 'audit', 'outbox']);
    assert.match(cosmos, /paths: \[\s*'\/tenantId'\s*\]/);
    assert.match(cosmos, /disableLocalAuth: true/);
    assert.match(cosmos, /name: 'EnableServerless'/);
    assert.match(read('infra/modules/cosmos-data-access.bicep'), /'00000000-0000-0000-0000-000000000002'/);
  });

  it('should serve only HTTPS with TLS 1.2, without FTP, on Node 22 LTS', () => {
    const webApp = read('infra/modules/web-app.bicep');
    for (const setting of [/httpsOnly: true/, /ftpsState: 'Disabled'/, /minTlsVersion: '1\.2'/, /linuxFxVersion: 'NODE\|22-lts'/]) {
      assert.match(webApp, setting);
    }
  });
});
