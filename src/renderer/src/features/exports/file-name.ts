/** The last part of a path from main, on either separator (exports may have been made on Windows). */
export const fileName = (path: string): string => path.split(/[\\/]/).pop() || path;
