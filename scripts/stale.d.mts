/** dist/.build-stamp, relative to the project folder. */
export declare const STAMP_FILE: string;
/** dist/ask.blob, relative to the project folder: the ask program's start-up snapshot. */
export declare const SNAPSHOT_FILE: string;
/** Why the project at `root` must be built, or undefined when dist/ is up to date. */
export declare function staleReason(root: string): string | undefined;
