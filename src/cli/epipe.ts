/**
 * `atlas show X | head -1`: a reader that stops early closes the pipe, and the next write fails
 * with EPIPE. That is how pipes end, not an error of the atlas: stop quietly (exit 0) instead of
 * dying on an unhandled 'error' event with a stack trace.
 */
export function exitQuietlyOnBrokenPipe(streams: NodeJS.WriteStream[] = [process.stdout, process.stderr]): void {
  for (const stream of streams) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(0);
      throw e;
    });
  }
}
