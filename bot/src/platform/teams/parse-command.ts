/** Words that ask for the help card; the bot's own command. */
export const HELP_WORDS: readonly string[] = ['hjelp', 'help', '?'];

/** A message (mention already removed) as the bot compares it with command words: lower case, tags and extra spaces gone. */
export function normaliseCommandText(text: string): string {
  return text
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The command whose words match the message, or `undefined`. */
export function parseCommand<C extends { readonly words: readonly string[] }>(text: string, commands: readonly C[]): C | undefined {
  const normalised = normaliseCommandText(text);
  return commands.find((command) => command.words.includes(normalised));
}
