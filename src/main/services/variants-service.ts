import { AppError } from '../../core/errors/app-error';
import type { Handlers } from '../../shared/contract';
import type { Repositories } from '../db/repositories';

export type VariantHandlers = Pick<Handlers, 'addVariant' | 'updateVariant' | 'deleteVariant'>;

/**
 * Other wordings of a master bullet, written by the user. They live on the master résumé and each job
 * picks one (setBulletText); changing a variant changes it for every job that picked it.
 */
export function variantHandlers(repos: Repositories): VariantHandlers {
  const requireText = (text: string) => {
    if (text.trim() === '') {
      throw new AppError(
        'invalid-input',
        'A wording cannot be empty. Write the bullet as you would send it.',
      );
    }
  };
  return {
    addVariant({ bulletId, text }) {
      requireText(text);
      repos.resume.addVariant(bulletId, text);
      return repos.resume.getVersionedResume();
    },
    updateVariant({ id, text }) {
      requireText(text);
      repos.resume.updateVariant(id, text);
      return repos.resume.getVersionedResume();
    },
    deleteVariant({ id }) {
      repos.resume.deleteVariant(id);
      return repos.resume.getVersionedResume();
    },
  };
}
