import { z } from 'zod';
import { toAppErrorData } from '../../core/errors/app-error';
import { contract, type Channel, type Envelope, type Handlers } from '../../shared/contract';

/**
 * The transport-free heart of every IPC call, shared by Electron's ipcMain and the browser bridge:
 * the channel must be one the contract declares, the input must pass its schema, and whatever the
 * handler throws comes back as the one error shape. Main never crashes on a bad request.
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
  const parsed = contract[name].input.safeParse(raw);
  if (!parsed.success) {
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
    return { ok: false, error: toAppErrorData(error) };
  }
}
