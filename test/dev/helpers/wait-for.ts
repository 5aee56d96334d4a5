/** Waiting on a running `errata dev`: a condition polled until it holds, failing with the server's output. */

export type Until = <T>(condition: () => T | Promise<T>, ms: number, what: string) => Promise<NonNullable<T>>;

/** `output`: what the server printed so far, shown when a wait fails. */
export function waitFor(output: () => string, every = 20): Until {
  return async (condition, ms, what) => {
    const deadline = performance.now() + ms;
    for (;;) {
      const value = await condition();
      if (value) return value as NonNullable<Awaited<typeof value>>;
      if (performance.now() > deadline)
        throw new Error(`errata dev: no ${what} within ${ms} ms. Its output:\n${output()}`);
      await new Promise((resolve) => setTimeout(resolve, every));
    }
  };
}
