/**
 * Command-line parsing shared by the commands: commander prints help and usage errors itself; the
 * command then ends with the conventional exit code (0 after --help or --version, 2 for a usage
 * error) instead of commander calling process.exit, so tests run `main()` in-process.
 */

import { type Command, CommanderError, type OutputConfiguration } from 'commander';

/**
 * Parses `argv` (user arguments only). Returns null when the command should run, or the exit code
 * to end with when commander already answered (help, version, a usage error).
 */
export function parseCommand(
  program: Command,
  argv: readonly string[],
  output: OutputConfiguration = { writeErr: (text) => process.stderr.write(text) },
): number | null {
  program.exitOverride().configureOutput(output);
  try {
    program.parse([...argv], { from: 'user' });
    return null;
  } catch (error) {
    // commander's own exit code is 0 for --help and --version, 1 for every usage error.
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
}

/** What the commands that read inputs and write a folder (extract, collect) are given. */
export interface FolderCommandOptions {
  /** What to read: files and folders (extract), addresses and lists of addresses (collect). */
  readonly inputs: readonly string[];
  /** The folder written. */
  readonly out: string;
  /** What relative paths are resolved against. */
  readonly cwd: string;
  /** Where lines go; the CLI passes process.stdout/stderr, tests pass collectors. */
  readonly print: (line: string) => void;
  /** A progress bar (on a terminal); otherwise a line per item as it finishes. */
  readonly progress: boolean;
}
