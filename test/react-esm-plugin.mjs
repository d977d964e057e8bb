// A @web/test-runner plugin for test/browser/react.test.ts: React and react-dom ship CommonJS only,
// which browsers cannot import. They are bundled once with esbuild into one ES module (development
// build, one shared copy of React), and `react`, `react-dom` and `react-dom/client` are served as modules that
// re-export it with named exports, as bundlers do.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

/** The names a CommonJS package exports, read in a child process (React must not patch this one's console). */
const exportNames = (name) =>
  JSON.parse(execFileSync(process.execPath, ['-e', `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(name)}))))`], { encoding: 'utf8' }));
const BUNDLE = '/__react-esm__/bundle.js';
const MODULES = {
  react: { path: '/__react-esm__/react.js', from: 'React' },
  'react-dom': { path: '/__react-esm__/react-dom.js', from: 'ReactDOM' },
  'react-dom/client': { path: '/__react-esm__/react-dom-client.js', from: 'ReactDOMClient' },
};

export function reactEsm() {
  let bundle;
  return {
    name: 'react-esm',
    resolveImport({ source }) {
      return MODULES[source]?.path;
    },
    async serve(context) {
      if (context.path === BUNDLE) {
        bundle ??= build({
          stdin: {
            contents: `import React from 'react'; import ReactDOM from 'react-dom'; import ReactDOMClient from 'react-dom/client'; export { React, ReactDOM, ReactDOMClient };`,
            resolveDir: process.cwd(),
          },
          bundle: true,
          format: 'esm',
          write: false,
          define: { 'process.env.NODE_ENV': '"development"' },
          logLevel: 'silent',
        }).then((r) => r.outputFiles[0].text);
        return { body: await bundle, type: 'js' };
      }
      for (const [name, { path, from }] of Object.entries(MODULES)) {
        if (context.path !== path) continue;
        const names = exportNames(name).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k) && k !== 'default');
        return {
          body: `import { ${from} } from '${BUNDLE}';\nexport default ${from};\nexport const { ${names.join(', ')} } = ${from};\n`,
          type: 'js',
        };
      }
    },
  };
}
