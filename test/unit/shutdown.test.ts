import { EventEmitter } from "node:events";
import { describe, expect, it, vi } from "vitest";
import { silentLogger } from "../../src/log.js";
import { Shutdown } from "../../src/shutdown.js";

function setup(deadlineMs = 1000) {
  const exits: number[] = [];
  const shutdown = new Shutdown({ logger: silentLogger(), deadlineMs, exit: (code) => exits.push(code) });
  const target = new EventEmitter();
  shutdown.listen(target as unknown as NodeJS.Process);
  return { shutdown, exits, target };
}

const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

describe("Shutdown", () => {
  it("closes what started last first, each awaited before the next, then exits 0", async () => {
    const { shutdown, exits, target } = setup();
    const order: string[] = [];
    shutdown.add("database", () => {
      order.push("database");
    });
    shutdown.add("gateway", async () => {
      await tick(20);
      order.push("gateway");
    });
    target.emit("SIGTERM", "SIGTERM");
    await vi.waitFor(() => expect(exits).toEqual([0]));
    expect(order).toEqual(["gateway", "database"]);
  });

  it("gives up on a closer at the deadline, aborts its signal, and exits 1", async () => {
    const { shutdown, exits, target } = setup(50);
    let aborted = false;
    shutdown.add("slow", (signal) => {
      signal.addEventListener("abort", () => {
        aborted = true;
      });
      return new Promise(() => {});
    });
    const started = Date.now();
    target.emit("SIGTERM", "SIGTERM");
    await vi.waitFor(() => expect(exits).toEqual([1]));
    expect(aborted).toBe(true);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("runs the other closers when one fails, and exits 1", async () => {
    const { shutdown, exits, target } = setup();
    const closed: string[] = [];
    shutdown.add("queue", () => {
      closed.push("queue");
    });
    shutdown.add("broken", () => {
      throw new Error("boom");
    });
    target.emit("SIGINT", "SIGINT");
    await vi.waitFor(() => expect(exits).toEqual([1]));
    expect(closed).toEqual(["queue"]);
  });

  it("exits at once on a second signal, but not on the same signal repeated within moments", async () => {
    const { shutdown, exits, target } = setup(5000);
    shutdown.add("never", () => new Promise(() => {}));
    target.emit("SIGINT", "SIGINT");
    target.emit("SIGINT", "SIGINT"); // Ctrl+C under npm: from the terminal and forwarded by npm
    await tick(10);
    expect(exits).toEqual([]);
    target.emit("SIGTERM", "SIGTERM");
    expect(exits).toEqual([143]);
  });

  it("runs once however often it is asked, and a removed closer is not run", async () => {
    const { shutdown } = setup();
    const calls: string[] = [];
    shutdown.add("kept", () => {
      calls.push("kept");
    });
    const remove = shutdown.add("removed", () => {
      calls.push("removed");
    });
    remove();
    expect(shutdown.stopping).toBe(false);
    const [a, b] = await Promise.all([shutdown.run("test"), shutdown.run("again")]);
    expect([a, b, shutdown.stopping]).toEqual([true, true, true]);
    expect(calls).toEqual(["kept"]);
  });
});
