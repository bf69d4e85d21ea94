/**
 * What the command prints, made safe for a terminal. File names and report titles come from
 * strangers: a control character (an escape sequence could rewrite the screen) or a bidirectional
 * override (which could make one name read as another) is shown as a \u escape. Only what reaches
 * the terminal changes; the dataset keeps names and titles exactly.
 */
export function safeForTerminal(line: string): string {
  return line.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * Lines for stdout that survive a reader going away (`npm run extract | head -1`): once the pipe
 * is closed, further lines are dropped instead of raising EPIPE, and `onClosed` is told (collect
 * stops there; extract still writes its dataset).
 */
export function stdoutPrinter(onClosed?: () => void): (line: string) => void {
  let closed = false;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    if (!closed) onClosed?.();
    closed = true;
  });
  return (line) => {
    if (!closed) process.stdout.write(`${line}\n`);
  };
}
