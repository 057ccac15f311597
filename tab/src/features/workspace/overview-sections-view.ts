import type { OverviewResponse, OverviewRow, OverviewSection } from '../../../../contract/overview.js';
import { invalidResponseError } from '../../platform/api-error.js';
import { el } from '../../platform/dom.js';
import { marker } from '../../platform/markers.js';
import { hrefFor } from '../../platform/router.js';

/** The start page's sections from `GET /api/overview`, in the server's order; a new section needs no tab change. */
export function overviewSections(body: unknown): HTMLElement[] {
  return parseOverview(body).sections.map(sectionView);
}

function sectionView(section: OverviewSection): HTMLElement {
  const headingId = `overview-${section.id}-heading`;
  return el(
    'section',
    { class: 'panel overview-section', 'aria-labelledby': headingId, 'data-testid': `overview-${section.id}` },
    el('h2', { id: headingId }, section.title),
    section.rows.length === 0
      ? el('p', { class: 'muted', 'data-testid': `overview-${section.id}-empty` }, section.emptyText)
      : el('ul', { class: 'overview-rows' }, ...section.rows.map((row) => rowView(section, row))),
    section.more ? el('p', {}, el('a', { href: hrefFor(section.more.href) }, section.more.text)) : null,
  );
}

function rowView(section: OverviewSection, row: OverviewRow): HTMLElement {
  return el(
    'li',
    { class: 'overview-row', 'data-testid': `overview-${section.id}-row` },
    el('span', { class: 'overview-row-text' }, row.href ? el('a', { href: hrefFor(row.href) }, row.text) : row.text),
    row.meta ? el('span', { class: 'overview-row-meta muted' }, row.meta) : null,
    row.badges.length > 0 ? el('span', { class: 'overview-row-badges' }, ...row.badges.map((b) => marker(b.kind, b.text))) : null,
  );
}

function parseOverview(body: unknown): OverviewResponse {
  const sections = (body as { sections?: unknown } | undefined)?.sections;
  if (!Array.isArray(sections)) throw invalidResponseError(200);
  return body as OverviewResponse;
}
