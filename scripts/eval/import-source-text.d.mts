/** The text a résumé file holds, read without the importer (see import-source-text.mjs). */
export declare function importSourceText(path: string): string;
