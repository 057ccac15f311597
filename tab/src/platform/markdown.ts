/**
 * The Markdown subset Teams renders in Adaptive Card text (bold, italic, links, bullet and
 * numbered lists, paragraphs and line breaks), turned into HTML with no external library.
 * Everything is HTML-escaped first, so card text can never inject markup.
 */
export function renderMarkdown(text: string): string {
  const blocks = text.replace(/\r\n?/g, '\n').split(/\n{2,}/);
  return blocks
    .map((block) => block.trim())
    .filter((block) => block !== '')
    .map(renderBlock)
    .join('');
}

const BULLET = /^\s*[-*+]\s+(.*)$/;
const NUMBERED = /^\s*\d+[.)]\s+(.*)$/;

function renderBlock(block: string): string {
  const lines = block.split('\n');
  if (lines.every((line) => BULLET.test(line))) return list('ul', lines, BULLET);
  if (lines.every((line) => NUMBERED.test(line))) return list('ol', lines, NUMBERED);
  return `<p>${lines.map(renderInline).join('<br>')}</p>`;
}

function list(tag: 'ul' | 'ol', lines: readonly string[], pattern: RegExp): string {
  const items = lines.map((line) => `<li>${renderInline(pattern.exec(line)?.[1] ?? '')}</li>`);
  return `<${tag}>${items.join('')}</${tag}>`;
}

/** Inline formatting on one escaped line: links first, so their URLs are not touched by emphasis. */
function renderInline(line: string): string {
  const parts: string[] = [];
  const link = /\[([^\]]+)\]\(([^)\s]+)\)/g;
  let last = 0;
  for (let match = link.exec(line); match !== null; match = link.exec(line)) {
    parts.push(emphasis(escapeHtml(line.slice(last, match.index))));
    parts.push(anchor(match[1] ?? '', match[2] ?? ''));
    last = match.index + match[0].length;
  }
  parts.push(emphasis(escapeHtml(line.slice(last))));
  return parts.join('');
}

function anchor(label: string, url: string): string {
  const text = emphasis(escapeHtml(label));
  if (!/^(https?:|mailto:)/i.test(url)) return text;
  return `<a href="${escapeHtml(url)}" target="_blank" rel="noopener noreferrer">${text}</a>`;
}

function emphasis(escaped: string): string {
  return escaped
    .replace(/\*\*(?=\S)(.+?)(?<=\S)\*\*/g, '<strong>$1</strong>')
    .replace(/__(?=\S)(.+?)(?<=\S)__/g, '<strong>$1</strong>')
    .replace(/(^|[^\w*])\*(?=\S)(.+?)(?<=\S)\*(?!\*)/g, '$1<em>$2</em>')
    .replace(/(^|[^\w])_(?=\S)(.+?)(?<=\S)_(?!\w)/g, '$1<em>$2</em>');
}

/** Escapes the five HTML-significant characters. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
