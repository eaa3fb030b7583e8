// The HTTP side of the fake Discord: every request is read, checked against scripted faults,
// routed, answered with Discord's rate-limit headers, and recorded for tests.
import type { IncomingMessage, ServerResponse } from "node:http";
import { DiscordErrors } from "./errors.js";
import type { FaultInjector } from "./faults.js";
import { type RecordedRequest, type RecordedResponse, readRequest, writeResponse } from "./http-io.js";
import type { RateLimitBuckets } from "./rate-limits.js";
import type { Recorder } from "./recorder.js";
import { majorParameter, type RouteMatch, Router } from "./router.js";
import { type GatewayInfo, registerApplicationRoutes } from "./routes/application.js";
import { registerChannelRoutes } from "./routes/channels.js";
import { registerInteractionRoutes } from "./routes/interactions.js";
import type { World } from "./state.js";

export interface RestDependencies {
  world: World;
  gateway: GatewayInfo;
  /** The application's public key (hex) that verifies its HTTP interactions. */
  verifyKey: string;
  recorder: Recorder<RecordedRequest>;
  faults: FaultInjector;
  buckets: RateLimitBuckets;
  /** Accept only this bot token; any token is accepted when unset. */
  token: string | undefined;
  /** Called with errors thrown by a route, which are answered with a 500. */
  onRouteError: (error: unknown, request: RecordedRequest) => void;
}

export class RestApi {
  readonly #deps: RestDependencies;
  readonly #router = new Router();
  #seq = 0;

  constructor(deps: RestDependencies) {
    this.#deps = deps;
    // Order matters where a literal segment shadows a parameter (`users/@me` before `users/:id`).
    registerApplicationRoutes(this.#router, deps.world, deps.gateway, deps.verifyKey);
    registerChannelRoutes(this.#router, deps.world);
    registerInteractionRoutes(this.#router, deps.world);
  }

  /** Number of the latest request to arrive; later requests get higher numbers. */
  get lastSeq(): number {
    return this.#seq;
  }

  /** Node `request` listener. */
  readonly listener = (req: IncomingMessage, res: ServerResponse): void => {
    this.#seq += 1;
    readRequest(req, this.#seq).then(
      (request) => this.#answer(request, res),
      () => res.destroy(),
    );
  };

  /**
   * Handles a request that did not come over HTTP, such as the response body of an HTTP interaction,
   * which Discord takes as the interaction's callback: recorded and answered like any other.
   */
  inject(method: string, path: string, body: unknown, headers: Record<string, string> = {}): RecordedRequest {
    this.#seq += 1;
    const text = body === undefined ? "" : JSON.stringify(body);
    const request: RecordedRequest = {
      seq: this.#seq,
      method,
      path,
      query: {},
      headers,
      body,
      rawBody: text,
      files: [],
      receivedAt: Date.now(),
      response: { status: 0, body: undefined },
    };
    this.#answer(request, undefined);
    return request;
  }

  #answer(request: RecordedRequest, res: ServerResponse | undefined): void {
    const lookup = this.#router.lookup(request.method, request.path);
    const found = lookup.kind === "found" ? lookup.match : undefined;
    let headers = this.#deps.buckets.take(
      request.method,
      found?.route.template ?? request.path,
      found ? majorParameter(found.params) : "global",
    );
    let response: RecordedResponse;
    const fault = this.#deps.faults.take(request);
    if (fault) {
      response = fault.response;
      headers = { ...headers, ...fault.headers };
    } else if (lookup.kind === "none") {
      response = DiscordErrors.notFound();
    } else if (lookup.kind === "wrong-method") {
      response = DiscordErrors.methodNotAllowed();
    } else if (found?.route.needsBotToken && !this.#authorised(request)) {
      response = DiscordErrors.unauthorized();
    } else {
      response = this.#run(request, lookup.match);
    }
    request.response = response;
    this.#deps.recorder.add(request);
    if (res) writeResponse(res, response, headers);
  }

  #run(request: RecordedRequest, match: RouteMatch): RecordedResponse {
    try {
      return match.route.handler(request, match.params);
    } catch (error) {
      this.#deps.onRouteError(error, request);
      return DiscordErrors.serverError(500);
    }
  }

  #authorised(request: RecordedRequest): boolean {
    const header = request.headers.authorization ?? "";
    const [scheme, token] = header.split(" ");
    if (scheme !== "Bot" || !token) return false;
    return this.#deps.token === undefined || token === this.#deps.token;
  }
}
