/** "5 min ago" / "Mar 3" style times for cards, with the full date for a title attribute. */
export function relativeTime(date: Date | string, now = Date.now()): string {
  const d = new Date(date);
  const s = Math.round((now - d.getTime()) / 1000);
  if (s < 45) return 'just now';
  if (s < 3600) return `${Math.round(s / 60)} min ago`;
  if (s < 86400) return `${Math.round(s / 3600)} h ago`;
  return d.toLocaleDateString('en', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
}
