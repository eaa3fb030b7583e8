/**
 * What every command-line tool does with its arguments before its own work: a mistake prints what is
 * wrong and the usage (exit 2), `--help` prints the usage (exit 0); otherwise the parsed arguments.
 */
export function readArguments<T extends { values: { help?: boolean } }>(
  parse: () => T,
  usage: string,
): T | number {
  let args: T;
  try {
    args = parse();
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
    return 2;
  }
  if (args.values.help) {
    console.log(usage);
    return 0;
  }
  return args;
}

/** A reader that stops early (`| head`) is not an error of ours. */
export function exitQuietlyWhenOutputCloses(): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
}
