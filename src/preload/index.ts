import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, ipcChannel } from '../shared/channels';
import type { Api } from '../shared/contract';

// Named functions only, one per contract channel: the renderer never sees ipcRenderer or a generic
// invoke(channel). Inputs are checked again in main; the preload trusts nothing and adds nothing.
const api = Object.fromEntries(
  CHANNELS.map((channel) => [channel, (input?: unknown) => ipcRenderer.invoke(ipcChannel(channel), input)]),
) as unknown as Api;

contextBridge.exposeInMainWorld('api', api);
