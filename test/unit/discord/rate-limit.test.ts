import { describe, expect, it } from "vitest";
import { RateLimiter } from "../../../src/discord/rate-limit.js";

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe("RateLimiter", () => {
  it("allows `limit` actions in a window and refuses the next, saying when the oldest expires", () => {
    const c = clock();
    const rl = new RateLimiter({ limit: 5, windowMs: 10_000, now: c.now });
    for (let i = 0; i < 5; i++) {
      expect(rl.take("u").ok).toBe(true);
      c.advance(1000);
    }
    // The first action was at t=0, now is t=5000: it leaves the window in 5 s.
    expect(rl.take("u")).toEqual({ ok: false, retryAfterMs: 5000, firstRefusal: true });
    expect(rl.take("u")).toMatchObject({ ok: false, firstRefusal: false });
  });

  it("slides: once the oldest action leaves the window, one more is allowed", () => {
    const c = clock();
    const rl = new RateLimiter({ limit: 2, windowMs: 10_000, now: c.now });
    rl.take("u");
    c.advance(6000);
    rl.take("u");
    expect(rl.take("u").ok).toBe(false);
    c.advance(4000); // the first is exactly 10 s old
    expect(rl.take("u").ok).toBe(true);
    expect(rl.take("u").ok).toBe(false);
  });

  it("counts each user separately", () => {
    const rl = new RateLimiter({ limit: 1, windowMs: 10_000 });
    expect(rl.take("a").ok).toBe(true);
    expect(rl.take("b").ok).toBe(true);
    expect(rl.take("a").ok).toBe(false);
  });

  it("is off with a limit of 0", () => {
    const rl = new RateLimiter({ limit: 0, windowMs: 10_000 });
    for (let i = 0; i < 100; i++) expect(rl.take("u").ok).toBe(true);
    expect(rl.size).toBe(0);
  });

  it("forgets users idle for a whole window", () => {
    const c = clock();
    const rl = new RateLimiter({ limit: 5, windowMs: 10_000, now: c.now });
    for (let i = 0; i < 1000; i++) rl.take(`user-${i}`);
    expect(rl.size).toBe(1000);
    c.advance(10_001);
    rl.take("late");
    expect(rl.size).toBe(1);
  });

  it("never remembers more than maxKeys users, dropping the least recently seen", () => {
    const rl = new RateLimiter({ limit: 1, windowMs: 60_000, maxKeys: 100 });
    rl.take("first");
    for (let i = 0; i < 500; i++) rl.take(`user-${i}`);
    expect(rl.size).toBe(100);
    // "first" was evicted, so it starts afresh.
    expect(rl.take("first").ok).toBe(true);
  });
});
