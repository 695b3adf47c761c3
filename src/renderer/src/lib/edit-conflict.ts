import type { EditConflict } from '../../../shared/domain-types';
import { ApiError } from './api';

/**
 * An edit main refused because another window saved over the text first: what is stored now
 * (`theirs`: a field's text, or a whole record on its way to one) and the version to send to keep mine.
 */
export class EditConflictError<T = string> extends Error {
  constructor(
    readonly theirs: T,
    readonly version: number,
  ) {
    super('Changed in another window.');
    this.name = 'EditConflictError';
  }
}

const KINDS: readonly EditConflict['kind'][] = ['bullet', 'section', 'entry', 'profile'];

/** The details of a 'conflict' reply, or null for any other failure. */
export function editConflictOf(error: unknown): EditConflict | null {
  if (!(error instanceof ApiError) || error.code !== 'conflict' || error.details === undefined) return null;
  const { kind, id, version, stored } = error.details;
  const known =
    typeof kind === 'string' &&
    (KINDS as readonly string[]).includes(kind) &&
    typeof id === 'number' &&
    typeof version === 'number' &&
    stored !== undefined;
  return known ? (error.details as EditConflict) : null;
}

/**
 * Runs an edit of a `kind` row: main's 'conflict' for it comes out as an EditConflictError holding the
 * stored text (a whole record for an entry or the profile), what EditableField shows beside the user's.
 */
export async function guardEdit<R>(kind: EditConflict['kind'], edit: () => Promise<R>): Promise<R> {
  try {
    return await edit();
  } catch (e) {
    const conflict = editConflictOf(e);
    if (conflict?.kind === kind) throw new EditConflictError<unknown>(conflict.stored, conflict.version);
    throw e;
  }
}
