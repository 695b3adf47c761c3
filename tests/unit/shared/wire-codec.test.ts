import { describe, expect, it } from 'vitest';
import { decodeWire, encodeWire } from '../../../src/shared/wire-codec';

describe('wire codec', () => {
  it('carries bytes, nested anywhere, and plain values alike', () => {
    const value = { ok: true, value: { name: 'a.pdf', files: [{ bytes: new Uint8Array([0, 1, 255]) }] } };
    expect(decodeWire(encodeWire(value))).toEqual(value);
    const plain = { ok: true, value: { text: 'x'.repeat(100_000), list: [1, null, 'two'] } };
    expect(encodeWire(plain)).toBe(JSON.stringify(plain));
    expect(decodeWire(encodeWire(plain))).toEqual(plain);
  });

  it('leaves a posting that spells the bytes key as text', () => {
    const value = {
      text: 'Our API returns {"$bytes": "AAE="} for files',
      nested: { $bytes: 'AAE=', other: 1 },
    };
    expect(decodeWire(encodeWire(value))).toEqual(value);
  });
});
