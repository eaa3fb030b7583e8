import { fileURLToPath } from "node:url";

/** The knowledge file that ships with the project, found from this module rather than the working folder. */
export const DEFAULT_KNOWLEDGE_FILE = fileURLToPath(
  new URL("../../knowledge/cis-air-defense.yaml", import.meta.url),
);
