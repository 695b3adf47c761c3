export interface AppInfo {
  /** Things the user must be told once at start (a damaged database set aside, ...). */
  notices: string[];
  dataDir: string;
  mode: 'desktop' | 'browser';
}
