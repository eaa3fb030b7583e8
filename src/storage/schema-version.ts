// Which schema versions this code knows, without the migrations themselves (nor the query builder
// they need), so a reader can check a database's version cheaply.

/** The name of every migration in `migrations.ts`, oldest first; a test keeps the two in step. */
export const MIGRATION_NAMES = ["0001_question_log", "0002_vote_counts"] as const;

/** The newest schema version this code knows. */
export const LATEST_MIGRATION: string = MIGRATION_NAMES[MIGRATION_NAMES.length - 1] ?? "";

/** The database holds migrations this code does not know: it belongs to a newer version. */
export class DatabaseTooNewError extends Error {
  constructor(where: string, unknown: string[]) {
    super(
      `The database ${where} was upgraded by a newer version of the bot (schema ${unknown.join(", ")}; this version knows up to ${LATEST_MIGRATION}). ` +
        "Run the newer version, or point DATABASE_URL at another database. Nothing was changed.",
    );
    this.name = "DatabaseTooNewError";
  }
}

/**
 * Compares the migrations a database has applied with the ones this code knows: "current", "behind"
 * (a new database, or one an older version left: migrating brings it up), or an error for a newer one.
 */
export function compareSchema(where: string, applied: readonly string[]): "current" | "behind" {
  const known = new Set<string>(MIGRATION_NAMES);
  const unknown = applied.filter((name) => !known.has(name));
  if (unknown.length > 0) throw new DatabaseTooNewError(where, [...unknown].sort());
  return applied.length === MIGRATION_NAMES.length ? "current" : "behind";
}
