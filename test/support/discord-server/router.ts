// A small method + path-template router. The matched template doubles as the rate-limit bucket
// route, the way Discord groups requests by route and major parameter.
import type { RecordedRequest, RecordedResponse } from "./http-io.js";

export type Params = Record<string, string>;
export type Handler = (request: RecordedRequest, params: Params) => RecordedResponse;

interface Route {
  method: string;
  template: string;
  segments: string[];
  handler: Handler;
  /** Interaction callbacks and webhook calls are authorised by their token, not the bot token. */
  needsBotToken: boolean;
}

export interface RouteMatch {
  route: Route;
  params: Params;
}

export type Lookup = { kind: "found"; match: RouteMatch } | { kind: "wrong-method" } | { kind: "none" };

/** Path parameters that identify a rate-limit bucket of their own, as on Discord. */
const MAJOR_PARAMETERS = ["channelId", "guildId", "webhookId", "interactionId"];

export class Router {
  readonly #routes: Route[] = [];

  on(method: string, template: string, handler: Handler, options: { needsBotToken?: boolean } = {}): this {
    this.#routes.push({
      method,
      template,
      segments: template.split("/"),
      handler,
      needsBotToken: options.needsBotToken ?? true,
    });
    return this;
  }

  lookup(method: string, path: string): Lookup {
    const segments = path.replace(/\/+$/, "").split("/");
    let pathKnown = false;
    for (const route of this.#routes) {
      const params = matchSegments(route.segments, segments);
      if (!params) continue;
      if (route.method === method) return { kind: "found", match: { route, params } };
      pathKnown = true;
    }
    return pathKnown ? { kind: "wrong-method" } : { kind: "none" };
  }
}

function matchSegments(template: string[], actual: string[]): Params | undefined {
  if (template.length !== actual.length) return undefined;
  const params: Params = {};
  for (const [index, part] of template.entries()) {
    const value = actual[index] ?? "";
    if (part.startsWith(":")) {
      if (value === "") return undefined;
      params[part.slice(1)] = value;
    } else if (part !== value) {
      return undefined;
    }
  }
  return params;
}

/** The value of the first major parameter in a match, which splits a route into buckets. */
export function majorParameter(params: Params): string {
  for (const name of MAJOR_PARAMETERS) {
    const value = params[name];
    if (value !== undefined) return value;
  }
  return "global";
}
