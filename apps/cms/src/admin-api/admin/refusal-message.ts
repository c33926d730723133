/** The message an admin API refusal carries (Strapi's `{ error: { message } }`), or a plain one. */
export function refusalMessage(error: unknown): string {
  const body = (error as { response?: { data?: { error?: { message?: unknown } } } })?.response?.data;
  const message = body?.error?.message;
  return typeof message === 'string' && message ? message : 'The CMS did not answer. Try again in a moment.';
}
