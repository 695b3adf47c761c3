/**
 * Where an export goes is always decided in main (a native dialog) or by the CLI's argument, never by
 * the renderer. The desktop app and the browser bridge each provide one of these.
 */
export interface SaveDialog {
  /** The absolute path chosen for the file, or null when the user canceled. */
  chooseSavePath(suggestedName: string): Promise<string | null>;
}
