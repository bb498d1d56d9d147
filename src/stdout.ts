// A report written to stdout through its descriptor, not through process.stdout: Node builds process.stdout on
// first use as a net.Socket for a pipe or a terminal (a stream over a file), loading net and the stream modules,
// which a pre-commit run otherwise never needs (about 12M instructions, 4% of `keylint staged`).
import fs from 'node:fs';

/**
 * Writes `text` to stdout whole, synchronously. A reader that stopped early (`keylint scan | head`) closed the
 * pipe: the rest is dropped and the exit code still tells whether there were findings. A descriptor left
 * non-blocking by whoever shares it (EAGAIN when its pipe is full) gets the rest through process.stdout, which
 * waits for the reader.
 */
export function writeStdout(text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let written = 0;
  try {
    while (written < bytes.length) written += fs.writeSync(1, bytes, written);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EPIPE') return;
    if (code !== 'EAGAIN') throw error;
    process.stdout.on('error', ignoreClosedPipe);
    process.stdout.write(bytes.subarray(written));
  }
}

function ignoreClosedPipe(error: NodeJS.ErrnoException): void {
  if (error.code !== 'EPIPE') throw error;
}
