import { ApiError } from './api';

/**
 * The sentence to show a person for anything thrown. Import errors carry the JSON path of the bad field
 * in details; it is added when the message does not already name it, so the user knows where to look.
 */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    const path = fieldPath(error.details);
    return path && !error.message.includes(path) ? `${error.message} (at ${path})` : error.message;
  }
  if (error instanceof Error) return error.message;
  return String(error);
}

function fieldPath(details: Record<string, unknown> | undefined): string | null {
  if (!details) return null;
  const raw = details['path'] ?? details['field'];
  if (typeof raw === 'string' && raw.length > 0) return raw;
  if (Array.isArray(raw) && raw.length > 0) {
    return raw.reduce<string>((acc, part) => {
      if (typeof part === 'number') return `${acc}[${part}]`;
      return acc ? `${acc}.${String(part)}` : String(part);
    }, '');
  }
  return null;
}
