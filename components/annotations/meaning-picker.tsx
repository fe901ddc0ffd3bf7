'use client';
/** The four highlight meanings as a labelled radio group (icon + word, never colour alone). */
import { useId } from 'react';
import { MEANINGS, type Meaning } from '@/lib/annotate/stance-display';

export default function MeaningPicker({ value, onChange }: { value: Meaning; onChange: (m: Meaning) => void }) {
  const name = useId();
  return (
    <fieldset className="meaning-picker">
      <legend className="field-label">Meaning</legend>
      {MEANINGS.map((m) => (
        <label key={m.value} className={`meaning-option hl-swatch-${m.value}`}>
          <input type="radio" name={name} value={m.value} checked={value === m.value} onChange={() => onChange(m.value)} />
          <span aria-hidden="true" className="meaning-icon">{m.icon}</span> {m.label}
        </label>
      ))}
    </fieldset>
  );
}
