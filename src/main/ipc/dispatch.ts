import { z } from 'zod';
import { toAppErrorData, type AppErrorData } from '../../core/errors/app-error';
import { contract, type Channel, type Envelope, type Handlers } from '../../shared/contract';
import { wellFormedInput } from './well-formed-input';
import { fromSystemError } from '../system-errors';

/**
 * The transport-free heart of every IPC call, shared by Electron's ipcMain and the browser bridge:
 * the channel must be one the contract declares, the input (its strings made well formed) must pass its
 * schema, and whatever the handler throws comes back as the one error shape. Main never crashes on a bad
 * request.
 */
export async function dispatch(
  handlers: Handlers,
  channel: string,
  raw: unknown,
): Promise<Envelope<unknown>> {
  if (!Object.hasOwn(contract, channel)) {
    return {
      ok: false,
      error: { code: 'invalid-input', message: `Unknown request "${channel.slice(0, 80)}".` },
    };
  }
  const name = channel as Channel;
  const parsed = contract[name].input.safeParse(wellFormedInput(raw));
  if (!parsed.success) {
    const tooBig = parsed.error.issues.find((issue) => issue.code === 'too_big');
    if (tooBig !== undefined) return { ok: false, error: tooLarge(name, tooBig) };
    return {
      ok: false,
      error: {
        code: 'invalid-input',
        message: `The request "${name}" was refused: ${z.prettifyError(parsed.error).slice(0, 500)}`,
        details: {
          issues: parsed.error.issues
            .slice(0, 20)
            .map((i) => ({ path: i.path.map(String), message: i.message })),
        },
      },
    };
  }
  try {
    const handler = handlers[name] as (input: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    return { ok: false, error: toAppErrorData(fromSystemError(error)) };
  }
}

/**
 * Text or a list longer than its schema allows is "too large", as the browser bridge says of an
 * oversized body: the person can act on it (shorten the text) unlike a malformed request.
 */
function tooLarge(name: Channel, issue: z.core.$ZodIssueTooBig): AppErrorData {
  const field = issue.path.map(String).join('.') || 'input';
  const unit = issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : '';
  const limit =
    typeof issue.maximum === 'number' ? issue.maximum.toLocaleString('en-US') : String(issue.maximum);
  return {
    code: 'too-large',
    message: `The request "${name}" was refused: ${field} is too long (at most ${limit}${unit}).`,
    details: { path: issue.path.map(String), maximum: Number(issue.maximum) },
  };
}
