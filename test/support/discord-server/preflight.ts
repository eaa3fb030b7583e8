// discord.js drops malformed gateway events without a word (or throws inside its own event
// loop), and a test then just times out. These checks run before a dispatch and name the
// missing field instead. They cover what discord.js actually reads, not the whole API schema.
import { ChannelType, InteractionType } from "discord.js";
import type { GuildFixture } from "./fixtures.js";

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose => typeof value === "object" && value !== null;

export function interactionProblems(payload: unknown, guilds: readonly GuildFixture[]): string[] {
  if (!isObject(payload)) return ["the payload is not an object"];
  const problems: string[] = [];
  const need = (ok: boolean, problem: string) => {
    if (!ok) problems.push(problem);
  };
  for (const field of ["id", "application_id", "token"])
    need(typeof payload[field] === "string", `${field} is missing`);
  need(typeof payload.type === "number", "type is missing (discord.js ignores interactions of unknown type)");
  need(Array.isArray(payload.entitlements), "entitlements: [] is missing (discord.js throws reading it)");
  need(isObject(payload.authorizing_integration_owners), "authorizing_integration_owners: {} is missing");
  need(isObject(payload.member) || isObject(payload.user), "neither member nor user is set");
  need(isObject(payload.channel), "channel is missing, so interaction.channel would be null");

  const data = payload.data;
  if (
    payload.type === InteractionType.ApplicationCommand ||
    payload.type === InteractionType.ApplicationCommandAutocomplete
  ) {
    need(isObject(data) && typeof data.type === "number", "data.type is missing (1 for a slash command)");
    need(isObject(data) && typeof data.name === "string", "data.name is missing");
  }
  if (payload.type === InteractionType.MessageComponent) {
    need(isObject(data) && typeof data.component_type === "number", "data.component_type is missing");
    need(isObject(data) && typeof data.custom_id === "string", "data.custom_id is missing");
    need(isObject(payload.message), "message is missing");
  }

  if (payload.guild_id !== undefined) {
    const guild = guilds.find((g) => g.id === payload.guild_id);
    need(guild !== undefined, `guild ${String(payload.guild_id)} was not sent in READY/GUILD_CREATE`);
    const roles = isObject(payload.member) && Array.isArray(payload.member.roles) ? payload.member.roles : [];
    for (const role of roles) {
      need(
        guild?.roles.some((r) => r.id === role) ?? false,
        `member role ${String(role)} is not a role of the guild`,
      );
    }
  }
  return problems;
}

export function messageProblems(payload: unknown): string[] {
  if (!isObject(payload)) return ["the payload is not an object"];
  const problems: string[] = [];
  const need = (ok: boolean, problem: string) => {
    if (!ok) problems.push(problem);
  };
  for (const field of ["id", "channel_id", "content", "timestamp"]) {
    need(typeof payload[field] === "string", `${field} is missing`);
  }
  need(isObject(payload.author), "author is missing");
  need(Array.isArray(payload.mentions), "mentions is missing");
  if (payload.guild_id === undefined) {
    need(
      payload.channel_type === ChannelType.DM,
      "a message without guild_id needs channel_type: 1, or discord.js cannot tell it is a DM and drops it",
    );
  }
  return problems;
}

export function assertNoProblems(what: string, problems: string[]): void {
  if (problems.length > 0)
    throw new Error(`${what} would not reach the bot:\n  - ${problems.join("\n  - ")}`);
}
