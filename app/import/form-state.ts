/** What the import action returns to the form after a failed attempt. */
export interface ImportFormState {
  kind: string;
  values: { url: string; title: string; format: string; content: string };
  /** A user-safe summary (AppError messages are written to be shown). */
  message: string;
  fieldErrors: Record<string, string[]>;
}

export const initialImportFormState: ImportFormState = {
  kind: 'url',
  values: { url: '', title: '', format: 'html', content: '' },
  message: '',
  fieldErrors: {},
};
