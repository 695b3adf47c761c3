import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readStaticFile } from '../../../src/main/adapters/static-files';
import { tempDirFor } from '../backend-fixture';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

describe('the renderer files server', () => {
  it.skipIf(process.platform === 'win32')(
    'serves the build’s own files and no symbolic link, wherever it points',
    async () => {
      const dir = tempDirFor('rt-static-', cleanups);
      const root = join(dir, 'renderer');
      const outside = join(dir, 'private');
      mkdirSync(join(root, 'assets'), { recursive: true });
      mkdirSync(outside);
      writeFileSync(join(root, 'index.html'), '<!doctype html>');
      writeFileSync(join(root, 'assets', 'app.js'), 'export {};');
      writeFileSync(join(outside, 'secret.txt'), 'the user’s data');
      symlinkSync(join(outside, 'secret.txt'), join(root, 'leak.txt'));
      symlinkSync(outside, join(root, 'linked-folder'));
      symlinkSync(join(root, 'index.html'), join(root, 'alias.html'));

      expect((await readStaticFile(root, '/'))?.body.toString()).toBe('<!doctype html>');
      expect((await readStaticFile(root, '/assets/app.js'))?.type).toMatch(/javascript/);
      expect(await readStaticFile(root, '/leak.txt')).toBeNull();
      expect(await readStaticFile(root, '/linked-folder/secret.txt')).toBeNull();
      expect(await readStaticFile(root, '/alias.html')).toBeNull();
      expect(await readStaticFile(root, '/assets')).toBeNull();
      expect(await readStaticFile(root, '/../private/secret.txt')).toBeNull();
    },
  );
});
