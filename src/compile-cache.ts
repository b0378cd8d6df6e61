/**
 * Loaded before each of the project's commands (`node --import ./src/compile-cache.ts …`, in package.json's
 * scripts): Node keeps the compiled form of every module it loads on disk (TypeScript stripped of its types, then
 * V8's code) and reuses it while the file is unchanged. Loading ingest's rules took 0.44 s on the project's
 * machine, and takes 0.30 s so. The astro process `npm run build` starts and ingest's worker threads inherit it
 * through NODE_COMPILE_CACHE; NODE_DISABLE_COMPILE_CACHE=1 turns it off. Nothing depends on it: where the folder
 * cannot be written, Node says nothing and compiles as before.
 */
import module from 'node:module';
import { fileURLToPath } from 'node:url';

const folder = process.env.NODE_COMPILE_CACHE || fileURLToPath(new URL('../node_modules/.cache/dossier/compiled/', import.meta.url));
// The folder, not the one for this Node version that Node makes inside it: a process given that would nest another.
if (module.enableCompileCache?.(folder).directory) process.env.NODE_COMPILE_CACHE = folder;
