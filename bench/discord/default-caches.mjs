// Preloaded into the bot process by the DM-users bench only (`node --import`), never by `npm start`,
// for one comparison figure: the bot as it would be with discord.js's default caches. The bot builds
// its caches with `Options.cacheWithLimits`; here that call ignores the bot's limits and uses
// discord.js's defaults instead; no sweeper runs (discord.js's default sweeps threads alone, of which
// a DM bot has none); and the channel cache ignores removals, which undoes the bot's bound on DM
// channels (a bench of DMs alone removes no other channel).
import { Client, Options, Sweepers } from "discord.js";

const cacheWithLimits = Options.cacheWithLimits.bind(Options);
Options.cacheWithLimits = () => cacheWithLimits(Options.DefaultMakeCacheSettings);
Sweepers.prototype._initInterval = () => {};
const login = Client.prototype.login;
Client.prototype.login = function (token) {
  this.channels.cache.delete = () => false;
  return login.call(this, token);
};
