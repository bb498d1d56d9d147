// Typed errors: library code throws these; only the CLI and the Action turn them into exit codes.

/** Bad command-line usage or option values. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A config or rule file that cannot be used; the message names the file and the field. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
  }
}

/** True for errors whose message is meant for the user as it is (no stack trace). */
export function isKnownError(error: unknown): error is UsageError | ConfigError {
  return error instanceof UsageError || error instanceof ConfigError;
}

/** A short, secret-free description of a system error (ENOENT, EACCES, ELOOP…). */
export function describeSystemError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'vanished before it could be read';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'symbolic link loop';
    case 'EISDIR':
      return 'is a directory';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    default:
      return code ?? (error instanceof Error ? (error.message.split('\n')[0] ?? 'read error') : 'read error');
  }
}
