/**
 * Types both sides of the IPC boundary need, beside the core's own, gathered from src/shared/types so
 * one import path keeps working.
 */
export * from './types/app';
export * from './types/exports';
export * from './types/first-run';
export * from './types/jobs';
export * from './types/pdf';
export * from './types/resume-import';
export * from './types/resume-versions';
export * from './types/tailoring';
export * from './types/user-skills';
