// Two HTTP replicas of the bot behind one (imaginary) load balancer, sharing Redis: one rate-limit
// count per user, and one /reload that reaches both. Then Redis goes away (a proxy in front of it is
// cut): both keep answering with local limits, say so once, and share again when it comes back.
import { copyFile, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { APIUser } from "discord.js";
import { Redis } from "ioredis";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import {
  type DiscordServer,
  MODERATOR_PERMISSIONS,
  startDiscordServer,
} from "../support/discord-server/index.js";
import { ARTICLE_FILE, editedKnowledge, KNOWLEDGE_TEXT } from "../support/knowledge.js";
import { deleteKeys, REDIS_URL, redisUnavailable, uniquePrefix } from "../support/redis.js";
import { startTcpProxy, type TcpProxy } from "../support/tcp-proxy.js";
import { type AppUnderTest, BOT_TOKEN, startAppUnderTest } from "./support/app.js";
import { embedOf } from "./support/messages.js";

const unavailable = await redisUnavailable();
if (unavailable) console.warn(`replicas-redis: skipped, ${unavailable}`);

const LIMIT = 3;
const RELOAD_TIMEOUT_MS = 6_000;
/** Two reloads, each of which may wait the whole timeout for a slow replica. */
const RELOAD_TEST_TIMEOUT_MS = 4 * RELOAD_TIMEOUT_MS;
const QUESTION = "who supplies Tajikistan?";
const EDITED_ANSWER = "Tajikistan receives aircraft and missile technology from Russia (edited).";
const EDITED = editedKnowledge((data) => {
  const fact = data.facts.find((f: { id: string }) => f.id === "supply-tajikistan");
  fact.answer = EDITED_ANSWER;
});

describe.skipIf(unavailable)(
  `two HTTP replicas sharing Redis${unavailable ? ` (skipped: ${unavailable})` : ""}`,
  () => {
    let server: DiscordServer;
    let proxy: TcpProxy;
    let dir: string;
    const prefix = uniquePrefix("replicas");
    const replicas: Record<"a" | "b", AppUnderTest> = {} as never;
    const files = { a: "", b: "" };

    beforeAll(async () => {
      server = await startDiscordServer({ token: BOT_TOKEN });
      proxy = await startTcpProxy({ host: "127.0.0.1", port: Number(new URL(REDIS_URL).port || 6379) });
      dir = await mkdtemp(join(tmpdir(), "cis-bot-replicas-"));
      // Each replica reads its own copy, as on two machines; a reload must bring both to the same file.
      for (const name of ["a", "b"] as const) {
        const folder = join(dir, name);
        await mkdir(folder);
        files[name] = join(folder, "cis-air-defense.yaml");
        await writeFile(files[name], KNOWLEDGE_TEXT);
        await copyFile(ARTICLE_FILE, join(folder, "cis-air-defense-article.txt"));
        replicas[name] = await startAppUnderTest(
          server,
          {
            INTERACTIONS: "http",
            REDIS_URL: `redis://127.0.0.1:${proxy.port}`,
            REDIS_KEY_PREFIX: prefix,
            REPLICA_NAME: `replica-${name}`,
            KNOWLEDGE_FILE: files[name],
            RATE_LIMIT_COUNT: String(LIMIT),
            RATE_LIMIT_WINDOW_SECONDS: "60",
          },
          // Long enough for a replica to rebuild its engine on a loaded machine, short enough to wait for.
          { reloadTimeoutMs: RELOAD_TIMEOUT_MS },
        );
      }
    });

    afterAll(async () => {
      await replicas.a?.stop();
      await replicas.b?.stop();
      await proxy?.stop();
      await server?.stop();
      await deleteKeys(prefix);
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    beforeEach(async () => {
      for (const name of ["a", "b"] as const) await writeFile(files[name], KNOWLEDGE_TEXT);
    });

    const ask = (replica: AppUnderTest, user: APIUser, question = QUESTION) =>
      server.askOverHttp(replica.url, question, { user });

    async function reloadOn(replica: AppUnderTest) {
      const payload = server.commandPayload("reload", { permissions: MODERATOR_PERMISSIONS });
      await server.postInteraction(replica.url, payload);
      return embedOf(await server.interactionAnswer(payload, RELOAD_TIMEOUT_MS + 5_000));
    }

    it("limits on replica B a user who used up the budget on replica A", async () => {
      const user = server.createUser("eager");
      for (let i = 0; i < LIMIT; i++)
        expect(embedOf(await ask(replicas.a, user)).description).toMatch(/Russia/);
      const refused = await ask(replicas.b, user);
      expect(refused.ephemeral).toBe(true);
      expect(refused.content).toMatch(/slow down/i);
      // Someone else is not affected.
      expect(embedOf(await ask(replicas.b, server.createUser("calm"))).description).toMatch(/Russia/);
    });

    it(
      "reloads both replicas with one /reload and reports each",
      async () => {
        await writeFile(files.a, EDITED);
        await writeFile(files.b, EDITED);
        const embed = await reloadOn(replicas.a);
        expect(embed.title).toBe("Knowledge reloaded in all 2 processes");
        expect(embed.description).toMatch(/✅ \*\*replica-a\*\*/);
        expect(embed.description).toMatch(/✅ \*\*replica-b\*\*/);
        // B, which was not asked, answers from the new knowledge.
        expect(embedOf(await ask(replicas.b, server.createUser("after"))).description).toContain(
          EDITED_ANSWER,
        );
        await writeFile(files.a, KNOWLEDGE_TEXT);
        await writeFile(files.b, KNOWLEDGE_TEXT);
        const again = await reloadOn(replicas.b);
        expect(again.title).toBe("Knowledge reloaded in all 2 processes");
      },
      RELOAD_TEST_TIMEOUT_MS,
    );

    it(
      "says which replica failed a reload; that one keeps its old knowledge",
      async () => {
        await writeFile(files.a, EDITED);
        await writeFile(files.b, "version: 1\nfacts: [\n");
        const embed = await reloadOn(replicas.a);
        expect(embed.title).toBe("Reload failed in 1 of 2 processes");
        expect(embed.description).toMatch(/✅ \*\*replica-a\*\*/);
        expect(embed.description).toMatch(/❌ \*\*replica-b\*\*: Reload failed/);
        expect(embed.fields?.[0]?.name).toMatch(/replica-b/);
        expect(embedOf(await ask(replicas.b, server.createUser("b-user"))).description).not.toContain(
          EDITED_ANSWER,
        );
        expect(embedOf(await ask(replicas.a, server.createUser("a-user"))).description).toContain(
          EDITED_ANSWER,
        );
        await writeFile(files.a, KNOWLEDGE_TEXT);
        await writeFile(files.b, KNOWLEDGE_TEXT);
        await reloadOn(replicas.a);
      },
      RELOAD_TEST_TIMEOUT_MS,
    );

    it(
      "names a replica on the roster that does not answer in time",
      async () => {
        const redis = new Redis(REDIS_URL);
        try {
          await redis.zadd(`${prefix}replicas`, Date.now(), "replica-gone");
          const embed = await reloadOn(replicas.a);
          expect(embed.title).toBe("Reload failed in 1 of 3 processes");
          expect(embed.description).toMatch(/❌ \*\*replica-gone\*\*: did not answer within 6 s/);
        } finally {
          await redis.zrem(`${prefix}replicas`, "replica-gone");
          redis.disconnect();
        }
      },
      RELOAD_TEST_TIMEOUT_MS,
    );

    it("keeps answering with local limits while Redis is away, says so once, and shares again after", async () => {
      const warnings = (app: AppUnderTest) =>
        app.logs.filter((l) => /^Redis is unreachable/.test(l.msg)).length;
      proxy.cut();
      await vi.waitFor(() => expect(warnings(replicas.a)).toBe(1), { timeout: 5000 });
      // Counted apart now: the budget used on A does not limit on B.
      const local = server.createUser("local");
      for (let i = 0; i < LIMIT; i++)
        expect(embedOf(await ask(replicas.a, local)).description).toMatch(/Russia/);
      expect((await ask(replicas.a, local)).content).toMatch(/slow down/i);
      expect(embedOf(await ask(replicas.b, local)).description).toMatch(/Russia/);
      // A reload still reloads the replica asked, and says the others were not reached.
      const embed = await reloadOn(replicas.b);
      expect(embed.description).toMatch(/✅ \*\*replica-b\*\*/);
      expect(embed.description).toMatch(/not reached: Redis is unreachable/);
      expect(warnings(replicas.a)).toBe(1);
      expect(warnings(replicas.b)).toBe(1);

      proxy.restore();
      const back = (app: AppUnderTest) => app.logs.some((l) => /^Redis is back/.test(l.msg));
      await vi.waitFor(() => expect(back(replicas.a) && back(replicas.b)).toBe(true), { timeout: 10_000 });
      const shared = server.createUser("shared-again");
      for (let i = 0; i < LIMIT; i++) await ask(replicas.b, shared);
      expect((await ask(replicas.a, shared)).content).toMatch(/slow down/i);
    });
  },
);
