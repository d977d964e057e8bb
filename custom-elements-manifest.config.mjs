// Configuration of @custom-elements-manifest/analyzer, read by `npm run manifest`
// (`cem analyze --litelement`), which writes custom-elements.json at the package root from the
// JSDoc of the element classes (src/components/<tag>/<tag>.ts).
//
// One plugin: the class JSDoc is the documentation of record. The analyzer means `@attr` tags to
// take precedence, but its Lit plugin then merges each `@property()` field over the attribute, so
// every attribute becomes `string | null` with the field's comment. This puts back the `@attr`
// tag's type (e.g. `'adult' | 'adolescent'`, which editors show as a list of values), its default
// (`[name=default]`) and its description.
// A second one points module paths at the shipped files: src/components/x/x.ts is published as
// dist/npm/components/x/x.js (src/ is not in the package).

/** @returns {import('@custom-elements-manifest/analyzer').Plugin} */
function attrJsDocWins() {
  return {
    name: 'level-of-care-widgets: @attr JSDoc wins over @property fields',
    analyzePhase({ ts, node, moduleDoc }) {
      if (node.kind !== ts.SyntaxKind.ClassDeclaration) return;
      const decl = moduleDoc?.declarations?.find((d) => d.name === node.name?.getText());
      if (!decl?.attributes) return;
      for (const doc of node.jsDoc ?? []) {
        for (const tag of doc.tags ?? []) {
          if (!['attr', 'attribute'].includes(tag.tagName.text)) continue;
          const text = (ts.getTextOfJSDocComment(tag.comment) ?? '').replace(/\s+/g, ' ').trim();
          const m = /^(?:\{(.+?)\}\s*)?(\[[^\]]+\]|\S+)\s*(?:-\s*)?(.*)$/.exec(text);
          if (!m) continue;
          const [, type, rawName, description] = m;
          const [name, def] = rawName.replace(/^\[|\]$/g, '').split('=');
          const attr = decl.attributes.find((a) => a.name === name);
          if (!attr) continue;
          if (type) attr.type = { text: type.trim() };
          if (def !== undefined) attr.default = def.trim();
          else delete attr.default; // a field's `= null` is not an attribute default
          if (description) attr.description = description;
        }
      }
    },
  };
}

/** @returns {import('@custom-elements-manifest/analyzer').Plugin} */
function shippedPaths() {
  const shipped = (path) => path.replace(/^\/?src\//, 'dist/npm/').replace(/\.ts$/, '.js');
  const walk = (value) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if ((key === 'module' || key === 'path') && typeof v === 'string') value[key] = shipped(v);
        else walk(v);
      }
    }
  };
  return {
    name: 'level-of-care-widgets: module paths of the npm build',
    packageLinkPhase({ customElementsManifest }) {
      walk(customElementsManifest.modules);
      // LocElement's emit(type, detail) is read as an event named "type": the widgets list their real events.
      for (const mod of customElementsManifest.modules)
        for (const decl of mod.declarations ?? []) {
          decl.events = decl.events?.filter((e) => !(e.name === 'type' && (decl.name === 'LocElement' || e.inheritedFrom?.name === 'LocElement')));
          if (decl.events && !decl.events.length) delete decl.events;
        }
    },
  };
}

export default {
  // The base class too, so inherited members (configSrc, define(), version) resolve.
  globs: ['src/components/**/*.ts', 'src/shared/base-element.ts'],
  exclude: ['src/components/**/styles.ts', 'src/components/**/*copy.ts', 'src/components/**/define.ts'],
  outdir: '.',
  plugins: [attrJsDocWins(), shippedPaths()],
};
