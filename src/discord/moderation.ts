// Who may run moderator commands (/reload, and any other command marked "moderator"), in one place.
// These commands change what every server sees, so they belong to the operator's own servers
// (ADMIN_GUILD_IDS), or, with none configured, to the application's owner and team alone.
import { ApplicationIntegrationType, REST, Routes } from "discord.js";
import { type Locale, messages } from "../i18n/index.js";
import type { Logger } from "../log.js";
import { isModerator, type MemberLike } from "./permissions.js";

/** What the rule reads of an interaction. */
export interface ModeratorInteraction extends MemberLike {
  user: { id: string };
  guildId: string | null;
  /** Who installed the app for this interaction: a guild id under "0", a user id under "1". */
  authorizingIntegrationOwners: Partial<Record<ApplicationIntegrationType, string>> | null;
}

export interface ModeratorRule {
  adminGuildIds: readonly string[];
  moderatorRoleIds: readonly string[];
  /** The application's owner and team members; only asked when no admin server is configured. */
  owners: OwnerDirectory;
}

export type RefusalReason = "not-admin-server" | "not-moderator" | "not-owner";

export type ModeratorVerdict = { ok: true } | { ok: false; reason: RefusalReason };

/** What a refused user is told, in their language. */
export function refusalMessage(reason: RefusalReason, locale: Locale, moderatorsOnly?: string): string {
  const say = messages(locale).bot;
  if (reason === "not-admin-server") return say.adminServersOnly;
  if (reason === "not-owner") return say.ownerOnly;
  // The default speaks of /reload; other moderator commands say what they guard.
  return moderatorsOnly ?? say.moderatorsOnly;
}

/**
 * Whether this interaction may run a moderator command. With admin servers: only in one of them,
 * with the app installed to that server (not a user install brought into it), by a member with
 * Manage Server or a moderator role; never in DMs. Without: only the owner or a team member.
 */
export function checkModerator(
  interaction: ModeratorInteraction,
  rule: ModeratorRule,
): ModeratorVerdict | Promise<ModeratorVerdict> {
  if (rule.adminGuildIds.length === 0) {
    // Only the owners may take a trip to Discord; the rest is known at once, and answered so.
    return rule.owners
      .ids()
      .then((owners) => (owners.has(interaction.user.id) ? { ok: true } : refuse("not-owner")));
  }
  const guildId = interaction.guildId;
  const installedHere =
    guildId !== null &&
    interaction.authorizingIntegrationOwners?.[ApplicationIntegrationType.GuildInstall] === guildId;
  if (!guildId || !installedHere || !rule.adminGuildIds.includes(guildId)) {
    return refuse("not-admin-server");
  }
  return isModerator(interaction, rule.moderatorRoleIds) ? { ok: true } : refuse("not-moderator");
}

function refuse(reason: RefusalReason): ModeratorVerdict {
  return { ok: false, reason };
}

/** The application as GET /applications/@me describes its owners. */
interface ApplicationOwners {
  owner?: { id: string } | null;
  team?: { owner_user_id?: string; members?: { user: { id: string }; membership_state?: number }[] } | null;
}

/** A team member who accepted the invitation (Discord's membership_state 2). */
const ACCEPTED = 2;

/**
 * The application's owner and team members, fetched once and kept. A failed fetch is logged and
 * tried again on the next request; meanwhile nobody counts as an owner.
 */
export class OwnerDirectory {
  private known: ReadonlySet<string> | undefined;
  private pending: Promise<ReadonlySet<string>> | undefined;

  constructor(
    private readonly fetchApplication: () => Promise<ApplicationOwners>,
    private readonly logger: Logger,
  ) {}

  /** Over REST with the bot's token; nobody is an owner without a token. */
  static overRest(token: string | undefined, apiUrl: string | undefined, logger: Logger): OwnerDirectory {
    return new OwnerDirectory(async () => {
      if (!token)
        throw new Error("DISCORD_TOKEN is not set, so the application cannot be asked for its owner");
      const rest = new REST({ version: "10", ...(apiUrl ? { api: apiUrl } : {}) }).setToken(token);
      return (await rest.get(Routes.currentApplication())) as ApplicationOwners;
    }, logger);
  }

  async ids(): Promise<ReadonlySet<string>> {
    if (this.known) return this.known;
    this.pending ??= this.fetchApplication().then(
      (application) => {
        const ids = new Set<string>();
        if (application.owner?.id) ids.add(application.owner.id);
        if (application.team?.owner_user_id) ids.add(application.team.owner_user_id);
        for (const member of application.team?.members ?? []) {
          if ((member.membership_state ?? ACCEPTED) === ACCEPTED) ids.add(member.user.id);
        }
        this.known = ids;
        this.pending = undefined;
        return ids;
      },
      (error: unknown) => {
        this.logger.error(
          { err: error },
          "could not fetch the application's owners; moderator commands refused",
        );
        this.pending = undefined;
        return new Set<string>();
      },
    );
    return this.pending;
  }
}
