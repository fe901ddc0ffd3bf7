'use client';
/**
 * The floating toolbar over a text selection in the article: Highlight (h),
 * Annotate (a), Tag (t), and the meaning a quick highlight gets. Esc closes
 * it. It never takes focus on its own, so reading and selecting are not
 * interrupted; Tab from the page reaches it because it follows the article.
 */
import { MEANINGS, type Meaning } from '@/lib/annotate/stance-display';

interface Props {
  rect: { top: number; left: number; bottom: number };
  meaning: Meaning;
  onMeaning: (m: Meaning) => void;
  onHighlight: () => void;
  onAnnotate: () => void;
  onTag: () => void;
  onClose: () => void;
}

export default function SelectionToolbar({ rect, meaning, onMeaning, onHighlight, onAnnotate, onTag, onClose }: Props) {
  const above = typeof window === 'undefined' || rect.top - window.scrollY > 64;
  const style = {
    top: `${Math.round(above ? rect.top - 8 : rect.bottom + 8)}px`,
    left: `${Math.round(Math.max(8, Math.min(rect.left, (typeof window === 'undefined' ? 800 : window.innerWidth) - 360)))}px`,
  };
  return (
    <div
      role="toolbar"
      aria-label="Annotate selection"
      className={`selection-toolbar${above ? ' is-above' : ''}`}
      style={style}
      onMouseDown={(e) => e.preventDefault()}
      onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), onClose())}
    >
      <button type="button" className="tool" onClick={onHighlight} aria-keyshortcuts="h" title="Highlight privately (only you see it)">Highlight <kbd>h</kbd></button>
      <button type="button" className="tool" onClick={onAnnotate} aria-keyshortcuts="a">Annotate <kbd>a</kbd></button>
      <button type="button" className="tool" onClick={onTag} aria-keyshortcuts="t">Tag <kbd>t</kbd></button>
      <span className="tool-sep" aria-hidden="true" />
      {MEANINGS.map((m) => (
        <button
          key={m.value}
          type="button"
          className={`tool tool-meaning hl-swatch-${m.value}`}
          aria-pressed={meaning === m.value}
          title={`Highlight meaning: ${m.label}`}
          onClick={() => onMeaning(m.value)}
        >
          <span aria-hidden="true">{m.icon}</span> {m.label}
        </button>
      ))}
    </div>
  );
}
