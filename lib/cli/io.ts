/**
 * What a command of scripts/ writes to, so its logic can run inside a test
 * as well as in its own process.
 */
export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

/** The process's own streams, for the scripts. */
export const processIo: CliIo = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
};

/** Everything after the first line of a message would break the one-line-per-problem promise. */
export function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, " ").trim();
}
