import type { BotProcess } from "../../test/e2e/support/bot-process.js";
import { MEMORY_LINE } from "./gc-hook.mjs";

/** Node options that load the hook into the bot process. */
export const GC_HOOK_ARGS = ["--expose-gc", "--import", new URL("./gc-hook.mjs", import.meta.url).href];

export interface BotMemory {
  /** Whether a full collection ran first. */
  collected: boolean;
  rssBytes: number;
  heapUsedBytes: number;
  /** RSS and heap before that collection. */
  rawRssBytes: number;
  rawHeapUsedBytes: number;
}

/** Turns stderr lines of the bot process into answers to `measure()`. */
export class MemoryProbe {
  #waiting: ((memory: BotMemory) => void) | undefined;

  /** Pass to `spawnBotProcess` as `onStderr`. */
  readonly onStderr = (line: string): void => {
    if (!line.startsWith(MEMORY_LINE) || !this.#waiting) return;
    const { collected, before, after } = JSON.parse(line.slice(MEMORY_LINE.length)) as {
      collected: boolean;
      before: NodeJS.MemoryUsage;
      after: NodeJS.MemoryUsage;
    };
    const resolve = this.#waiting;
    this.#waiting = undefined;
    resolve({
      collected,
      rssBytes: after.rss,
      heapUsedBytes: after.heapUsed,
      rawRssBytes: before.rss,
      rawHeapUsedBytes: before.heapUsed,
    });
  };

  /** Asks the bot process for a full collection and its memory afterwards. */
  async measure(bot: BotProcess, timeoutMs = 5000): Promise<BotMemory> {
    if (this.#waiting) throw new Error("one memory measurement at a time");
    const answer = new Promise<BotMemory>((resolve) => {
      this.#waiting = resolve;
    });
    bot.child.kill("SIGUSR2");
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error("the bot process did not report its memory")), timeoutMs);
    });
    try {
      return await Promise.race([answer, timeout]);
    } finally {
      clearTimeout(timer);
      this.#waiting = undefined;
    }
  }
}
