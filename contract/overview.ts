import { z } from 'zod';

/** A marker on a start-page row: overdue, a warning, information or done. */
export const overviewBadgeSchema = z.strictObject({ kind: z.enum(['overdue', 'warning', 'info', 'done']), text: z.string() });

/** One piece of work on the start page, linking to where it is done (a tab route, e.g. `/bosettinger/<id>`). */
export const overviewRowSchema = z.strictObject({
  id: z.string(),
  text: z.string(),
  meta: z.string().optional(),
  badges: z.array(overviewBadgeSchema),
  /** Tab route (without `#`); absent when the work is done elsewhere (e.g. in a Teams channel). */
  href: z.string().optional(),
});

/** One section of the start page; a feature adds sections without the tab changing. */
export const overviewSectionSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  /** Shown when there are no rows. */
  emptyText: z.string(),
  rows: z.array(overviewRowSchema),
  /** Where the rest is, when the section shows only the first rows. */
  more: z.strictObject({ href: z.string(), text: z.string() }).optional(),
});

/** One section of the start page. */
export type OverviewSection = z.infer<typeof overviewSectionSchema>;
/** One row of a start-page section. */
export type OverviewRow = z.infer<typeof overviewRowSchema>;

/** `GET /api/overview`: the signed-in person's start page, sections in order. */
export const overviewResponseSchema = z.strictObject({ sections: z.array(overviewSectionSchema) });

/** The start page. */
export type OverviewResponse = z.infer<typeof overviewResponseSchema>;
