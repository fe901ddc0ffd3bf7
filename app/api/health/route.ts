import { checkHealth } from '@/lib/health/check-health';

export const dynamic = 'force-dynamic';

/** 200 when the database answers, 503 when it does not; search is reported but optional. */
export async function GET() {
  const health = await checkHealth();
  return Response.json(health, { status: health.db === 'ok' ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}
