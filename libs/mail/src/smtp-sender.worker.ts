// The SMTP hand-over, in a worker thread of its own: building the MIME message, encoding it and
// streaming it over the pooled connections costs CPU the API's requests should not wait behind.
// The thread asks the kernel for a lower priority (Linux: a niceness per thread), so on a busy
// machine the requests go first and the e-mails take what is left.
//
// Plain, erasable TypeScript with no import of the project's code: Node.js runs this file as it
// is under the tests (type stripping) and compiled in dist.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import nodemailer, { type Mail, type TransportConfig } from 'nodemailer';

/** What the API thread sends: one e-mail to hand over, the abandonment of one, or the end. */
export type SenderRequest = { id: number; mail: Mail.Options } | { abort: number } | { close: true };
/** What this thread answers, once per e-mail. */
export type SenderReply = { id: number; ok: true } | { id: number; ok: false; message: string };

export interface SenderData {
  options: TransportConfig;
  /** Niceness of this thread (0 to 19); the API's threads keep theirs. */
  niceness: number;
}

const port = parentPort;
if (port) {
  const { options, niceness } = workerData as SenderData;
  try {
    // /proc/thread-self -> "<pid>/task/<tid>": setpriority on a thread id changes only that thread.
    setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), niceness);
  } catch {
    // Not Linux, or not allowed: the thread keeps the process's priority.
  }
  const transporter = nodemailer.createTransport(options);
  const running = new Map<number, AbortController>();
  let closing = false;
  // Closing: the hand-overs under way finish and answer, then the pool says QUIT and the thread ends.
  const closeWhenIdle = (): void => {
    if (!closing || running.size) return;
    transporter.close();
    port.close();
  };
  port.on('message', (request: SenderRequest) => {
    if ('close' in request) {
      closing = true;
      closeWhenIdle();
      return;
    }
    if ('abort' in request) {
      running.get(request.abort)?.abort(new Error('consegna abbandonata: tempo scaduto'));
      return;
    }
    const controller = new AbortController();
    running.set(request.id, controller);
    transporter
      .sendMail({ ...request.mail, signal: controller.signal })
      .then(
        () => port.postMessage({ id: request.id, ok: true } satisfies SenderReply),
        (err: unknown) => port.postMessage({ id: request.id, ok: false, message: String((err as Error)?.message ?? err) } satisfies SenderReply),
      )
      .finally(() => {
        running.delete(request.id);
        closeWhenIdle();
      });
  });
}
