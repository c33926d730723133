/** The list with the item at `from` moved to `to` (both indexes into the list as it was). */
export function moved<T>(list: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= list.length || to >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
}

/** The message an admin API refusal carries (Strapi's `{ error: { message } }`), or a plain one. */
export function refusalMessage(error: unknown): string {
  const body = (error as { response?: { data?: { error?: { message?: unknown } } } })?.response?.data;
  const message = body?.error?.message;
  return typeof message === 'string' && message ? message : 'The CMS did not answer. Try again in a moment.';
}
