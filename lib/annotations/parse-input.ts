/**
 * Parses input with a zod schema and turns a failure into
 * AppError('VALIDATION') whose message a person can act on (the first
 * problem in plain words, with per-field messages for forms), so data-layer
 * callers get the same error type whatever went wrong.
 */
import type { z } from 'zod';
import { AppError, describeZodError } from '../errors';

export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of result.error.issues) (fieldErrors[issue.path.join('.') || '_'] ??= []).push(issue.message);
  const message = result.error.issues.length === 1 && result.error.issues[0].path.length === 0
    ? result.error.issues[0].message
    : describeZodError(result.error);
  throw new AppError('VALIDATION', message, fieldErrors);
}
