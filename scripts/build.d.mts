/** Why dist/ must be built, or undefined when it is up to date. */
export declare function staleReason(): string | undefined;
/** Builds dist/ when src/ changed (or always with `force`); true when dist/ is usable afterwards. */
export declare function ensureBuild(options?: { force?: boolean; quiet?: boolean }): boolean;
