'use client';
/**
 * Tag entry with autocomplete (WAI-ARIA combobox with a listbox popup):
 * type, pick a suggestion with ↑/↓ and Enter, or press Enter/comma to add
 * what you typed; Backspace in an empty box removes the last tag. Suggestions
 * come from GET /api/tags?prefix= (tags on annotations you can read).
 */
import { useEffect, useId, useRef, useState } from 'react';

interface Props {
  tags: string[];
  onChange: (tags: string[]) => void;
  label?: string;
  autoFocus?: boolean;
}

export default function TagInput({ tags, onChange, label = 'Tags', autoFocus }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const [options, setOptions] = useState<Array<{ name: string; slug: string }>>([]);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const prefix = text.trim();
    if (!prefix) {
      setOptions([]);
      return;
    }
    const ctrl = new AbortController();
    const t = setTimeout(() => {
      fetch(`/api/tags?prefix=${encodeURIComponent(prefix)}&limit=8`, { signal: ctrl.signal })
        .then((r) => (r.ok ? r.json() : { tags: [] }))
        .then((j: { tags: Array<{ name: string; slug: string }> }) => {
          setOptions(j.tags.filter((s) => !tags.includes(s.name)));
          setActive(-1);
          setOpen(true);
        })
        .catch(() => {});
    }, 120);
    return () => {
      clearTimeout(t);
      ctrl.abort();
    };
  }, [text, tags]);

  const add = (name: string) => {
    const clean = name.trim().replace(/,+$/, '');
    if (clean && !tags.some((t) => t.toLowerCase() === clean.toLowerCase())) onChange([...tags, clean]);
    setText('');
    setOpen(false);
    inputRef.current?.focus();
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && options.length) {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (a + 1) % options.length);
    } else if (e.key === 'ArrowUp' && options.length) {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (a <= 0 ? options.length - 1 : a - 1));
    } else if (e.key === 'Enter' || e.key === ',') {
      if (open && active >= 0 && options[active]) {
        e.preventDefault();
        add(options[active].name);
      } else if (text.trim()) {
        e.preventDefault();
        add(text);
      }
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
    } else if (e.key === 'Backspace' && !text && tags.length) {
      onChange(tags.slice(0, -1));
    }
  };

  const showList = open && options.length > 0;
  return (
    <div className="tag-input">
      <label htmlFor={`${id}-input`} className="field-label">{label}</label>
      {tags.length > 0 && (
        <ul className="tag-list" aria-label="Chosen tags">
          {tags.map((t) => (
            <li key={t} className="tag-chip">
              {t}
              <button type="button" className="chip-remove" aria-label={`Remove tag ${t}`} onClick={() => onChange(tags.filter((x) => x !== t))}>×</button>
            </li>
          ))}
        </ul>
      )}
      <div className="combo">
        <input
          ref={inputRef}
          id={`${id}-input`}
          className="input"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={showList}
          aria-controls={`${id}-list`}
          aria-activedescendant={showList && active >= 0 ? `${id}-opt-${active}` : undefined}
          autoComplete="off"
          autoFocus={autoFocus}
          placeholder="Add a tag, Enter to add"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
        />
        <ul id={`${id}-list`} role="listbox" aria-label="Tag suggestions" className="combo-list" hidden={!showList}>
          {options.map((o, i) => (
            <li
              key={o.slug}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              className="combo-option"
              onMouseDown={(e) => {
                e.preventDefault();
                add(o.name);
              }}
            >
              {o.name}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
