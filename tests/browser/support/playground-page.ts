/**
 * Page object over the Microsoft 365 Agents Playground web UI (0.2.x): switch between the
 * personal chat, the group chat and the team's channels, send messages (with an @mention of the
 * bot where Teams needs one), and read and work Adaptive Cards. Selectors use roles, labels and
 * the stable `fui-*` / `ac-*` class names; docs/playground.md explains each one.
 */
import type { Locator, Page } from 'playwright-core';

/** Options for {@link PlaygroundPage}. */
export interface PlaygroundPageOptions {
  /** The bot's display name as in the Playground config (its avatar label and @mention). */
  readonly botName: string;
  /** How long a wait may take before it fails; defaults to 15 000 ms. */
  readonly timeoutMs?: number;
}

/** Options for {@link PlaygroundPage.sendMessage}. */
export interface SendMessageOptions {
  /** @mention the bot first; in group chats and channels the bot only sees messages that mention it. */
  readonly mentionBot?: boolean;
  /** In a channel: reply in the newest thread instead of starting a new post. */
  readonly replyToLatestPost?: boolean;
}

// The message composers are Lexical editors; card inputs are plain <input>s and never match this.
const COMPOSER = '[role="textbox"][contenteditable="true"]';
// Waits until the page has made no DOM change for QUIET ms (or MAX ms have passed).
const settleScript = (quietMs: number, maxMs: number): string => `new Promise((resolve) => {
  let timer;
  const done = () => { observer.disconnect(); clearTimeout(timer); clearTimeout(limit); resolve(true); };
  const observer = new MutationObserver(() => { clearTimeout(timer); timer = setTimeout(done, ${quietMs}); });
  const limit = setTimeout(done, ${maxMs});
  timer = setTimeout(done, ${quietMs});
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
})`;

/** The Playground web UI in one Playwright page. */
export class PlaygroundPage {
  private readonly timeout: number;
  private inChannel = false;

  /** Wraps a page that already shows the Playground (see {@link PlaygroundPage.open}). */
  constructor(
    readonly page: Page,
    private readonly options: PlaygroundPageOptions,
  ) {
    this.timeout = options.timeoutMs ?? 15_000;
  }

  /** Loads the UI (which installs the bot in the personal chat) and waits for the conversation list. */
  static async open(page: Page, url: string, options: PlaygroundPageOptions): Promise<PlaygroundPage> {
    const playground = new PlaygroundPage(page, options);
    await page.goto(url);
    await playground.treeItem('Personal Chat').waitFor({ timeout: playground.timeout });
    await playground.settle();
    return playground;
  }

  /** The middle pane: the open conversation and its composer(s), without the list and the log panel. */
  conversationPane(): Locator {
    return this.page
      .locator('div')
      .filter({ has: this.page.locator(COMPOSER) })
      .filter({ hasNot: this.page.getByRole('tree') })
      .first();
  }

  /** Opens the personal chat with the bot. */
  async openPersonalChat(): Promise<void> {
    await this.openConversation(this.treeItem('Personal Chat'), false);
  }

  /** Opens the group chat with the given display name. */
  async openGroupChat(name: string): Promise<void> {
    await this.openConversation(this.treeItem(name), false);
  }

  /** Opens a channel ("General" or the configured one); the first channel opened installs the bot in the team. */
  async openChannel(channelName: string, teamName?: string): Promise<void> {
    const item = teamName
      ? this.treeItem(`${teamName} - ${channelName}`)
      : this.page.getByRole('treeitem', { name: new RegExp(` - ${escapeRegExp(channelName)}$`) }).first();
    await this.openConversation(item, true);
    await this.conversationPane().getByRole('button', { name: 'Post', exact: true }).waitFor({ timeout: this.timeout });
  }

  /** Types and sends a message in the open conversation (a new post when a channel is open). */
  async sendMessage(text: string, options: SendMessageOptions = {}): Promise<void> {
    const pane = this.conversationPane();
    const thread = pane
      .getByRole('group')
      .filter({ has: this.page.getByRole('button', { name: 'Send Message', exact: true }) })
      .first();
    const scope = this.inChannel && options.replyToLatestPost ? thread : pane;
    const send =
      this.inChannel && !options.replyToLatestPost
        ? pane.getByRole('button', { name: 'Post', exact: true })
        : scope.getByRole('button', { name: 'Send Message', exact: true });
    await scope.locator(COMPOSER).first().click({ timeout: this.timeout });
    if (options.mentionBot) await this.typeBotMention();
    await this.page.keyboard.type(options.mentionBot ? ` ${text}` : text);
    await send.click({ timeout: this.timeout });
    await this.settle();
  }

