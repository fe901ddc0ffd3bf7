'use client';
/**
 * The group's invite link for owners and moderators, in a read-only field
 * (select-all on focus, so copying by hand works too) with a Copy button whose
 * result is announced.
 */
import { useState } from 'react';

export default function InviteLink({ url }: { url: string }) {
  const [status, setStatus] = useState('');
  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setStatus('Copied the invite link.');
    } catch {
      setStatus('Could not copy automatically: select the link and copy it by hand.');
    }
  }
  return (
    <div className="invite-link">
      <label htmlFor="invite-url">Invite link</label>
      <div className="invite-link-row">
        <input
          id="invite-url"
          className="input"
          readOnly
          value={url}
          onFocus={(e) => e.currentTarget.select()}
          aria-describedby="invite-url-hint invite-url-status"
        />
        <button type="button" className="button button-quiet" onClick={copy}>
          Copy link
        </button>
      </div>
      <p id="invite-url-hint" className="field-hint">Anyone with this link can join the group as a member.</p>
      <p id="invite-url-status" className="action-status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
