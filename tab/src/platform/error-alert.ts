import { userMessageFor } from './api-error.js';
import { messageBar } from './fluent/message-bar.js';

/** The page's one alert region (`role="alert"` in index.html): shows an error message in a Fluent message bar, or nothing. */
export class ErrorAlert {
  constructor(private readonly region: HTMLElement) {}

  /** Shows the Norwegian message for an error (the API's own message when it sent one). */
  showError(error: unknown): void {
    this.show(userMessageFor(error));
  }

  /** Shows a message; screen readers announce it because the region has `role="alert"`. */
  show(message: string): void {
    this.region.replaceChildren(messageBar('error', message));
  }

  /** Empties the region, which hides it (styles.css hides it when empty). */
  clear(): void {
    this.region.replaceChildren();
  }
}
