// Races a promise against a deadline, so a stuck review still completes its check run.

/** `onTimeout` lets the abandoned work stop (e.g. abort its queued analysis), since a race cannot cancel it. */
export async function withTimeout<T>(
  work: Promise<T>,
  ms: number,
  what: string,
  onTimeout?: (error: Error) => void,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new Error(`${what} timed out after ${ms} ms`);
      onTimeout?.(error);
      reject(error);
    }, ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
