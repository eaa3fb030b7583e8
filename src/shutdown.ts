import type { Logger } from "./log.js";

/**
 * Something to close when the process stops: the gateway, the replies still being sent, a queue to
 * flush, a server. `signal` aborts when the shutdown's deadline has passed, for a closer that can give
 * up early; the shutdown stops waiting for it then either way.
 */
export type Closer = (signal: AbortSignal) => Promise<void> | void;

export interface ShutdownOptions {
  logger: Logger;
  /** The longest the whole shutdown may take, so a service manager never has to kill the process. */
  deadlineMs?: number;
  /** How the process ends; tests pass their own. */
  exit?: (code: number) => void;
}

/** A second signal of the same kind this soon after the first is the same request delivered twice. */
const REPEAT_WINDOW_MS = 300;

/** Within Docker's and systemd's patience before SIGKILL (10 s and 90 s), and the 5 s we promise. */
export const SHUTDOWN_DEADLINE_MS = 4500;

/**
 * The one place the process stops. Parts register closers as they start; on SIGTERM or SIGINT they
 * run in reverse order of registration (what started last stops first), each awaited in turn within
 * one deadline, and the process exits 0 when all finished or 1 when one failed or ran out of time.
 * A second signal exits at once. Ctrl+C under `npm start` reaches the bot twice at the same moment
 * (from the terminal and forwarded by npm): that counts as one.
 */
export class Shutdown {
  readonly #logger: Logger;
  readonly #deadlineMs: number;
  readonly #exit: (code: number) => void;
  readonly #closers: { name: string; close: Closer }[] = [];
  #running: Promise<boolean> | undefined;
  #firstSignalAt = 0;
  #firstSignal: string | undefined;

  constructor(options: ShutdownOptions) {
    this.#logger = options.logger;
    this.#deadlineMs = options.deadlineMs ?? SHUTDOWN_DEADLINE_MS;
    this.#exit = options.exit ?? ((code) => process.exit(code));
  }

  /** Registers a closer; returns a function that removes it again (for a part that closed itself). */
  add(name: string, close: Closer): () => void {
    const entry = { name, close };
    this.#closers.push(entry);
    return () => {
      const index = this.#closers.indexOf(entry);
      if (index !== -1) this.#closers.splice(index, 1);
    };
  }

  get stopping(): boolean {
    return this.#running !== undefined;
  }

  /**
   * Runs every closer once, newest first, within the deadline; later calls get the same promise.
   * Resolves true when every closer finished without error in time.
   */
  run(reason: string): Promise<boolean> {
    this.#running ??= this.#closeAll(reason);
    return this.#running;
  }

  async #closeAll(reason: string): Promise<boolean> {
    const started = Date.now();
    this.#logger.info({ reason, deadlineMs: this.#deadlineMs }, "shutting down");
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), this.#deadlineMs);
    timer.unref();
    const timedOut = new Promise<"timeout">((resolve) =>
      deadline.signal.addEventListener("abort", () => resolve("timeout"), { once: true }),
    );
    let clean = true;
    for (const { name, close } of [...this.#closers].reverse()) {
      if (deadline.signal.aborted) {
        this.#logger.warn({ closer: name }, "shutdown deadline passed: not closed");
        clean = false;
        continue;
      }
      try {
        const result = await Promise.race([Promise.resolve().then(() => close(deadline.signal)), timedOut]);
        if (result === "timeout") {
          this.#logger.warn(
            { closer: name, deadlineMs: this.#deadlineMs },
            "shutdown deadline passed while closing",
          );
          clean = false;
        }
      } catch (error) {
        this.#logger.error({ err: error, closer: name }, "closing failed");
        clean = false;
      }
    }
    clearTimeout(timer);
    this.#logger.info({ ms: Date.now() - started, clean }, "shut down");
    return clean;
  }

  /** Runs the shutdown, flushes the logs and exits. */
  async stop(reason: string): Promise<void> {
    const clean = await this.run(reason);
    await flushLogs(this.#logger);
    this.#exit(clean ? 0 : 1);
  }

  /** Handles SIGTERM and SIGINT for the rest of the process's life. */
  listen(target: NodeJS.Process = process): void {
    const onSignal = (signal: NodeJS.Signals) => {
      const now = Date.now();
      if (this.#firstSignal === undefined) {
        this.#firstSignal = signal;
        this.#firstSignalAt = now;
        void this.stop(signal);
        return;
      }
      if (signal === this.#firstSignal && now - this.#firstSignalAt < REPEAT_WINDOW_MS) return;
      this.#logger.warn({ signal }, "second signal: exiting at once");
      this.#logger.flush();
      this.#exit(signal === "SIGINT" ? 130 : 143);
    };
    target.on("SIGTERM", onSignal);
    target.on("SIGINT", onSignal);
  }
}

/** Waits until every log line written so far has reached its destination. */
function flushLogs(logger: Logger): Promise<void> {
  return new Promise((resolve) => {
    try {
      logger.flush(() => resolve());
    } catch {
      resolve();
    }
    setTimeout(resolve, 500).unref();
  });
}
