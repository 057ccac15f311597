import type { Locator, Page } from 'playwright-core';

/** Drives the Microsoft 365 Agents Playground's web UI (our local Teams stand-in). */
export class PlaygroundPage {
  constructor(readonly page: Page) {}

  /** Opens the Playground and waits until it has connected to the bot. */
  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.getByText('Connected.', { exact: false }).first().waitFor({ timeout: 30_000 });
  }

  /** Selects the personal chat with the bot. */
  async openPersonalChat(): Promise<void> {
    await this.page.getByText('Personal Chat', { exact: true }).first().click();
  }

  /** Selects a team channel by its name in the "Teams Channel" list. */
  async openChannel(name: string): Promise<void> {
    await this.page.getByText(name, { exact: true }).first().click();
    await this.page.getByText('Start a new post').first().waitFor();
  }

  /** Types a message in the chat's compose box and sends it. */
  async sendMessage(text: string): Promise<void> {
    // The compose box is a rich-text editor (contenteditable), not an <input>.
    const box = this.page.locator('[contenteditable="true"][role="textbox"]').first();
    await box.click();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
  }

  /** The newest Adaptive Card that contains the text, once it is shown. */
  async cardWithText(text: string, timeoutMs = 30_000): Promise<Locator> {
    const card = this.page.locator('.ac-adaptiveCard').filter({ hasText: text }).last();
    await card.waitFor({ timeout: timeoutMs });
    return card;
  }

  /** Clicks a button (e.g. an Action.Execute) inside the card section that contains `sectionText`. */
  async clickInCard(card: Locator, sectionText: string, buttonTitle: string): Promise<void> {
    const section = card.locator('.ac-container').filter({ hasText: sectionText }).filter({ has: this.page.getByRole('button', { name: buttonTitle }) }).last();
    await section.getByRole('button', { name: buttonTitle }).first().click();
  }
}
