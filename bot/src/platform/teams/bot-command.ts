import type { TurnContext } from 'botbuilder';

/** A text command a feature teaches the bot, e.g. «koble kanal». */
export interface BotCommand {
  /** Stable name, for logs. */
  readonly name: string;
  /** What users write (mention removed; case and extra spaces do not matter). */
  readonly words: readonly string[];
  /** Answers the command in the conversation it came from. */
  readonly handle: (turn: TurnContext) => Promise<void>;
}
