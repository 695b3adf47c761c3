// Size limits shared by the IPC contract, the renderer and the CLI. A module of their own, free of zod:
// the CLI's commands read these limits without loading the contract's schemas.

/** A posting may be a whole saved web page; 6 MB covers the largest real ones with room to spare. */
export const MAX_POSTING_CHARS = 6_000_000;
/** A JSON Resume file is a few KB; 5 MB is generous and still bounded. */
export const MAX_IMPORT_CHARS = 5_000_000;
/** A résumé file of any type (PDF, Word, a LinkedIn archive): larger is not a résumé. */
export const MAX_RESUME_FILE_BYTES = 20 * 1024 * 1024;
/** A search box query; 500 characters is about 60 words. */
export const MAX_SEARCH_CHARS = 500;

/** A posting opened from a file (a saved page, a PDF printed from the browser, a .docx): bytes, not text. */
export const MAX_POSTING_FILE_BYTES = 20 * 1024 * 1024;
