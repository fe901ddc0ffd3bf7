/**
 * Finds the Chromium that Playwright drives. Playwright's own browser
 * download cannot work offline, so Gloss uses the system's Chromium:
 * CHROMIUM_PATH, else /usr/bin/chromium. When it is missing and we are root
 * on Debian/Ubuntu, it is installed from apt; otherwise we say what to do.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ServiceError } from '../../lib/services/ports';

export function ensureChromium(): string {
  const wanted = process.env.CHROMIUM_PATH;
  if (wanted) {
    if (!existsSync(wanted)) throw new ServiceError(`CHROMIUM_PATH points at ${wanted}, which does not exist.`);
    return wanted;
  }
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(candidate)) return candidate;
  }
  const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canApt) {
    throw new ServiceError(
      'End-to-end tests need Chromium. Install it (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
  }
  console.log('[test] Chromium is missing: installing it with apt-get (one time, ~480 MB)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
  const install = update.status === 0 && spawnSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit', env });
  if (!install || install.status !== 0 || !existsSync('/usr/bin/chromium')) {
    throw new ServiceError('Installing Chromium with apt-get failed; install it yourself (`apt-get install -y chromium`) or set CHROMIUM_PATH.');
  }
  return '/usr/bin/chromium';
}
