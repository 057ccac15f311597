import assert from 'node:assert/strict';
import {
  conversationIds,
  renderPlaygroundConfig,
  type PlaygroundConfigOptions,
  type PlaygroundUser,
} from '../../../scripts/playground/playground-config.js';

function user(n: number, name = `Bruker ${n}`): PlaygroundUser {
  return { id: `user-${n}`, name, email: `bruker${n}@demo.example`, aadObjectId: `00000000-0000-4000-8000-00000000000${n}` };
}

const options: PlaygroundConfigOptions = {
  tenantId: '7d1a5c3e-0b8f-4e2a-9c6d-2f4b8a1e0d17',
  bot: { id: '00000000-0000-0000-0000-0000000000b1', name: 'Introteam' },
  currentUser: user(0, 'Kari Koordinator'),
  users: [user(1), user(2), user(3), user(4), user(5)],
  groupChat: { name: 'Bosettingsgruppe' },
  team: { name: 'Demo kommune', channel: { name: 'NAV' } },
};

function problemsOf(input: PlaygroundConfigOptions): string {
  try {
    renderPlaygroundConfig(input);
  } catch (error) {
    assert.ok(error instanceof Error);
    return error.message;
  }
  assert.fail('expected renderPlaygroundConfig to throw');
}

describe('renderPlaygroundConfig', () => {
  it('should render the team with the caller-named channel as its only extra channel', () => {
    const yaml = renderPlaygroundConfig(options);
    assert.match(yaml, /^version: "0\.1\.1"$/m);
    assert.match(yaml, /^team:\n {2}id: "19:demo-kommune@thread\.tacv2"\n {2}name: "Demo kommune"\n {2}aadGroupId: "[0-9a-f-]{36}"\n/m);
    assert.match(yaml, /^ {2}channels:\n {4}- id: "19:demo-kommune-nav@thread\.tacv2"\n {6}name: "NAV"\n$/m);
    assert.equal(yaml.match(/^\s+- id: "19:/gm)?.length, 1, 'General is implied, so exactly one channel is listed');
  });

  it('should render the current user and exactly five users with every field the schema requires', () => {
    const yaml = renderPlaygroundConfig(options);
    assert.match(
      yaml,
      /^currentUser:\n {2}id: "user-0"\n {2}name: "Kari Koordinator"\n {2}userPrincipleName: "bruker0@demo\.example"\n {2}aadObjectId: "[^"]+"\n {2}givenName: "Kari"\n {2}surname: "Koordinator"\n {2}email: "bruker0@demo\.example"\n/m,
    );
    assert.equal(yaml.match(/^ {2}- id: "user-\d"$/gm)?.length, 5);
    assert.doesNotMatch(yaml, /userPrincipalName/, 'the schema spells it userPrincipleName and rejects unknown keys');
  });

  it('should use the given ids instead of the defaults when the caller sets them', () => {
    const yaml = renderPlaygroundConfig({
      ...options,
      personalChatId: 'pc',
      groupChat: { name: 'G', id: 'gc' },
      team: { name: 'T', id: 'team-1', aadGroupId: 'group-1', channel: { name: 'Helse', id: 'channel-1' } },
    });
    assert.match(yaml, /^personalChat:\n {2}id: "pc"$/m);
    assert.match(yaml, /^groupChat:\n {2}id: "gc"\n {2}name: "G"$/m);
    assert.match(yaml, /^team:\n {2}id: "team-1"\n {2}name: "T"\n {2}aadGroupId: "group-1"$/m);
    assert.match(yaml, /- id: "channel-1"\n {6}name: "Helse"$/m);
  });

  it('should quote names so that YAML syntax in them stays text when they contain special characters', () => {
    const yaml = renderPlaygroundConfig({ ...options, team: { name: 'Ås: #1 "demo"', channel: { name: '- [barnehage]' } } });
    assert.match(yaml, /^ {2}name: "Ås: #1 \\"demo\\""$/m);
    assert.match(yaml, /^ {6}name: "- \[barnehage\]"$/m);
  });

  it('should reject the config when there are not exactly five users', () => {
    assert.match(
      problemsOf({ ...options, users: options.users.slice(0, 4) }),
      /users must contain exactly 5 people besides currentUser \(got 4\)/,
    );
    assert.match(problemsOf({ ...options, users: [...options.users, user(6)] }), /exactly 5 .*\(got 6\)/);
  });

  it('should reject the config when a user id is used twice', () => {
    assert.match(problemsOf({ ...options, users: [user(0), user(2), user(3), user(4), user(5)] }), /user ids .* must be unique/);
  });

  it('should reject the config when the extra channel is called General', () => {
    assert.match(problemsOf({ ...options, team: { name: 'T', channel: { name: 'general' } } }), /must not be "General"/);
  });

  it('should reject the config when a conversation id is used twice', () => {
    assert.match(problemsOf({ ...options, personalChatId: 'same', groupChat: { name: 'G', id: 'same' } }), /ids must be unique/);
  });

  it('should reject the config when the bot name is longer than the 42 characters the schema allows', () => {
    assert.match(problemsOf({ ...options, bot: { id: 'b', name: 'x'.repeat(43) } }), /bot\.name must be at most 42 characters \(got 43\)/);
  });

  it('should reject a value with a line break so that nothing can be injected into the YAML', () => {
    const message = problemsOf({ ...options, groupChat: { name: 'G\nextra: 1' } });
    assert.match(message, /groupChat\.name must not contain line breaks/);
  });

  it('should reject empty values and report every problem at once', () => {
    const message = problemsOf({
      ...options,
      tenantId: ' ',
      users: options.users.slice(0, 3),
      team: { name: '', channel: { name: 'NAV' } },
    });
    assert.match(message, /tenantId must not be empty/);
    assert.match(message, /team\.name must not be empty/);
    assert.match(message, /got 3/);
  });
});

describe('conversationIds', () => {
  it('should derive Teams-like ids from the names when no ids are given', () => {
    assert.deepEqual(conversationIds({ ...options, team: { name: 'Demo kommune', channel: { name: 'Grunnskole / Grüppe' } } }), {
      personalChat: 'personal-chat',
      groupChat: '19:bosettingsgruppe@thread.v2',
      team: '19:demo-kommune@thread.tacv2',
      channel: '19:demo-kommune-grunnskole-gruppe@thread.tacv2',
    });
  });
});
