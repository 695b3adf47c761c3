import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/**
 * Bundles a test's child-process script with the real app code into one .mjs at `outfile`, so the test
 * can run it with plain Node. better-sqlite3 stays outside the bundle (its native file is found relative
 * to its own folder) and is imported by absolute URL, so the bundle runs from a temporary folder.
 */
export async function bundleChild(entry: URL, outfile: string): Promise<string> {
  const driver = pathToFileURL(createRequire(import.meta.url).resolve('better-sqlite3')).href;
  await build({
    entryPoints: [fileURLToPath(entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'silent',
    plugins: [
      {
        name: 'driver-by-url',
        setup(b) {
          b.onResolve({ filter: /^better-sqlite3$/ }, () => ({ path: driver, external: true }));
        },
      },
    ],
  });
  return outfile;
}
