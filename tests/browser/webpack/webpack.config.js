// A plain webpack 5 production build: no loaders, no plugins, no wasm experiments (not minified).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export default {
  mode: 'production',
  context: here,
  entry: './entry.js',
  output: { path: join(here, 'dist'), filename: 'main.js', publicPath: 'auto', clean: true },
  performance: { hints: false },
  // Minifying React with terser takes ~15 s on 2 cores and proves nothing about the package.
  optimization: { minimize: false },
};
