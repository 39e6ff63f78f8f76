// A minimal bundler from the project's own ES modules to one classic script.
//
// Why: Chromium refuses `<script type="module">` from file:// (the page must work when
// www/dist/index.html is opened from disk), and a devtools snippet is pasted as a classic script.
// It handles only the style the sources are written in (checked, with a clear error otherwise):
//   import X, { a as b, c } from './x.js';     (one line, relative)
//   export function f / export async function f / export const x / export class C
//   export { a, b as c };
// Each module becomes a function scope returning its exports; `import.meta.url` becomes the URL
// of the running script.

const IMPORT = /^import\s+(.+?)\s+from\s+'(\.\/[^']+)';[ \t]*$/gm;
const EXPORT_DECL = /^export\s+(async\s+function\*?|function\*?|const|let|var|class)\s+([A-Za-z_$][\w$]*)/gm;
const EXPORT_LIST = /^export\s*\{([^}]*)\}\s*;?[ \t]*$/gm;

function importBindings(clause, id) {
  const parts = [];
  let rest = clause.trim();
  const braces = rest.match(/\{([^}]*)\}/);
  const named = braces ? braces[1] : '';
  rest = rest.replace(/\{[^}]*\}/, '').replace(/,\s*$/, '').trim();
  if (rest.startsWith('* as ')) throw new Error(`${id}: namespace imports are not supported`);
  if (rest) parts.push(`default: ${rest}`);
  for (const spec of named.split(',').map((s) => s.trim()).filter(Boolean)) {
    const m = spec.match(/^([A-Za-z_$][\w$]*)(?:\s+as\s+([A-Za-z_$][\w$]*))?$/);
    if (!m) throw new Error(`${id}: cannot read import specifier ${spec}`);
    parts.push(m[2] ? `${m[1]}: ${m[2]}` : m[1]);
  }
  return parts.join(', ');
}

/**
 * Turns one ES module into the body of a function that returns its exports.
 * `id` is its specifier ('./index.js'); imports resolve among `known` ids.
 */
export function transformModule(id, source, known) {
  let code = source.replace(/^\/\* @ts-self-types="[^"]*" \*\/\n?/m, '');
  const exportsMap = [];
  code = code.replace(IMPORT, (_, clause, from) => {
    if (!known.has(from)) throw new Error(`${id}: imports ${from}, which is not in the bundle`);
    return `const { ${importBindings(clause, id)} } = __modules[${JSON.stringify(from)}];`;
  });
  code = code.replace(EXPORT_DECL, (_, kind, name) => {
    exportsMap.push([name, name]);
    return `${kind} ${name}`;
  });
  code = code.replace(EXPORT_LIST, (_, list) => {
    for (const spec of list.split(',').map((s) => s.trim()).filter(Boolean)) {
      const m = spec.match(/^([A-Za-z_$][\w$]*)(?:\s+as\s+([A-Za-z_$][\w$]*))?$/);
      if (!m) throw new Error(`${id}: cannot read export specifier ${spec}`);
      exportsMap.push([m[2] || m[1], m[1]]);
    }
    return '';
  });
  code = code.replace(/\bimport\.meta\.url\b/g, '__scriptUrl');
  // Left: only dynamic imports marked for bundlers to ignore (Node-only paths).
  for (const m of code.matchAll(/^\s*(?:import|export)\b.*$|\bimport\s*\(.{0,40}|\bimport\.meta\b/gm)) {
    if (!/^import\(\/\* webpackIgnore: true \*\//.test(m[0].trim())) {
      throw new Error(`${id}: cannot bundle this line: ${m[0].trim()}`);
    }
  }
  const ret = exportsMap.map(([exported, local]) => `${JSON.stringify(exported)}: ${local}`).join(', ');
  return `__modules[${JSON.stringify(id)}] = (function () {\n'use strict';\n${code}\nreturn { ${ret} };\n})();\n`;
}

/**
 * Bundles modules (in dependency order: `[{ id, source }]`) into one classic script that runs
 * `epilogue` with `__modules` in scope.
 */
export function bundle(modules, epilogue, banner = '') {
  const known = new Set(modules.map((m) => m.id));
  let out = `${banner}(function () {\n'use strict';\nconst __modules = Object.create(null);\n`
    + 'const __scriptUrl = (typeof document !== \'undefined\' && document.currentScript && document.currentScript.src)'
    + ' || (typeof location !== \'undefined\' ? location.href : \'file:///\');\n';
  for (const m of modules) out += transformModule(m.id, m.source, known);
  out += `${epilogue}\n})();\n`;
  return out;
}
