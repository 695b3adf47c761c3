import HtmlTextWorker from './html-text.worker?worker';

/**
 * The text of a pasted web page, from a worker (html-text.worker.ts): one worker per paste, ended when
 * it answers, so a paste of a large page never holds up the window and nothing stays running.
 */
export function htmlToTextOffThread(html: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new HtmlTextWorker();
    worker.onmessage = (event: MessageEvent<string>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`Could not read the pasted page: ${event.message}`));
    };
    worker.postMessage(html);
  });
}
