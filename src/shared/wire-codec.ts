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

export function encodeWire(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v instanceof Uint8Array ? { [BYTES_KEY]: toBase64(v) } : v,
  );
}

export function decodeWire(text: string): unknown {
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
