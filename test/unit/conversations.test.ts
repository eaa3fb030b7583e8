import { describe, expect, it } from "vitest";
import type { Turn } from "../../src/qa/types.js";
import { createConversations } from "../../src/service/conversations.js";

const turn = (entity: string): Turn => ({ words: [entity], mentions: [], entities: [entity], facts: [] });

describe("conversations", () => {
  it("keeps one turn per person and place, apart from every other", () => {
    const c = createConversations();
    c.set("ann", "dm-1", turn("armenia"));
    c.set("bob", "dm-1", turn("belarus"));
    expect(c.get("ann", "dm-1")?.entities).toEqual(["armenia"]);
    expect(c.get("bob", "dm-1")?.entities).toEqual(["belarus"]);
    expect(c.get("ann", "thread-2")).toBeUndefined();
  });

  it("forgets a turn after its time", () => {
    let now = 0;
    const c = createConversations({ ttlMs: 1000, now: () => now });
    c.set("ann", "dm", turn("armenia"));
    now = 1000;
    expect(c.get("ann", "dm")).toBeDefined();
    now = 1001;
    expect(c.get("ann", "dm")).toBeUndefined();
    expect(c.size).toBe(0);
  });

  it("forgets the least recently asked first when full", () => {
    const c = createConversations({ max: 2 });
    c.set("a", "p", turn("x"));
    c.set("b", "p", turn("y"));
    c.set("a", "p", turn("z"));
    c.set("c", "p", turn("w"));
    expect(c.size).toBe(2);
    expect(c.get("b", "p")).toBeUndefined();
    expect(c.get("a", "p")?.entities).toEqual(["z"]);
  });

  it("does not mistake a person and place that share characters for another pair", () => {
    const c = createConversations();
    c.set("a:b", "c", turn("x"));
    expect(c.get("a", "b:c")).toBeUndefined();
  });
});
