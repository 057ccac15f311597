/** A user as the Agents Playground config wants it. */
export interface PlaygroundUser {
  /** Teams user id, e.g. `29:...`. */
  readonly id: string;
  readonly name: string;
  /** Entra object id: Introteam finds the user's roles by it. */
  readonly aadObjectId: string;
}

/** Everything one Playground instance's `.m365agentsplayground.yml` holds. */
export interface PlaygroundConfigOptions {
  readonly tenantId: string;
  readonly bot: { readonly id: string; readonly name: string };
  readonly currentUser: PlaygroundUser;
  /** Exactly five other users (the Playground's schema requires five). */
  readonly users: readonly PlaygroundUser[];
  readonly personalChatId: string;
  readonly groupChat: { readonly id: string; readonly name: string };
  /** The team; the Playground adds its General channel with the team id. */
  readonly team: { readonly id: string; readonly name: string; readonly aadGroupId: string };
  /** The one extra channel a Playground team may have. */
  readonly channel: { readonly id: string; readonly name: string };
}

const quote = (value: string): string => JSON.stringify(value);

function userYaml(user: PlaygroundUser, indent: string): string {
  const first = user.name.split(' ')[0] ?? user.name;
  const email = `${user.aadObjectId.slice(-4)}@demo.example`;
  return [
    `id: ${quote(user.id)}`,
    `name: ${quote(user.name)}`,
    `userPrincipleName: ${quote(email)}`,
    `aadObjectId: ${quote(user.aadObjectId)}`,
    `givenName: ${quote(first)}`,
    `surname: ${quote(user.name.slice(first.length).trim() || first)}`,
    `email: ${quote(email)}`,
  ]
    .map((line, index) => (index === 0 ? line : `${indent}${line}`))
    .join('\n');
}

/** Renders the Playground's YAML config (version 0.1.1); throws when the Playground would refuse it. */
export function renderPlaygroundConfig(options: PlaygroundConfigOptions): string {
  if (options.users.length !== 5) throw new Error(`Agents Playground krever nøyaktig 5 brukere i tillegg til innlogget bruker (fikk ${options.users.length}).`);
  if (options.bot.name.length > 42) throw new Error('Botnavnet kan ha høyst 42 tegn i Agents Playground.');
  return [
    '# Laget av Introteam (scripts/local). Endres ved hver oppstart.',
    'version: "0.1.1"',
    `tenantId: ${quote(options.tenantId)}`,
    'bot:',
    `  id: ${quote(options.bot.id)}`,
    `  name: ${quote(options.bot.name)}`,
    `currentUser:\n  ${userYaml(options.currentUser, '  ')}`,
    'users:',
    ...options.users.map((user) => `  - ${userYaml(user, '    ')}`),
    'personalChat:',
    `  id: ${quote(options.personalChatId)}`,
    'groupChat:',
    `  id: ${quote(options.groupChat.id)}`,
    `  name: ${quote(options.groupChat.name)}`,
    'team:',
    `  id: ${quote(options.team.id)}`,
    `  name: ${quote(options.team.name)}`,
    `  aadGroupId: ${quote(options.team.aadGroupId)}`,
    '  channels:',
    `    - id: ${quote(options.channel.id)}`,
    `      name: ${quote(options.channel.name)}`,
    '',
  ].join('\n');
}
