/** The demo résumé while it is still the one the first run put in. */
export interface DemoResume {
  name: string;
  sections: number;
  bullets: number;
}

/** The demo posting the first run saved, while it still exists. */
export interface DemoJob {
  id: number;
  title: string;
  company: string;
}

/** What the welcome and the demo labels need to know. */
export interface FirstRun {
  /** True until the user has seen the welcome once (chosen a way in, or gone to a tab). */
  welcomeDue: boolean;
  demo: { resume: DemoResume | null; job: DemoJob | null };
}
