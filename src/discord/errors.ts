import { randomBytes } from "node:crypto";

const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no 0/O, 1/I: refs are read aloud and retyped

/** A short reference that ties what a user was told to the log line with the error. */
export function newErrorRef(): string {
  return Array.from(randomBytes(6), (b) => ALPHABET[b % ALPHABET.length]).join("");
}
