// Vite config of the example: the local signer (server/signer.mjs) runs inside the dev and
// preview servers, so `npm run dev` / `npm run preview` are all it takes (plus a running S3 server).
import { defineConfig } from 'vite';

import { settingsFromEnv, signerMiddleware } from './server/signer.mjs';

function localSigner() {
  // No return value: a function returned from configureServer would run as a post hook.
  const use = (server) => {
    server.middlewares.use(signerMiddleware(settingsFromEnv()));
  };
  return { name: 'local-signer', configureServer: use, configurePreviewServer: use };
}

export default defineConfig({
  plugins: [localSigner()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
});
