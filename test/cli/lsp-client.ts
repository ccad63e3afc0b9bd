// A minimal LSP client over a child's stdio (Content-Length framing), as an editor speaks to `govlint lsp`.
import type { ChildProcessWithoutNullStreams } from 'node:child_process';

export interface Message {
  id?: number;
  method?: string;
  params?: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON-RPC payloads in a test
  result?: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  error?: { message: string };
}

/** A minimal LSP client: frames messages, matches responses to requests, queues notifications. */
export class Client {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private pending = new Map<number, (m: Message) => void>();
  private waiters: { match: (m: Message) => boolean; resolve: (m: Message) => void }[] = [];
  readonly notifications: Message[] = [];

  constructor(private readonly child: ChildProcessWithoutNullStreams) {
    child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(JSON.parse(body) as Message);
    }
  }

  private dispatch(m: Message): void {
    if (m.id !== undefined && !m.method) {
      this.pending.get(m.id)?.(m);
      this.pending.delete(m.id);
      return;
    }
    if (m.id !== undefined && m.method) {
      // Server → client requests (workDoneProgress/create, configuration…): answer with null.
      this.send({ id: m.id, result: null });
      return;
    }
    const waiter = this.waiters.find((w) => w.match(m));
    if (waiter) {
      this.waiters.splice(this.waiters.indexOf(waiter), 1);
      waiter.resolve(m);
    } else this.notifications.push(m);
  }

  private send(m: Message): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...m }), 'utf8');
    this.child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  request(method: string, params: unknown): Promise<Message> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.send({ id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  /** The next notification matching `match` (already received or still to come). */
  next(match: (m: Message) => boolean, timeoutMs = 30_000): Promise<Message> {
    const queued = this.notifications.findIndex(match);
    if (queued >= 0) return Promise.resolve(this.notifications.splice(queued, 1)[0]);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('timed out waiting for a notification')), timeoutMs);
      this.waiters.push({ match, resolve: (m) => (clearTimeout(timer), resolve(m)) });
    });
  }
}
