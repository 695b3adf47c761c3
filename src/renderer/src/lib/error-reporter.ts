import { createContext, useContext } from 'react';

/**
 * Errors that have no better place (loading, toggling, deleting) go to the shell's alert area.
 * Errors that belong to a field or form are shown next to it instead, so each is shown once.
 */
export type ReportError = (error: unknown) => void;

export const ErrorReporterContext = createContext<ReportError>((error) => {
  console.error(error);
});

export const useReportError = (): ReportError => useContext(ErrorReporterContext);
