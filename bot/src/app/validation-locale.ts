import { z } from 'zod';

/** Makes zod's built-in validation messages Norwegian; called once by each entry point. */
export function useNorwegianValidationMessages(): void {
  z.config(z.locales.no());
}
