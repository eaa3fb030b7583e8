// Preloaded into the bot process by the Discord bench only (`node --expose-gc --import`), never by
// `npm start`; plain JavaScript, as the bot runs compiled. On SIGUSR2 it runs a full collection and
// writes the process's memory to stderr, so the bench compares what the bot keeps between rounds
// rather than how much garbage it had yet to collect at that moment.
export const MEMORY_LINE = "bench-memory ";

const collect = globalThis.gc;

process.on("SIGUSR2", () => {
  const before = process.memoryUsage();
  collect?.();
  collect?.();
  const after = process.memoryUsage();
  process.stderr.write(
    `${MEMORY_LINE}${JSON.stringify({ collected: collect !== undefined, before, after })}\n`,
  );
});
