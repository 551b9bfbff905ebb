/**
 * Messages as they come, taken one at a time (one `next` waiting at most):
 * `next` gives the oldest not yet taken, or waits for the next to come. After `fail`, the messages
 * already come are still given, then every `next` rejects with that error.
 * Both ends of a build worker read each other's messages through one.
 */
export class MessageInbox<T> {
  private readonly queue: T[] = [];
  private waiting: { resolve: (m: T) => void; reject: (e: Error) => void } | null = null;
  private failure: Error | null = null;

  /** A message come. */
  put(message: T): void {
    if (this.waiting) {
      this.waiting.resolve(message);
      this.waiting = null;
    } else this.queue.push(message);
  }

  /** No more messages will come: why (the first reason given is kept). */
  fail(e: Error): void {
    this.failure ??= e;
    this.waiting?.reject(this.failure);
    this.waiting = null;
  }

  next(): Promise<T> {
    if (this.queue.length) return Promise.resolve(this.queue.shift()!);
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<T>((resolve, reject) => (this.waiting = { resolve, reject }));
  }
}
