/** The prefix of the line the hook writes on stderr. */
export declare const MEMORY_LINE: string;
