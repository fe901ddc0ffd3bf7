import type { Metadata, Viewport } from 'next';
import SiteHeader from '@/components/site-header';
import ThemeScript from '@/components/theme-script';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Gloss', template: '%s · Gloss' },
  description: 'Read, highlight and argue about what you read, together.',
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#141518' },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    // The theme script sets data-theme on <html> before React hydrates.
    <html lang="en" suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body>
        <a className="skip-link" href="#main">Skip to content</a>
        <SiteHeader />
        <main id="main" className="site-main" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <p>Gloss — a self-hosted reader for annotating together. Press <kbd>?</kbd> on an article for keyboard shortcuts.</p>
        </footer>
      </body>
    </html>
  );
}
