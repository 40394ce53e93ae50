/**
 * Runs `close` once on SIGINT, SIGTERM, or when the supervisor's IPC channel goes away (a process started by
 * `npm start` must not outlive it), then exits.
 */
export function exitGracefully(close: () => Promise<void>): void {
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await close().catch(() => undefined);
    process.exit(0);
  };
  const onSignal = (): void => void stop();
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.on('disconnect', onSignal);
}

/** Entry-point wrapper: prints a failure without a stack trace for expected boot errors, and exits 1. */
export function runMain(main: () => Promise<void>): void {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
