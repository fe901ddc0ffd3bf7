/**
 * Applies the saved theme before the first paint, so a reader who chose dark
 * never sees a white flash. It must be an inline script in <head> (the CSP
 * allows inline scripts for Next's own bootstrap); it is tiny and never throws.
 */
export const THEME_STORAGE_KEY = 'gloss-theme';

const script = `(function(){try{var t=localStorage.getItem('${THEME_STORAGE_KEY}');if(t==='light'||t==='dark'){document.documentElement.setAttribute('data-theme',t);}}catch(e){}})();`;

/** Inline <script> for <head> that sets `data-theme` on <html> from localStorage. */
export default function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
