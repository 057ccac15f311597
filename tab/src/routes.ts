import { Router } from './router.js';
import { shellView } from './views/shell-view.js';
import type { View } from './views/view.js';

/** The tab's route table: add a line per view (e.g. `.add('/bosettinger', settlementsView)`). */
export function createRouter(): Router<View> {
  return new Router<View>().add('/', shellView);
}
