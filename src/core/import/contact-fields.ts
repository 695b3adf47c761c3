/**
 * Contact details on a résumé's first lines. Each pattern is anchored on a field the line was split
 * into (by "|", "·", "•", tabs or wide gaps), never scanned with backtracking over the whole line.
 */
const EMAIL =
  /^(?:e-?mail\s?:\s?|courriel\s?:\s?|correo\s?:\s?)?([^\s@<>()",;]{1,64}@[^\s@<>()",;]{1,255}\.[a-z]{2,24})$/iu;
const PHONE_LABEL =
  /^(?:phone|tel|tél|téléphone|telefon|teléfono|mobile|mobil|handy|cell|móvil)\.?\s?:?\s?/iu;
const PHONE = /^\+?[\d\s().\-/]{7,22}$/u;
const URL =
  /^(?:https?:\/\/)?(?:www\.)?[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,4}\.[a-z]{2,24}(?:\/[^\s]{0,200})?$/iu;

export type ContactKind = 'email' | 'phone' | 'website';

/** Splits a contact line into its fields, keeping each one's text as written. */
export function contactParts(line: string): string[] {
  return line
    .split(/\s[|·•◦▪●]\s|\t| {3,}|\s\|\s?|\s?\|\s/u)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** What a field is, and its value as written (without a "Phone:" label); undefined for anything else. */
export function contactKind(part: string): { kind: ContactKind; value: string } | undefined {
  const email = EMAIL.exec(part);
  if (email !== null) return { kind: 'email', value: email[1] ?? part };
  const phone = part.replace(PHONE_LABEL, '');
  const digits = phone.replace(/\D/g, '').length;
  if (PHONE.test(phone) && digits >= 7 && digits <= 15) return { kind: 'phone', value: phone };
  if (URL.test(part) && !/^\d/.test(part)) return { kind: 'website', value: part };
  return undefined;
}
