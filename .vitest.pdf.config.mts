import { defineConfig } from 'vitest/config';
export default defineConfig({ test: { include: ['tests/**/*.test.ts'], environment: 'node', pool: 'forks', maxWorkers: 2, testTimeout: 30_000 } });
