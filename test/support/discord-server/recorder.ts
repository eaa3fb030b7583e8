// An append-only log that tests can query after the fact or wait on ahead of time. Waiting
// scans the past first, so a test never races the bot: whether the request or event happened
// before or after the call, the same promise resolves.

export type Predicate<T> = (item: T) => boolean;

interface Waiter<T> {
  predicate: Predicate<T>;
  resolve: (item: T) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

export class Recorder<T> {
  readonly #items: T[] = [];
  readonly #waiters = new Set<Waiter<T>>();
  readonly #describe: (item: T) => string;

  constructor(describe: (item: T) => string) {
    this.#describe = describe;
  }

  get items(): readonly T[] {
    return this.#items;
  }

  add(item: T): void {
    this.#items.push(item);
    for (const waiter of [...this.#waiters]) {
      if (!waiter.predicate(item)) continue;
      this.#settle(waiter);
      waiter.resolve(item);
    }
  }

  /** The first item, past or future, that matches; rejects after `timeoutMs` with what was seen. */
  waitFor(predicate: Predicate<T>, timeoutMs: number, what: string): Promise<T> {
    const seen = this.#items.find(predicate);
    if (seen !== undefined) return Promise.resolve(seen);
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter<T> = {
        predicate,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.#settle(waiter);
          reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; saw:\n${this.#summary()}`));
        }, timeoutMs),
      };
      this.#waiters.add(waiter);
    });
  }

  /** Rejects every pending wait, so that stopping the server leaves no timer behind. */
  cancelWaits(reason: string): void {
    for (const waiter of [...this.#waiters]) {
      this.#settle(waiter);
      waiter.reject(new Error(reason));
    }
  }

  #settle(waiter: Waiter<T>): void {
    clearTimeout(waiter.timer);
    this.#waiters.delete(waiter);
  }

  #summary(): string {
    const recent = this.#items.slice(-15).map((item) => `  ${this.#describe(item)}`);
    return recent.length > 0 ? recent.join("\n") : "  (nothing)";
  }
}
