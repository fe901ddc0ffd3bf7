'use client';
/**
 * Owners' tag management: every tag of the group with its count, a rename
 * field per tag, and a merge form (tick tags, pick the one to keep). The
 * checkboxes live in the table rows but belong to the merge form through the
 * `form` attribute, because forms cannot nest.
 */
import { useActionState } from 'react';
import type { FormState } from '@/components/groups/action-state';
import type { GroupTag } from '@/lib/tags/list-group-tags';

type Action = (previous: FormState, form: FormData) => Promise<FormState>;

export default function TagManager({ tags, renameAction, mergeAction }: { tags: GroupTag[]; renameAction: Action; mergeAction: Action }) {
  const [renameState, rename, renaming] = useActionState(renameAction, {});
  const [mergeState, merge, merging] = useActionState(mergeAction, {});
  if (tags.length === 0) {
    return <p className="muted">No tags yet. Tags that members add to the group’s annotations appear here.</p>;
  }
  const renameFailedFor = renameState.ok ? undefined : renameState.values?.tag;
  const mergeError = (name: string) => mergeState.fieldErrors?.[name]?.[0];
  return (
    <div className="tag-manager">
      <div className="table-scroll">
        <table className="tag-table">
          <caption className="visually-hidden">Tags used in this group</caption>
          <thead>
            <tr>
              <th scope="col">Merge</th>
              <th scope="col">Tag</th>
              <th scope="col">Annotations</th>
              <th scope="col">Rename</th>
            </tr>
          </thead>
          <tbody>
            {tags.map((t) => {
              const errorId = `rename-error-${t.slug}`;
              const rowError = renameFailedFor === t.slug ? renameState.fieldErrors?.newName?.[0] ?? renameState.message : undefined;
              return (
                <tr key={t.slug}>
                  <td>
                    <input type="checkbox" form="merge-tags-form" name="from" value={t.slug} id={`merge-${t.slug}`} aria-label={`Merge ${t.name}`} />
                  </td>
                  <td>
                    <a href={`/tags/${encodeURIComponent(t.slug)}`}>#{t.name}</a>
                  </td>
                  <td>{t.count}</td>
                  <td>
                    <form action={rename} className="rename-form">
                      <input type="hidden" name="tag" value={t.slug} />
                      <label className="visually-hidden" htmlFor={`rename-${t.slug}`}>
                        New name for {t.name}
                      </label>
                      <input
                        id={`rename-${t.slug}`}
                        name="newName"
                        className="input input-small"
                        maxLength={40}
                        placeholder={t.name}
                        aria-invalid={rowError ? true : undefined}
                        aria-describedby={errorId}
                      />
                      <button type="submit" className="button button-quiet button-small" disabled={renaming} aria-label={`Rename ${t.name}`}>
                        Rename
                      </button>
                      <p id={errorId} className="field-error" aria-live="polite">
                        {rowError ?? ''}
                      </p>
                    </form>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="action-status" role="status" aria-live="polite">
        {renaming ? 'Renaming…' : renameState.ok ? renameState.message : ''}
      </p>

      <form id="merge-tags-form" action={merge} className="merge-form" aria-labelledby="merge-heading" noValidate>
        <h3 id="merge-heading">Merge tags</h3>
        <p className="field-hint" id="merge-hint">
          Tick the tags above that mean the same thing, then choose the one to keep. Their annotations get the kept tag.
        </p>
        <div className="merge-row">
          <label htmlFor="merge-into">Merge ticked tags into</label>
          <select
            id="merge-into"
            name="into"
            className="select select-small"
            defaultValue=""
            aria-invalid={mergeError('into') ? true : undefined}
            aria-describedby="merge-hint merge-error"
          >
            <option value="" disabled>
              Choose a tag
            </option>
            {tags.map((t) => (
              <option key={t.slug} value={t.slug}>
                {t.name}
              </option>
            ))}
          </select>
          <button type="submit" className="button button-small" disabled={merging}>
            {merging ? 'Merging…' : 'Merge'}
          </button>
        </div>
        <p id="merge-error" className={mergeState.ok ? 'action-status' : 'field-error'} role="status" aria-live="polite">
          {mergeState.ok ? mergeState.message : mergeError('from') ?? mergeError('into') ?? mergeState.message ?? ''}
        </p>
      </form>
    </div>
  );
}
