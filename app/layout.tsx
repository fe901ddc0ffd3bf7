import type { Metadata } from 'next';
import './globals.css';

export const metadata: Metadata = { title: 'Gloss', description: 'Read, highlight and argue about what you read, together.' };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
