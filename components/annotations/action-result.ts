/** What the reader's server actions return: the data, or an AppError's code and message to show. */
export type ActionResult<T> = { ok: true; data: T } | { ok: false; code: string; message: string };
