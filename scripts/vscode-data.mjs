// Turns custom-elements.json into vscode.html-custom-data.json, VS Code's HTML custom data format
// (https://github.com/microsoft/vscode-custom-data): every element with its description, and every
// attribute with its description and, for enumerations, its values. Boolean attributes are
// value-less. Run by `npm run build` after `npm run manifest`.
//
// Use in a project: "html.customData": ["./node_modules/level-of-care-widgets/vscode.html-custom-data.json"]
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'));

/** `'a' | 'b'` → ['a', 'b']; anything that is not a union of string literals → undefined. */
function enumValues(typeText = '') {
  const parts = typeText.split('|').map((p) => p.trim());
  const values = parts.map((p) => /^(['"])(.*)\1$/.exec(p)?.[2]);
  return values.every((v) => v !== undefined) ? values : undefined;
}

const list = (label, items) => (items?.length ? `\n\n**${label}:** ${items.map((i) => `\`${i.name}\``).join(', ')}` : '');

const tags = [];
for (const mod of manifest.modules) {
  for (const decl of mod.declarations ?? []) {
    if (!decl.customElement || !decl.tagName) continue;
    const text = [decl.summary, decl.description].filter(Boolean).join('\n\n');
    tags.push({
      name: decl.tagName,
      description: {
        kind: 'markdown',
        value:
          text +
          list('Events', decl.events) +
          list('Parts', decl.cssParts) +
          list('CSS custom properties', decl.cssProperties),
      },
      attributes: (decl.attributes ?? []).map((a) => {
        const type = a.type?.text;
        const values = enumValues(type);
        return {
          name: a.name,
          description: a.description + (a.default !== undefined ? ` Default: \`${a.default}\`.` : ''),
          ...(values ? { values: values.map((name) => ({ name })) } : {}),
          ...(type === 'boolean' ? { valueSet: 'v' } : {}),
        };
      }),
      references: [{ name: 'level-of-care-widgets', url: 'https://www.npmjs.com/package/level-of-care-widgets' }],
    });
  }
}
tags.sort((a, b) => a.name.localeCompare(b.name));

const out = new URL('../vscode.html-custom-data.json', import.meta.url);
writeFileSync(out, `${JSON.stringify({ version: 1.1, tags }, null, 2)}\n`);
console.log(`vscode.html-custom-data.json: ${tags.map((t) => `<${t.name}> (${t.attributes.length} attributes)`).join(', ')}`);
