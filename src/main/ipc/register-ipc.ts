import { ipcMain } from 'electron';
import { channels, type Handlers } from '../../shared/contract';
import { ipcChannel } from '../../shared/channels';
import { isTrustedSender } from '../app-origin';
import { dispatch } from './dispatch';

/**
 * The one place that calls ipcMain. Every channel of the contract gets a handler that first checks who
 * is asking: only the top frame of our own window, loaded from our own origin, may call main.
 */
export function registerIpc(handlers: Handlers, origin: string): () => void {
  for (const channel of channels) {
    ipcMain.handle(ipcChannel(channel), (event, raw: unknown) => {
      if (!isTrustedSender(event.senderFrame, origin)) {
        return {
          ok: false,
          error: { code: 'forbidden', message: 'This request did not come from the app window.' },
        };
      }
      return dispatch(handlers, channel, raw);
    });
  }
  return () => {
    for (const channel of channels) ipcMain.removeHandler(ipcChannel(channel));
  };
}