  /** Everything the bot has posted in the open conversation: chat messages, channel posts and replies. */
  botMessages(): Locator {
    const avatar = `span[role="img"][aria-label=${JSON.stringify(this.options.botName)}]`;
    // Chat messages and thread replies: a div whose child div holds the bot's avatar next to the text.
    // Channel posts: the card header holds the avatar and the text is the header's next sibling.
    return this.conversationPane().locator(`div:has(> div > ${avatar}), .fui-CardHeader:has(${avatar}) + div`);
  }

  /** Waits until a bot message (text or card) in the open conversation contains the text; returns it. */
  async waitForBotText(text: string | RegExp): Promise<Locator> {
    const message = this.botMessages().filter({ hasText: text }).last();
    await message.waitFor({ timeout: this.timeout });
    return message;
  }

  /** The newest Adaptive Card in the open conversation that contains the text. */
  cardWithText(text: string | RegExp): Locator {
    return this.conversationPane().locator('.ac-adaptiveCard').filter({ hasText: text }).last();
  }

  /** Waits until an Adaptive Card containing the text is shown (e.g. the card that replaced the old one). */
  async waitForCardText(text: string | RegExp): Promise<Locator> {
    const card = this.cardWithText(text);
    await card.waitFor({ timeout: this.timeout });
    return card;
  }

  /**
   * Sets a card input found by its label (or placeholder): Input.Text/Number/Date are filled,
   * a compact ChoiceSet gets the choice whose title is `value`, an expanded one gets that radio,
   * an Input.Toggle is checked when `value` is "true". Card input ids never reach the DOM.
   */
  async fillCardInput(card: Locator, label: string, value: string): Promise<void> {
    const control = await this.cardControl(card, label);
    const role = await control.getAttribute('role');
    if (role === 'combobox') {
      await control.click();
      await this.page.getByRole('option', { name: value, exact: true }).click({ timeout: this.timeout });
    } else if (role === 'radiogroup') {
      await control.getByRole('radio', { name: value, exact: true }).check();
    } else if ((await control.getAttribute('type')) === 'checkbox') {
      await control.setChecked(value === 'true');
    } else {
      await control.fill(value);
    }
    // The card keeps the value only once the input loses focus: fill + immediate click sends the old value.
    await control.blur();
  }

  /** Clicks a card button (Action.Execute, Action.Submit, …) by its title and waits for the UI to settle. */
  async clickCardAction(card: Locator, title: string): Promise<void> {
    await card.getByRole('button', { name: title, exact: true }).click({ timeout: this.timeout });
    await this.settle();
  }

  /** Resolves once the UI has made no DOM change for `quietMs` (at most 5 s). */
  async settle(quietMs = 250): Promise<void> {
    await this.page.evaluate(settleScript(quietMs, 5_000));
  }

  private treeItem(name: string): Locator {
    return this.page.getByRole('treeitem', { name, exact: true });
  }

  private async openConversation(item: Locator, isChannel: boolean): Promise<void> {
    await item.click({ timeout: this.timeout });
    this.inChannel = isChannel;
    await this.settle();
    await this.conversationPane().locator(COMPOSER).first().waitFor({ timeout: this.timeout });
  }

  private async typeBotMention(): Promise<void> {
    const name = this.options.botName;
    await this.page.keyboard.type(`@${name.slice(0, 3)}`);
    const menu = this.page.getByRole('listbox', { name: 'Typeahead menu' });
    await menu.getByRole('menuitem', { name }).first().click({ timeout: this.timeout });
  }

  private async cardControl(card: Locator, label: string): Promise<Locator> {
    const candidates = [card.getByLabel(label, { exact: true }), card.getByPlaceholder(label, { exact: true }), card.getByLabel(label)];
    for (const candidate of candidates) {
      if ((await candidate.count()) > 0) return candidate.first();
    }
    throw new Error(`No card input labelled "${label}" (inputs are found by label or placeholder, not by id).`);
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
