import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/core/errors/app-error';
import { extractPdfText } from '../../../src/main/adapters/pdf-text';

describe('extractPdfText', () => {
  it('refuses bytes that are not a PDF with a typed error', async () => {
    const error = await extractPdfText(new TextEncoder().encode('not a pdf at all')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('invalid-input');
  });

  it('leaves the caller’s bytes usable', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.7 truncated');
    await extractPdfText(bytes).catch(() => undefined);
    expect(bytes.byteLength).toBeGreaterThan(0);
  });
});
