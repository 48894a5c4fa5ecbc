/**
 * Retries an assertion until it passes or time runs out, then throws its last failure:
 * jest's `expect` with the patience of a browser (playwright-core has no web-first matchers).
 */
export async function eventually<T>(assertion: () => Promise<T> | T, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
