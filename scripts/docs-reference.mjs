// Writes the per-widget reference (attributes, events, CSS parts, CSS custom properties) generated
// from custom-elements.json into docs/reference.md, between `<!-- reference:start -->` and
// `<!-- reference:end -->`. Nothing else in the file is touched.
//
//   node scripts/docs-reference.mjs           update docs/reference.md (npm run docs)
//   node scripts/docs-reference.mjs --check   exit 1 when docs/reference.md is out of date (npm run test:docs)
import { readFileSync, writeFileSync } from 'node:fs';

const START = '<!-- reference:start -->';
const END = '<!-- reference:end -->';
const readmeUrl = new URL('../docs/reference.md', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'));
const check = process.argv.includes('--check');

/** One table cell: one line, pipes escaped. */
const cell = (text = '') => String(text).replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');
const code = (text) => (text ? `\`${cell(text)}\`` : '');

function table(head, rows) {
  if (!rows.length) return [];
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
  ];
}

/** The order of the widgets in the docs; any other element comes after them. */
const ORDER = ['loc-screener', 'iop-compare', 'program-checklist'];
const rank = (tag) => (ORDER.includes(tag) ? ORDER.indexOf(tag) : ORDER.length);

/** `CustomEvent<X>` → `X`. */
const detailType = (type = '') => /^CustomEvent<(.*)>$/s.exec(type.trim())?.[1] ?? type;

function reference() {
  const elements = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .sort((a, b) => rank(a.tagName) - rank(b.tagName) || a.tagName.localeCompare(b.tagName));
  const lines = [];
  for (const el of elements) {
    lines.push(`## \`<${el.tagName}>\` reference`, '');
    if (el.summary) lines.push(cell(el.summary), '');
    lines.push(`Class \`${el.name}\`.`, '');
    const attrs = el.attributes ?? [];
    if (attrs.length) {
      lines.push('Attributes:', '');
      lines.push(
        ...table(
          ['attribute', 'type', 'default', 'description'],
          attrs.map((a) => [code(a.name), code(a.type?.text), code(a.default), cell(a.description)]),
        ),
      );
    }
    const events = el.events ?? [];
    if (events.length) {
      lines.push('Events (all bubble and are composed):', '');
      lines.push(
        ...table(
          ['event', 'detail type', 'description'],
          events.map((e) => [code(e.name), code(detailType(e.type?.text)), cell(e.description)]),
        ),
      );
    }
    const parts = el.cssParts ?? [];
    if (parts.length) {
      lines.push('CSS parts:', '');
      lines.push(...table(['part', 'description'], parts.map((p) => [code(p.name), cell(p.description)])));
    }
    const props = el.cssProperties ?? [];
    if (props.length) {
      lines.push('CSS custom properties:', '');
      lines.push(
        ...table(
          ['property', 'description'],
          props.map((p) => [code(p.name), cell(p.description) + (p.default ? ` Default: ${code(p.default)}.` : '')]),
        ),
      );
    }
  }
  return lines.join('\n').trimEnd();
}

const readme = readFileSync(readmeUrl, 'utf8');
const start = readme.indexOf(START);
const end = readme.indexOf(END);
if (start < 0 || end < start) {
  console.error(`docs/reference.md needs the markers ${START} and ${END} (in this order).`);
  process.exit(1);
}
const next = `${readme.slice(0, start + START.length)}\n<!-- Generated from custom-elements.json by scripts/readme-reference.mjs: do not edit by hand. -->\n\n${reference()}\n\n${readme.slice(end)}`;

if (check) {
  if (next !== readme) {
    console.error('docs/reference.md is out of date: run `npm run docs` and commit it.');
    process.exit(1);
  }
  console.log('docs/reference.md is up to date.');
} else if (next !== readme) {
  writeFileSync(readmeUrl, next);
  console.log('docs/reference.md updated.');
} else {
  console.log('docs/reference.md already up to date.');
}
