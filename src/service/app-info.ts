import packageJson from "../../package.json" with { type: "json" };
import { type Locale, messages } from "../i18n/index.js";

/** The bot's version, as package.json says, for /about and the ready log. */
export const APP_VERSION: string = packageJson.version;

/** "3d 4h", "2h 5m", "4m 10s", "12s": uptime at a glance. */
export function formatDuration(ms: number, locale: Locale = "en"): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const d = Math.floor(total / 86_400);
  const h = Math.floor((total % 86_400) / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return messages(locale).about.duration({ d, h, m, s });
}
