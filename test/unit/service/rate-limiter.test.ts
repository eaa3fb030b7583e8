import { describe, expect, it } from "vitest";
import { MemoryRateLimiter } from "../../../src/service/memory-rate-limiter.js";
import { COSTS, questionBudget } from "../../../src/service/rate-limiter.js";

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe("MemoryRateLimiter", () => {
  it("allows `limit` questions at once, refuses the next, and says when one unit is back", () => {
    const c = clock();
    const rl = new MemoryRateLimiter({ limit: questionBudget(5), windowMs: 10_000, now: c.now });
    for (let i = 0; i < 5; i++) expect(rl.take("u", COSTS.question).ok).toBe(true);
    // One question's worth comes back every 2 s.
    expect(rl.take("u", COSTS.question)).toEqual({ ok: false, retryAfterMs: 2000, firstRefusal: true });
    expect(rl.take("u", COSTS.question)).toMatchObject({ ok: false, firstRefusal: false });
    c.advance(2000);
    expect(rl.take("u", COSTS.question).ok).toBe(true);
    expect(rl.take("u", COSTS.question)).toMatchObject({ ok: false, firstRefusal: true });
  });

  it("charges light requests less, but not nothing", () => {
    const rl = new MemoryRateLimiter({ limit: questionBudget(2), windowMs: 10_000, now: clock().now });
    for (let i = 0; i < 8; i++) expect(rl.take("u", COSTS.light).ok).toBe(true);
    expect(rl.take("u", COSTS.light).ok).toBe(false);
    expect(rl.take("u", COSTS.question).ok).toBe(false);
  });

  it("counts each user separately", () => {
    const rl = new MemoryRateLimiter({ limit: 1, windowMs: 10_000 });
    expect(rl.take("a", 1).ok).toBe(true);
    expect(rl.take("b", 1).ok).toBe(true);
    expect(rl.take("a", 1).ok).toBe(false);
  });

  it("is off with a limit of 0", () => {
    const rl = new MemoryRateLimiter({ limit: 0, windowMs: 10_000 });
    for (let i = 0; i < 100; i++) expect(rl.take("u", 1).ok).toBe(true);
    expect(rl.size).toBe(0);
  });

  it("forgets users whose budget is full again", () => {
    const c = clock();
    const rl = new MemoryRateLimiter({ limit: 5, windowMs: 10_000, now: c.now });
    for (let i = 0; i < 1000; i++) rl.take(`user-${i}`, 1);
    expect(rl.size).toBe(1000);
    c.advance(10_001);
    rl.take("late", 1);
    expect(rl.size).toBe(1);
  });

  it("keeps a limited user limited until their window ends, whatever 10,000 others do, in bounded memory", () => {
    const c = clock();
    const rl = new MemoryRateLimiter({ limit: 2, windowMs: 60_000, maxKeys: 100, now: c.now });
    rl.take("hurried", 1);
    rl.take("hurried", 1);
    expect(rl.take("hurried", 1).ok).toBe(false);
    for (let i = 0; i < 10_000; i++) {
      rl.take(`other-${i}`, 1);
      c.advance(1);
    }
    expect(rl.size).toBeLessThanOrEqual(100);
    // 10 s have passed: a fifth of a unit is back, not a whole one.
    expect(rl.take("hurried", 1).ok).toBe(false);
    c.advance(20_000);
    expect(rl.take("hurried", 1).ok).toBe(true);
  });

  it("refuses newcomers, rather than forgetting anyone, when every remembered user is limited", () => {
    const c = clock();
    const rl = new MemoryRateLimiter({ limit: 1, windowMs: 60_000, maxKeys: 10, now: c.now });
    for (let i = 0; i < 10; i++) {
      rl.take(`u${i}`, 1);
      expect(rl.take(`u${i}`, 1).ok).toBe(false);
    }
    expect(rl.take("newcomer", 1).ok).toBe(false);
    for (let i = 0; i < 10; i++) expect(rl.take(`u${i}`, 1).ok).toBe(false);
    c.advance(60_000);
    expect(rl.take("newcomer", 1).ok).toBe(true);
  });
});
