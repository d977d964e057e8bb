// Build the WordPress plugin (issue #11): copy wordpress/level-of-care-widgets/ with the plugin's own copy
// of dist/cdn/ and a widgets.json made from the JSON Schemas and custom-elements.json (so the PHP and the
// editor never repeat a setting by hand), then zip it to dist/wordpress/level-of-care-widgets.zip.
// The schemas are written from the field tables in src/core (scripts/schemas.mjs, issue #16), and the
// attributes in custom-elements.json are checked against the same tables, so the block's controls and the
// shortcodes' attribute names come from the one description the parsers read.
// Run by `npm run build` after rollup and the manifest.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeZip } from './zip.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SLUG = 'level-of-care-widgets';
const src = join(root, 'wordpress', SLUG);
const outDir = join(root, 'dist', 'wordpress');
const stage = join(outDir, SLUG);
const TAGS = ['loc-screener', 'iop-compare', 'program-checklist'];
// Custom properties offered as colors in the editor and shortcodes (the rest are sizes).
const COLOR = /^--loc-(accent|accent-text|danger|danger-text|surface|border)$/;

/**
 * The element attributes of each tag, from custom-elements.json: name, type (string or boolean), enum, description.
 * test/core/attributes.test.ts checks them against the field tables in src/core (ids, defaults, flags).
 */
export function elementData() {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const out = {};
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) {
      if (!TAGS.includes(d.tagName)) continue;
      const attributes = (d.attributes ?? []).map((a) => {
        const text = a.type?.text ?? 'string';
        const literals = [...text.matchAll(/'([^']*)'/g)].map((m) => m[1]);
        const isEnum = literals.length > 0 && text.replace(/'[^']*'|\|/g, '').trim() === '';
        // A list attribute documents its ids in backticks after "separated by spaces": offered as checkboxes.
        const description = a.description ?? '';
        const ids = /separated by spaces/.test(description) ? [...description.matchAll(/`([a-z-]+)`/g)].map((m) => m[1]) : [];
        return {
          name: a.name,
          type: text === 'boolean' ? 'boolean' : 'string',
          ...(isEnum ? { enum: literals } : {}),
          ...(ids.length > 1 ? { list: ids } : {}),
          ...(a.default ? { default: a.default } : {}),
          description: a.description ?? '',
        };
      });
      const colors = (d.cssProperties ?? []).filter((c) => COLOR.test(c.name)).map((c) => ({ name: c.name, description: c.description ?? '' }));
      out[d.tagName] = { attributes, colors };
    }
  }
  for (const tag of TAGS) if (!out[tag]) throw new Error(`wordpress-build: <${tag}> is not in custom-elements.json`);
  return out;
}

export function buildWordPress() {
  for (const need of ['dist/cdn/level-of-care-widgets.js', 'dist/cdn/level-of-care-widgets.classic.js', 'custom-elements.json']) {
    if (!existsSync(join(root, need))) throw new Error(`wordpress-build: ${need} is missing; run the whole "npm run build".`);
  }
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  cpSync(src, stage, { recursive: true });
  cpSync(join(root, 'dist', 'cdn'), join(stage, 'assets', 'cdn'), { recursive: true });
  const elements = elementData();
  const widgets = {};
  for (const tag of TAGS) {
    const schema = JSON.parse(readFileSync(join(root, 'schemas', `${tag}.v1.json`), 'utf8'));
    const mapped = new Set();
    // Attributes that a setting already covers are offered with the setting, not twice.
    for (const p of Object.values(schema.properties)) if (p['x-attribute']) mapped.add(p['x-attribute'].replace(/\{(level|key)\}/g, '*'));
    const covered = (name) => [...mapped].some((m) => new RegExp(`^${m.replace(/[-]/g, '\\-').replace(/\*/g, '[a-z]+')}$`).test(name));
    widgets[tag] = {
      schema,
      attributes: elements[tag].attributes,
      // The element's own attributes that are not settings, for the editor's "Widget" panel.
      options: elements[tag].attributes.filter((a) => !covered(a.name) && a.name !== 'config-src').map((a) => a.name),
      colors: elements[tag].colors,
    };
  }
  writeFileSync(join(stage, 'assets', 'widgets.json'), JSON.stringify(widgets));
  // The license text WordPress's directory expects beside a GPL plugin is named in its header and readme.txt.
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else files.push([`${SLUG}/${relative(stage, p).split('\\').join('/')}`, readFileSync(p)]);
    }
  };
  walk(stage);
  const zip = writeZip(files);
  writeFileSync(join(outDir, `${SLUG}.zip`), zip);
  return { files: files.length, bytes: zip.length, zip: join(outDir, `${SLUG}.zip`), stage };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = buildWordPress();
  console.log(`wordpress: ${relative(root, r.zip)} (${r.files} files, ${(r.bytes / 1024).toFixed(1)} KiB)`);
}
