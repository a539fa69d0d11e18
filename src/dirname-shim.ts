import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

// libpg-query's emscripten loader finds its .wasm through CommonJS __dirname, which an ESM bundle
// lacks; point it at the bundle's folder, where the build copies the .wasm. Import this first.
const g = globalThis as { __dirname?: string };
g.__dirname ??= dirname(fileURLToPath(import.meta.url));
