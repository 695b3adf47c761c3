import { execFileSync } from 'node:child_process';

// Integration tests run the CLI and serve the renderer from their bundles: build them when stale.
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build-node.mjs', '--if-stale'], { stdio: 'inherit' });
}
