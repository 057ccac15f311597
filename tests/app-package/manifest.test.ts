import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { listPlaceholders, parseEnvFile } from '../../scripts/build-app-package.js';
import { decodeRgbaPng, readPngHeader } from './png-reader.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string): string => readFileSync(root + path, 'utf8');

interface Command {
  title: string;
  description: string;
}
interface Manifest {
  $schema: string;
  manifestVersion: string;
  version: string;
  id: string;
  developer: Record<'name' | 'websiteUrl' | 'privacyUrl' | 'termsOfUseUrl', string>;
  name: { short: string; full: string };
  description: { short: string; full: string };
  icons: { color: string; outline: string };
  accentColor: string;
  bots: { botId: string; scopes: string[]; supportsFiles: boolean; commandLists: { scopes: string[]; commands: Command[] }[] }[];
  staticTabs: { entityId: string; contentUrl?: string; websiteUrl?: string; scopes: string[] }[];
  configurableTabs: { configurationUrl: string; scopes: string[] }[];
  validDomains: string[];
  webApplicationInfo: { id: string; resource: string };
}

const manifestText = read('appPackage/manifest.json');
const manifest = JSON.parse(manifestText) as Manifest;

describe('appPackage/manifest.json', () => {
  it('should have the required fields of a v1.19+ manifest when parsed', () => {
    assert.match(manifest.$schema, /\/teams\/v1\.(19|[2-9]\d)\/MicrosoftTeams\.schema\.json$/);
    assert.ok(Number(manifest.manifestVersion.split('.')[1]) >= 19, manifest.manifestVersion);
    assert.match(manifest.version, /^\d+\.\d+\.\d+$/);
    assert.equal(manifest.id, '${{TEAMS_APP_ID}}');
    assert.equal(manifest.name.short, 'Introteam');
    assert.ok(manifest.name.full.length <= 100);
    assert.ok(manifest.description.short.length > 0 && manifest.description.short.length <= 80);
    assert.ok(manifest.description.full.length > 0 && manifest.description.full.length <= 4000);
    assert.deepEqual(manifest.icons, { color: 'color.png', outline: 'outline.png' });
    assert.match(manifest.accentColor, /^#[0-9A-Fa-f]{6}$/);
  });

  it('should name a fictional vendor with https URLs on a reserved example domain', () => {
    for (const key of ['websiteUrl', 'privacyUrl', 'termsOfUseUrl'] as const) {
      const url = new URL(manifest.developer[key]);
      assert.equal(url.protocol, 'https:', key);
      assert.match(url.hostname, /(^|\.)example\.com$/, key);
    }
  });

  for (const envName of ['dev', 'local']) {
    it(`should define every placeholder in env/.env.${envName} when built for ${envName}`, () => {
      const defined = parseEnvFile(read(`env/.env.${envName}`));
      const placeholders = listPlaceholders(manifestText);
      assert.deepEqual(
        placeholders.filter((name) => !defined.has(name)),
        [],
      );
      assert.ok(placeholders.includes('BOT_ID') && placeholders.includes('TAB_ENDPOINT'));
    });
  }

  it('should declare the bot for personal, team and group chat without files when installed', () => {
    assert.equal(manifest.bots.length, 1);
    const bot = manifest.bots[0]!;
    assert.equal(bot.botId, '${{BOT_ID}}');
    assert.deepEqual([...bot.scopes].sort(), ['groupChat', 'personal', 'team']);
    assert.equal(bot.supportsFiles, false);
  });

  it('should offer hjelp everywhere and koble kanal in teams when the command menu opens', () => {
    const commandsIn = (scope: string): Command[] =>
      manifest.bots[0]!.commandLists.filter((list) => list.scopes.includes(scope)).flatMap((list) => list.commands);
    const hjelp = { title: 'hjelp', description: 'Vis hva Introteam kan gjøre' };
    const koble = { title: 'koble kanal', description: 'Koble denne kanalen til en enhet' };
    assert.deepEqual(commandsIn('team'), [hjelp, koble]);
    assert.deepEqual(commandsIn('personal'), [hjelp]);
    assert.deepEqual(commandsIn('groupChat'), [hjelp]);
  });

  it('should point the personal and the configurable tab at the tab endpoint', () => {
    const personal = manifest.staticTabs.find((tab) => tab.contentUrl !== undefined);
    assert.equal(personal?.contentUrl, '${{TAB_ENDPOINT}}/tab');
    assert.deepEqual(personal?.scopes, ['personal']);
    assert.equal(manifest.configurableTabs.length, 1);
    // The server serves the tab only at /tab (+ assets under /tab/*); views are hash routes.
    assert.equal(manifest.configurableTabs[0]!.configurationUrl, '${{TAB_ENDPOINT}}/tab#/konfigurer');
    assert.ok(manifest.configurableTabs[0]!.scopes.includes('team'));
  });

  it('should request SSO for the tab domain that the Entra app exposes', () => {
    const resource = 'api://${{TAB_DOMAIN}}/${{AAD_APP_CLIENT_ID}}';
    assert.deepEqual(manifest.webApplicationInfo, { id: '${{AAD_APP_CLIENT_ID}}', resource });
    assert.ok(manifest.validDomains.includes('${{TAB_DOMAIN}}'));
    const aad = JSON.parse(read('infra/aad.manifest.json')) as { identifierUris: string[] };
    assert.deepEqual(aad.identifierUris, [resource]);
  });
});

describe('appPackage icons', () => {
  const icon = (name: string): Buffer => readFileSync(`${root}appPackage/${name}`);

  it('should be a 192×192 colour icon and a 32×32 outline icon', () => {
    assert.deepEqual(readPngHeader(icon('color.png')), { width: 192, height: 192, bitDepth: 8, colorType: 6 });
    assert.deepEqual(readPngHeader(icon('outline.png')), { width: 32, height: 32, bitDepth: 8, colorType: 6 });
  });

  it('should draw the outline in white on a transparent background', () => {
    const { pixels } = decodeRgbaPng(icon('outline.png'));
    let inked = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      if (pixels[i + 3] === 0) continue;
      inked += 1;
      assert.deepEqual([...pixels.subarray(i, i + 3)], [255, 255, 255], `pixel ${i / 4}`);
    }
    assert.equal(pixels[3], 0, 'top-left corner is transparent');
    assert.ok(inked > 50 && inked < (32 * 32) / 2, `${inked} inked pixels`);
  });

  it('should fill the colour icon edge to edge with an opaque background', () => {
    const { pixels } = decodeRgbaPng(icon('color.png'));
    assert.equal(pixels[3], 255);
    assert.equal(pixels[pixels.length - 1], 255);
  });
});
