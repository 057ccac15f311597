/** A stored form of a file: the file itself, or its precompressed copy next to it. */
export type ContentEncoding = 'br' | 'gzip' | 'identity';

/** The suffix of each precompressed copy the tab build writes (scripts/build-tab.mjs). */
export const ENCODING_SUFFIX: Readonly<Record<Exclude<ContentEncoding, 'identity'>, string>> = { br: '.br', gzip: '.gz' };

/**
 * Picks the best of `available` that the request's `Accept-Encoding` allows: Brotli before gzip before the
 * file itself. Honours q-values (`q=0` refuses) and `*`; identity is acceptable unless refused explicitly.
 * Returns undefined only when the client refuses every form on offer.
 */
export function chooseContentEncoding(
  acceptEncoding: string | undefined,
  available: ReadonlySet<ContentEncoding>,
): ContentEncoding | undefined {
  const weights = parseAcceptEncoding(acceptEncoding ?? '');
  const weightOf = (coding: ContentEncoding): number => {
    const explicit = weights.get(coding) ?? (coding === 'gzip' ? weights.get('x-gzip') : undefined);
    if (explicit !== undefined) return explicit;
    const wildcard = weights.get('*');
    if (wildcard !== undefined) return wildcard;
    return coding === 'identity' ? 0.001 : 0; // identity is always acceptable unless refused
  };
  let best: ContentEncoding | undefined;
  let bestWeight = 0;
  for (const coding of ['br', 'gzip', 'identity'] as const) {
    if (!available.has(coding)) continue;
    const weight = weightOf(coding);
    if (weight > bestWeight) {
      best = coding;
      bestWeight = weight;
    }
  }
  return best;
}

function parseAcceptEncoding(header: string): Map<string, number> {
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [rawName, ...params] = part.split(';');
    const name = rawName?.trim().toLowerCase();
    if (!name) continue;
    let q = 1;
    for (const param of params) {
      const match = /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(param);
      if (match) q = Math.min(1, Math.max(0, Number(match[1]) || 0));
    }
    weights.set(name, q);
  }
  return weights;
}
