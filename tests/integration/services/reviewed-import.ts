import type { Handlers } from '../../../src/shared/contract';

/**
 * A file's text through the reviewed import as the review screen sends it when the user changes nothing:
 * read, work out the replacement, then apply it with the removals the summary named.
 */
export async function previewReplacement(handlers: Handlers, text: string) {
  const { draft } = await handlers.recogniseResumeText({ text });
  return { draft, view: await handlers.previewResumeImport({ draft, mode: 'replace' }) };
}

export async function importReplacing(handlers: Handlers, text: string) {
  const { draft, view } = await previewReplacement(handlers, text);
  return handlers.applyResumeImport({ draft, mode: 'replace', removals: view.removals });
}
