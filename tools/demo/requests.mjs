// How the demo sends its requests: a few at a time, and answers it has no place for as errors.

/** Requests in flight at once: enough to keep the API busy, few enough to stay polite. */
const PARALLEL = 16;

/** Runs `task` over `items`, PARALLEL at a time. */
export async function inParallel(items, task) {
  for (let i = 0; i < items.length; i += PARALLEL) {
    await Promise.all(items.slice(i, i + PARALLEL).map(task));
  }
}

/** An answer the story has no place for, as an error that says what it was. */
export function unexpected(what, response, problem) {
  if (!response) return problem instanceof Error ? problem : new Error(`${what} failed`);
  const detail = problem?.detail ? ` ${problem.code ?? problem.title}: ${problem.detail}` : '';
  return new Error(`${what} was answered ${response.status}${detail}`);
}
