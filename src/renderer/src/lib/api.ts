import type { AppErrorData } from '../../../core/errors/app-error';
import {
  channels,
  type Api,
  type Channel,
  type Envelope,
  type Call,
  type OutputOf,
} from '../../../shared/contract';
import { createHttpApi } from './http-bridge';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in browser mode. */
    readonly api?: Api;
  }
}

/** A failed call, carrying the one error shape (code, message a person can act on, details). */
export class ApiError extends Error implements AppErrorData {
  readonly code: AppErrorData['code'];
  readonly details?: Record<string, unknown>;
  constructor(data: AppErrorData) {
    super(data.message);
    this.name = 'ApiError';
    this.code = data.code;
    if (data.details !== undefined) this.details = data.details;
  }
}

export type ClientApi = { [C in Channel]: Call<C, Promise<OutputOf<C>>> };

const transport: Api = window.api ?? createHttpApi();

function unwrap<T>(envelope: Envelope<T>): T {
  if (envelope.ok) return envelope.value;
  throw new ApiError(envelope.error);
}

/** The only caller of window.api: every renderer feature talks to main through this object. */
export const api = Object.fromEntries(
  channels.map((channel) => {
    const fn = transport[channel] as (input?: unknown) => Promise<Envelope<unknown>>;
    return [channel, async (input?: unknown) => unwrap(await fn(input))];
  }),
) as unknown as ClientApi;
