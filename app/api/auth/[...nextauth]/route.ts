/** Auth.js's own endpoints (session, csrf, callback, signout) under /api/auth. */
import { handlers } from '@/lib/auth/auth';

export const { GET, POST } = handlers;
