// Builds the console (`build`, into dist/console, served by the gateway at /console) or serves it with hot reload
// (`dev`, proxying /graphql to the gateway). Vite's options live here, in code, rather than in a vite.config file.
// @vitejs/plugin-react is not used (its peers want a Babel 8 pre-release that npm refuses): Vite's own JSX transform
// compiles the TSX; dev mode reloads the page instead of React fast refresh.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, createServer } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Vite's options for the console; `outDir` lets tests build into a folder of their own. */
export function consoleConfig(outDir = path.join(root, 'dist', 'console')) {
  return {
    root: path.join(root, 'console'),
    base: '/console/',
    configFile: false,
    logLevel: 'warn',
    oxc: { jsx: { runtime: 'automatic' } },
    build: { outDir, emptyOutDir: true, sourcemap: true },
    server: {
      port: Number(process.env.CONSOLE_DEV_PORT ?? 5173),
      proxy: { '/graphql': process.env.GATEWAY_URL ?? 'http://localhost:4000' },
    },
  };
}

/** Builds the console into `outDir`. */
export async function buildConsole(outDir) {
  // A production bundle whatever the caller's NODE_ENV (Jest sets "test", which would ship React's development build).
  process.env.NODE_ENV = 'production';
  await build({ ...consoleConfig(outDir), mode: 'production' });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const mode = process.argv[2] ?? 'build';
  if (mode === 'dev') {
    const server = await createServer(consoleConfig());
    await server.listen();
    server.printUrls();
  } else {
    await buildConsole(process.argv[3]);
    console.log(`console built into ${process.argv[3] ?? 'dist/console'}`);
  }
}
