import { useRef, useState, type ReactNode, type SubmitEvent } from 'react';
import { Button } from './button';
import { FormField } from './form-field';
import { Loading } from './spinner';
import { formatSize } from '@/lib/format';

export interface FileUploadFormProps {
  id: string;
  label: string;
  hint: ReactNode;
  /** The file input's `accept`. */
  accept: string;
  /** Shown when the form is sent without a file. */
  missingMessage: string;
  submitLabel: string;
  busyLabel: string;
  pending: boolean;
  /** A new file was chosen: the caller forgets the last result. */
  onChoose: () => void;
  onSubmit: (file: File) => void;
  /** More fields between the file and the button. */
  children?: ReactNode;
}

/**
 * An importer's form: choose a file (its name and size shown), send it, and a progress line while
 * the server reads it. Sending without a file says so and returns focus to the file input.
 */
export function FileUploadForm(props: FileUploadFormProps) {
  const { id, label, hint, accept, missingMessage, submitLabel, busyLabel, pending, onChoose, onSubmit, children } = props;
  const [file, setFile] = useState<File | null>(null);
  const [missingFile, setMissingFile] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    if (!file) {
      setMissingFile(true);
      fileRef.current?.focus();
      return;
    }
    setMissingFile(false);
    onSubmit(file);
  };

  return (
    <>
      <form className="form" onSubmit={submit} noValidate aria-busy={pending}>
        <FormField id={id} label={label} hint={hint} error={missingFile ? missingMessage : undefined}>
          {(control) => (
            <input
              {...control}
              ref={fileRef}
              className="input input--file"
              type="file"
              accept={accept}
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null);
                setMissingFile(false);
                onChoose();
              }}
            />
          )}
        </FormField>
        {file ? (
          <p className="meta">
            Chosen: {file.name} ({formatSize(file.size)})
          </p>
        ) : null}
        {children}
        <div className="button-row">
          <Button type="submit" busy={pending}>
            {pending ? busyLabel : submitLabel}
          </Button>
        </div>
      </form>
      {pending ? <Loading label={`Uploading and checking ${file?.name ?? 'the file'}… Large files can take a minute.`} /> : null}
    </>
  );
}
