// Routes about the bot itself: where the gateway is, who the bot is, which commands it has.
import { DiscordErrors } from "../errors.js";
import { APPLICATION_FLAGS } from "../fixtures.js";
import type { RecordedRequest, RecordedResponse } from "../http-io.js";
import type { Params, Router } from "../router.js";
import type { CommandBody, World } from "../state.js";

export interface GatewayInfo {
  /** The gateway URL handed out by `/gateway/bot`. */
  url: () => string;
  /** How many more IDENTIFYs the session start limit allows; login fails without this block. */
  sessionStartLimit: () => { total: number; remaining: number; reset_after: number; max_concurrency: number };
  /** The shard count `/gateway/bot` recommends. */
  shards: () => number;
}

const ok = (body: unknown): RecordedResponse => ({ status: 200, body });

function isCommand(body: unknown): body is CommandBody {
  return typeof body === "object" && body !== null && typeof (body as { name?: unknown }).name === "string";
}

function isCommandList(body: unknown): body is CommandBody[] {
  return Array.isArray(body) && body.every(isCommand);
}

export function registerApplicationRoutes(
  router: Router,
  world: World,
  gateway: GatewayInfo,
  verifyKey: string,
): void {
  const application = () => ({
    id: world.applicationId,
    name: world.bot.username,
    icon: null,
    description: "",
    summary: "",
    type: null,
    bot: world.bot,
    bot_public: false,
    bot_require_code_grant: false,
    verify_key: verifyKey,
    // A team-owned application's owner is the team's pseudo-user; its members are listed in the team.
    owner: world.team ? { id: world.applicationId, username: `team${world.applicationId}` } : world.owner,
    team: world.team
      ? {
          id: world.applicationId,
          name: "Operators",
          icon: null,
          owner_user_id: world.team[0]?.id,
          members: world.team.map((user) => ({
            user,
            team_id: world.applicationId,
            membership_state: 2,
            role: "admin",
          })),
        }
      : null,
    flags: APPLICATION_FLAGS,
    flags_new: String(APPLICATION_FLAGS),
    approximate_guild_count: world.guilds.length,
    redirect_uris: [],
    interactions_endpoint_url: null,
    integration_types_config: { 0: {} },
  });

  const sameApplication = (params: Params) => params.applicationId === world.applicationId;

  const commandsRoute =
    (method: "GET" | "PUT" | "POST") =>
    (request: RecordedRequest, params: Params): RecordedResponse => {
      if (!sameApplication(params)) return DiscordErrors.unknownApplication();
      if (params.guildId !== undefined && !world.guilds.some((g) => g.id === params.guildId)) {
        return DiscordErrors.missingAccess();
      }
      const list = world.commandsOf(params.guildId);
      if (method === "GET") return ok(list);
      if (method === "POST") {
        if (!isCommand(request.body)) {
          return DiscordErrors.invalidFormBody({ name: { _errors: [{ code: "BASE_TYPE_REQUIRED" }] } });
        }
        const existed = list.some((c) => c.name === (request.body as CommandBody).name);
        const command = world.upsertCommand(list, request.body, params.guildId);
        // Discord answers 201 for a new command and 200 when it replaced one of the same name.
        return { status: existed ? 200 : 201, body: command };
      }
      if (!isCommandList(request.body)) {
        return DiscordErrors.invalidFormBody({
          _errors: [{ code: "BASE_TYPE_ARRAY", message: "Must be an array" }],
        });
      }
      return ok(world.overwriteCommands(list, request.body, params.guildId));
    };

  router
    .on("GET", "/api/v10/gateway", () => ok({ url: gateway.url() }), { needsBotToken: false })
    .on("GET", "/api/v10/gateway/bot", () =>
      ok({ url: gateway.url(), shards: gateway.shards(), session_start_limit: gateway.sessionStartLimit() }),
    )
    .on("GET", "/api/v10/users/@me", () => ok(world.bot))
    .on("GET", "/api/v10/applications/@me", () => ok(application()))
    .on("GET", "/api/v10/applications/:applicationId/commands", commandsRoute("GET"))
    .on("PUT", "/api/v10/applications/:applicationId/commands", commandsRoute("PUT"))
    .on("POST", "/api/v10/applications/:applicationId/commands", commandsRoute("POST"))
    .on("GET", "/api/v10/applications/:applicationId/guilds/:guildId/commands", commandsRoute("GET"))
    .on("PUT", "/api/v10/applications/:applicationId/guilds/:guildId/commands", commandsRoute("PUT"))
    .on("POST", "/api/v10/applications/:applicationId/guilds/:guildId/commands", commandsRoute("POST"));
}
