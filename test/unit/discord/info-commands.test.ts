import type { APIEmbedField } from "discord.js";
import { describe, expect, it } from "vitest";
import about from "../../../src/discord/commands/about.js";
import topics from "../../../src/discord/commands/topics.js";
import { fakeInteraction, makeContext } from "./fixtures.js";

describe("/topics", () => {
  it("lists what the bot knows, grouped, with example questions", async () => {
    const { asInteraction, sent } = fakeInteraction({ commandName: "topics" });
    await topics.execute(asInteraction, makeContext());
    const embed = sent[0]!.payload.embeds[0];
    expect(embed.fields).toEqual([{ name: "Countries (2)", value: "Russia, Tajikistan" }]);
    expect(embed.description).toContain("Test article on air defense");
    expect(embed.description).toContain("• Who supplies Tajikistan?");
    expect(sent[0]!.payload.allowedMentions).toEqual({ parse: [] });
  });
});

describe("/about", () => {
  it("names the source and tells counts, load time, version and uptime", async () => {
    const { asInteraction, sent } = fakeInteraction({ commandName: "about" });
    await about.execute(asInteraction, makeContext());
    const embed = sent[0]!.payload.embeds[0];
    const fields = Object.fromEntries(embed.fields.map((f: APIEmbedField) => [f.name, f.value]));
    expect(fields.Article).toBe("Test article on air defense (Sputnik)");
    expect(fields.Facts).toBe("4");
    expect(fields.Entities).toBe("2");
    expect(fields["Knowledge loaded"]).toContain(`<t:${Date.parse("2024-01-01T00:00:00Z") / 1000}`);
    expect(fields.Version).toMatch(/^\d+\.\d+\.\d+/);
    expect(fields.Uptime).toMatch(/^\d+s$/);
    expect(embed.footer.text).toContain("Sputnik");
  });
});
