/**
 * One error type for everything a person may be told. Data-layer functions
 * throw `AppError(code, message)` with a message safe to show; route handlers
 * and server actions turn any error into a response with `toErrorResponse`,
 * which maps codes to HTTP statuses in one table and hides unknown errors
 * behind a generic message (logging the real one).
 */
import { ZodError } from 'zod';

export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  VALIDATION: 422,
  TOO_MANY_REQUESTS: 429,
  UNAVAILABLE: 503,
  BAD_GATEWAY: 502,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    message: string,
    /** Per-field messages for forms (zod's flatten().fieldErrors shape). */
    public readonly fieldErrors?: Record<string, string[] | undefined>,
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

/** A readable one-line summary of a zod error: "title: Required; url: Invalid URL". */
export function describeZodError(error: ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}

function isPrismaError(e: unknown, code: string): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === code;
}

/** Whether an error means the database cannot be reached (so the answer is 503, not 500). */
export function isDatabaseUnavailable(e: unknown): boolean {
  const text = String((e as { message?: unknown })?.message ?? '') + String((e as { code?: unknown })?.code ?? '');
  return /ECONNREFUSED|ECONNRESET|ETIMEDOUT|Connection terminated|connect ECONN|timeout exceeded when trying to connect|P1001|P1017|57P01|the database system is (starting up|shutting down)/i.test(text);
}

/** Turns anything thrown into an AppError a person can read. */
export function toAppError(e: unknown): AppError {
  if (e instanceof AppError) return e;
  if (e instanceof ZodError) {
    const flat: Record<string, string[]> = {};
    for (const issue of e.issues) (flat[issue.path.join('.') || '_'] ??= []).push(issue.message);
    return new AppError('VALIDATION', `Invalid input: ${describeZodError(e)}`, flat);
  }
  if (isPrismaError(e, 'P2002')) return new AppError('CONFLICT', 'That already exists.');
  if (isPrismaError(e, 'P2025')) return new AppError('NOT_FOUND', 'Not found.');
  if (isDatabaseUnavailable(e)) {
    return new AppError('UNAVAILABLE', 'The database is unavailable right now. Please try again in a moment.');
  }
  console.error(e);
  return new AppError('INTERNAL', 'Something went wrong on our side. Please try again.');
}

/** JSON error response: `{ error: { code, message, fieldErrors? } }`. */
export function toErrorResponse(e: unknown): Response {
  const err = toAppError(e);
  return Response.json(
    { error: { code: err.code, message: err.message, ...(err.fieldErrors ? { fieldErrors: err.fieldErrors } : {}) } },
    { status: err.status, headers: err.code === 'UNAVAILABLE' ? { 'Retry-After': '5' } : undefined },
  );
}
