/** The text commands the bot understands. */
export type BotCommand = 'help' | 'bind-channel' | 'unknown';

const COMMANDS: ReadonlyArray<readonly [BotCommand, readonly string[]]> = [
  ['help', ['hjelp', 'help', '?']],
  ['bind-channel', ['koble kanal', 'koble kanalen', 'bind channel']],
];

/** Maps a message (mention already removed) to a command; case and extra spaces do not matter. */
export function parseCommand(text: string): BotCommand {
  const normalised = text
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  return COMMANDS.find(([, words]) => words.includes(normalised))?.[0] ?? 'unknown';
}
