/**
 * JSON for the browser bridge, which (unlike Electron's structured clone) cannot carry bytes: a
 * Uint8Array travels as {"$bytes": "<base64>"}. Used by both ends of the HTTP transport only.
 */
const BYTES_KEY = '$bytes';

// Both ends (Node 20 and the browser) have these globals; declared here so the DOM-free configs see them.
declare function btoa(data: string): string;
declare function atob(data: string): string;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * True when a Uint8Array is anywhere in the value. A replacer or reviver is called for every key and
 * made a 2 MB posting's JSON several times slower on the page's thread, so the plain JSON calls are
 * used whenever there are no bytes to carry (almost always). The walk skips strings, whatever their size.
 */
function hasBytes(value: unknown): boolean {
  if (value instanceof Uint8Array) return true;
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some(hasBytes);
  return Object.values(value).some(hasBytes);
}

export function encodeWire(value: unknown): string {
  if (!hasBytes(value)) return JSON.stringify(value);
  return JSON.stringify(value, (_key, v: unknown) =>
    v instanceof Uint8Array ? { [BYTES_KEY]: toBase64(v) } : v,
  );
}

export function decodeWire(text: string): unknown {
  // Only encodeWire's own key needs the reviver; text without it parses the same either way.
  if (!text.includes(`"${BYTES_KEY}"`)) return JSON.parse(text);
  return JSON.parse(text, (_key, v: unknown) => {
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      const record = v as Record<string, unknown>;
      const encoded = record[BYTES_KEY];
      if (typeof encoded === 'string' && Object.keys(record).length === 1) return fromBase64(encoded);
    }
    return v;
  });
}

/** Header the browser bridge sends with every call; the server refuses API calls without it. */
export const BRIDGE_HEADER = 'x-resume-tailor';
