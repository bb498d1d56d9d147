// Commands report their exit code here; `main` returns it. Only the CLI decides exit codes.
let code = 0;

/** Records the command's exit code. */
export function setExitCode(value: number): void {
  code = value;
}

/** The recorded exit code, reset for the next run (tests call `main` repeatedly). */
export function takeExitCode(): number {
  const value = code;
  code = 0;
  return value;
}
