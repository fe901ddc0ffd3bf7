'use client';
/**
 * The import form. One form, one action; the "how" radio group picks which
 * fields count, and CSS (:has) shows only that fieldset, so switching needs
 * no script. Errors are announced in an aria-live region and tied to their
 * inputs with aria-describedby / aria-invalid.
 */
import { useActionState } from 'react';
import { ACCEPTED_FILE_TYPES } from '@/lib/reader/read-import-form';
import { importAction } from './actions';
import { initialImportFormState } from './form-state';

function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <p id={id} className="field-error">
      {messages.join(' ')}
    </p>
  );
}

/** Import form (URL, paste or file) posting to `importAction`. */
export default function ImportForm() {
  const [state, formAction, pending] = useActionState(importAction, initialImportFormState);
  const errs = state.fieldErrors;
  const invalid = (name: string) => (errs[name]?.length ? true : undefined);
  const describedBy = (name: string, hint?: string) =>
    [hint, errs[name]?.length ? `${name}-error` : undefined].filter(Boolean).join(' ') || undefined;

  return (
    <form action={formAction} className="import-form" aria-describedby="import-status" noValidate>
      <fieldset className="import-kinds">
        <legend>How would you like to import?</legend>
        {[
          ['url', 'From a link'],
          ['paste', 'Paste text'],
          ['file', 'Upload a file'],
        ].map(([value, label]) => (
          <label key={value} className="import-kind">
            <input type="radio" name="kind" value={value} id={`kind-${value}`} defaultChecked={state.kind === value} />
            <span>{label}</span>
          </label>
        ))}
      </fieldset>

      <fieldset className="import-panel import-panel-url">
        <legend className="visually-hidden">From a link</legend>
        <label htmlFor="import-url">Article address</label>
        <input
          id="import-url"
          className="input"
          name="url"
          type="url"
          inputMode="url"
          placeholder="https://example.org/an-essay"
          defaultValue={state.values.url}
          aria-invalid={invalid('url')}
          aria-describedby={describedBy('url', 'url-hint')}
        />
        <p id="url-hint" className="field-hint">Gloss fetches the page and keeps the readable article.</p>
        <FieldError id="url-error" messages={errs.url} />
      </fieldset>

      <fieldset className="import-panel import-panel-paste">
        <legend className="visually-hidden">Paste text</legend>
        <div className="field-row">
          <div className="field">
            <label htmlFor="import-title">Title <span className="optional">(optional)</span></label>
            <input
              id="import-title"
              className="input"
              name="title"
              defaultValue={state.values.title}
              maxLength={300}
              aria-invalid={invalid('title')}
              aria-describedby={describedBy('title')}
            />
            <FieldError id="title-error" messages={errs.title} />
          </div>
          <div className="field field-narrow">
            <label htmlFor="import-format">Format</label>
            <select
              id="import-format"
              className="select"
              name="format"
              defaultValue={state.values.format}
              aria-invalid={invalid('format')}
              aria-describedby={describedBy('format')}
            >
              <option value="html">HTML</option>
              <option value="markdown">Markdown</option>
              <option value="text">Plain text</option>
            </select>
            <FieldError id="format-error" messages={errs.format} />
          </div>
        </div>
        <label htmlFor="import-content">Text</label>
        <textarea
          id="import-content"
          className="textarea"
          name="content"
          rows={12}
          defaultValue={state.values.content}
          aria-invalid={invalid('content')}
          aria-describedby={describedBy('content')}
        />
        <FieldError id="content-error" messages={errs.content} />
      </fieldset>

      <fieldset className="import-panel import-panel-file">
        <legend className="visually-hidden">Upload a file</legend>
        <label htmlFor="import-file">File</label>
        <input
          id="import-file"
          className="input"
          name="file"
          type="file"
          accept={ACCEPTED_FILE_TYPES}
          aria-invalid={invalid('file')}
          aria-describedby={describedBy('file', 'file-hint')}
        />
        <p id="file-hint" className="field-hint">HTML (.html, .htm), Markdown (.md, .markdown) or plain text (.txt), up to 5 MB.</p>
        <FieldError id="file-error" messages={errs.file} />
      </fieldset>

      {/* The live region is always in the DOM so screen readers announce new messages. */}
      <div id="import-status" role="alert" aria-live="assertive">
        {state.message && <p className="alert">{state.message}</p>}
      </div>

      <button type="submit" className="button" disabled={pending} aria-disabled={pending}>
        {pending ? 'Importing…' : 'Import'}
      </button>
    </form>
  );
}
