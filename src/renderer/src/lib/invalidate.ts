import type { QueryClient } from '@tanstack/react-query';
import { keys } from './query-keys';
import { announceResumeChange } from './resume-broadcast';

/**
 * What depends on what main holds, written once: each change marks every read it affects as out of
 * date. Only reads on screen are fetched again at once; a hidden tab's are read when it is shown.
 */

/**
 * The master résumé changed: every job's tailoring, PDF and score, the skills it does not show,
 * whether it is still the demo, and what an import under review would change.
 */
export function invalidateResumeReaders(client: QueryClient): void {
  void client.invalidateQueries({ queryKey: keys.firstRun });
  void client.invalidateQueries({ queryKey: keys.tailorings });
  void client.invalidateQueries({ queryKey: keys.allPreviews });
  void client.invalidateQueries({ queryKey: keys.skillGaps });
  void client.invalidateQueries({ queryKey: keys.jobSearches });
  void client.invalidateQueries({ queryKey: keys.importPreviews });
}

/** This window wrote the master résumé: its readers here, and every other window's copy of it. */
export function afterResumeWrite(client: QueryClient): void {
  invalidateResumeReaders(client);
  announceResumeChange();
}

/** Another window wrote the master résumé: read it again, with everything that depends on it. */
export function afterResumeWriteElsewhere(client: QueryClient): void {
  void client.invalidateQueries({ queryKey: keys.resume });
  invalidateResumeReaders(client);
}

/** The user's dictionary changed: every posting's analysis, and everything the résumé change affects. */
export function invalidateDictionaryReaders(client: QueryClient): void {
  void client.invalidateQueries({ queryKey: keys.jobs });
  invalidateResumeReaders(client);
}

/** One job's tailoring changed: its score in the library lists. */
export function invalidateTailoringReaders(client: QueryClient): void {
  void client.invalidateQueries({ queryKey: keys.jobSearches });
}
