import { describe, expect, it } from "vitest";
import { DmChannelBound } from "../../../src/discord/caches.js";

/** A stand-in for discord.js's channel cache: every DM channel the bound has seen, until it drops one. */
function channelCache() {
  const cached = new Set<string>();
  return { cached, cache: { delete: (id: string) => cached.delete(id) } };
}

describe("DmChannelBound", () => {
  it("keeps the most recently used DM channels and drops the rest from discord.js's cache", () => {
    const { cached, cache } = channelCache();
    const bound = new DmChannelBound(cache, 3);
    for (let i = 0; i < 10_000; i++) {
      cached.add(`dm-${i}`);
      bound.use(`dm-${i}`)();
      // An old channel in use again is recent again.
      if (i === 5_000) bound.use("dm-0")();
    }
    expect(bound.size).toBe(3);
    expect([...cached].sort()).toEqual(["dm-9997", "dm-9998", "dm-9999"]);
  });

  it("never drops a channel whose event is still being answered, and drops it once it has been", () => {
    const { cached, cache } = channelCache();
    const bound = new DmChannelBound(cache, 2);
    cached.add("slow");
    const answered = bound.use("slow");
    for (let i = 0; i < 100; i++) {
      cached.add(`dm-${i}`);
      bound.use(`dm-${i}`)();
    }
    expect(cached.has("slow")).toBe(true);
    expect([...cached].filter((id) => id.startsWith("dm-"))).toEqual(["dm-99"]);
    answered();
    answered(); // twice is once
    // Now the least recently used, it goes with the next new channel.
    cached.add("next");
    bound.use("next")();
    expect(cached.has("slow")).toBe(false);
    expect(bound.size).toBe(2);
  });

  it("counts two events of one channel apart: the channel stays until both are answered", () => {
    const { cached, cache } = channelCache();
    const bound = new DmChannelBound(cache, 1);
    cached.add("twice");
    const first = bound.use("twice");
    const second = bound.use("twice");
    first();
    cached.add("other");
    bound.use("other")();
    expect(cached.has("twice")).toBe(true);
    expect(cached.has("other")).toBe(false);
    second();
    cached.add("third");
    bound.use("third")();
    expect(cached.has("twice")).toBe(false);
    expect([...cached]).toEqual(["third"]);
  });
});
