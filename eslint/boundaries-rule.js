// @ts-check
// An ESLint rule that keeps layers apart by where an import really goes: each relative specifier is
// resolved against the importing file (so `../../x`, `./../x`, `ports/../teams` and dynamic
// `import()` are all seen for what they are) and matched, like the importing file, with globs.
import path from 'node:path';

/** A glob (`**` any folders, `*` within a name, `{a,b}` either) as a regular expression. */
function globToRegExp(glob) {
  let source = '';
  for (let i = 0; i < glob.length; i += 1) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      source += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') source += '[^/]*';
    else if (c === '{') {
      const end = glob.indexOf('}', i);
      source += `(?:${glob
        .slice(i + 1, end)
        .split(',')
        .map(escape)
        .join('|')})`;
      i = end;
    } else source += escape(c);
  }
  return new RegExp(`^${source}$`);
}
const escape = (text) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
const cache = new Map();
const matches = (value, globs) =>
  (Array.isArray(globs) ? globs : [globs]).some((glob) => {
    if (!cache.has(glob)) cache.set(glob, globToRegExp(glob));
    return cache.get(glob).test(value);
  });

/** @type {import('eslint').Rule.RuleModule} */
export const boundariesRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps kernel, domain, platform, features and the tab apart by resolved import paths (globs).' },
    schema: [{ type: 'array' }],
  },
  create(context) {
    const root = context.cwd;
    const file = path.relative(root, context.filename).split(path.sep).join('/');
    const zones = (context.options[0] ?? []).filter((zone) => matches(file, zone.files));
    if (zones.length === 0) return {};
    /** @param {any} node @param {unknown} source @param {boolean} typeOnly */
    const check = (node, source, typeOnly) => {
      if (typeof source !== 'string') return;
      const target = source.startsWith('.') ? path.posix.normalize(path.posix.join(path.posix.dirname(file), source)) : source;
      for (const zone of zones) {
        for (const rule of zone.disallow) {
          if (!matches(target, rule.target)) continue;
          if (rule.except && matches(target, rule.except)) continue;
          if (rule.allowTypeImports && typeOnly) continue;
          context.report({ node, message: `${rule.message} (${source})` });
          return;
        }
      }
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value, node.importKind === 'type'),
      ExportAllDeclaration: (node) => check(node, node.source.value, node.exportKind === 'type'),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value, node.exportKind === 'type'),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value, false),
    };
  },
};
