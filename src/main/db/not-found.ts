import { AppError } from '../../core/errors/app-error';

/** The renderer can hold an id that another action has since deleted; say so instead of failing quietly. */
export const notFound = (what: string, id: number): AppError =>
  new AppError('not-found', `That ${what} no longer exists (id ${id}). Reload and try again.`, { what, id });
