import { createRequire } from "node:module";

const requireDriver = createRequire(import.meta.url);
let driver: typeof import("pg") | undefined;

/**
 * The PostgreSQL driver, loaded on first use. As it loads, pg asks whether it runs on Cloudflare
 * Workers: by `navigator.userAgent` where there is a `navigator` (Node 21 and later), else by building
 * a fetch `Response`, which on Node 20 loads Node's whole fetch implementation (undici) — the larger
 * part of the driver's load time, in programs that never fetch (`npm run insights` reads the log
 * through pg alone). So while it loads, Node 20 gets a `navigator` like the one later versions define.
 */
export function postgresDriver(): typeof import("pg") {
  if (driver) return driver;
  const lent = !("navigator" in globalThis);
  if (lent) {
    Object.defineProperty(globalThis, "navigator", {
      value: { userAgent: `Node.js/${process.versions.node.split(".")[0]}` },
      configurable: true,
      writable: true,
    });
  }
  try {
    driver = requireDriver("pg") as typeof import("pg");
  } finally {
    if (lent) delete (globalThis as { navigator?: unknown }).navigator;
  }
  return driver;
}
