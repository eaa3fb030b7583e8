// /healthz and /metrics of the bot process as an operator scrapes them: METRICS_PORT set, the bot
// connected to the Discord test server, read before and after questions and while it shuts down.
import { ApplicationCommandOptionType } from "discord.js";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type DiscordServer, startDiscordServer } from "../support/discord-server/index.js";
import { BOT_TOKEN } from "./support/bot.js";
import { type BotProcess, spawnBotProcess } from "./support/bot-process.js";

let server: DiscordServer;
let bot: BotProcess;
let base: string;

beforeAll(async () => {
  server = await startDiscordServer({ heartbeatIntervalMs: 500, token: BOT_TOKEN });
  bot = await spawnBotProcess(server, { token: BOT_TOKEN, env: { METRICS_PORT: "0" } });
  const listening = await vi.waitFor(() => {
    const line = bot.logs.find((l) => l.msg === "health and metrics listening");
    if (!line) throw new Error("not listening yet");
    return line as unknown as { host: string; port: number };
  });
  expect(listening.host).toBe("127.0.0.1");
  base = `http://127.0.0.1:${listening.port}`;
});

afterAll(async () => {
  await bot?.stop();
  await server?.stop();
});

/** The value of one sample of the exposition, or undefined when it is not there. */
function sample(text: string, name: string, labels = ""): number | undefined {
  for (const line of text.split("\n")) {
    if (line.startsWith(`${name}${labels} `)) return Number(line.slice(name.length + labels.length + 1));
  }
  return undefined;
}

async function metrics(): Promise<string> {
  const res = await fetch(`${base}/metrics`);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
  return res.text();
}

function ask(question: string) {
  return server.interactionAnswer(
    server.dispatchInteraction(
      server.commandPayload("ask", {
        options: [{ name: "question", type: ApplicationCommandOptionType.String, value: question }],
      }),
    ),
  );
}

describe("health and metrics", () => {
  it("says healthy once the gateway is ready, with the knowledge and the process described", async () => {
    await vi.waitFor(async () => {
      const res = await fetch(`${base}/healthz`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: "ok" });
    });
    const before = await metrics();
    expect(sample(before, "cisbot_knowledge_facts")).toBeGreaterThan(10);
    expect(sample(before, "process_resident_memory_bytes")).toBeGreaterThan(0);
    expect(sample(before, "cisbot_questions_total", '{transport="slash",result="answered"}')).toBeUndefined();
    // The gauge is set once a heartbeat has come back.
    await vi.waitFor(async () =>
      expect(sample(await metrics(), "cisbot_gateway_ping_seconds")).toBeGreaterThanOrEqual(0),
    );
  });

  it("counts questions by transport and result, with their latency", async () => {
    await ask("who supplies Tajikistan?");
    await ask("what is the population of Uzbekistan?");
    await ask("who supplies Armenia?");
    const after = await metrics();
    expect(sample(after, "cisbot_questions_total", '{transport="slash",result="answered"}')).toBe(2);
    expect(sample(after, "cisbot_questions_total", '{transport="slash",result="unanswered"}')).toBe(1);
    expect(sample(after, "cisbot_answer_seconds_count", '{transport="slash"}')).toBe(3);
    expect(sample(after, "cisbot_answer_seconds_sum", '{transport="slash"}')).toBeGreaterThan(0);
    expect(after).toMatch(
      /^cisbot_knowledge_reloads_total /m.source ? /# TYPE cisbot_knowledge_reloads_total counter/ : /x/,
    );
  });

  it("answers 404 elsewhere", async () => {
    expect((await fetch(`${base}/`)).status).toBe(404);
  });

  it("says unavailable, with the reason, while it shuts down", async () => {
    server.failNext({ method: "POST", path: /\/callback$/ }, { status: 429, retryAfter: 2 });
    server.dispatchInteraction(
      server.commandPayload("ask", {
        options: [
          { name: "question", type: ApplicationCommandOptionType.String, value: "who supplies Armenia" },
        ],
      }),
    );
    await server.waitForRequest((r) => r.path.endsWith("/callback") && r.response.status === 429);
    bot.child.kill("SIGTERM");
    await vi.waitFor(async () => {
      const res = await fetch(`${base}/healthz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ status: "unavailable", reason: "shutting down" });
    });
    expect(await bot.exited).toEqual({ code: 0, signal: null });
  });
});
