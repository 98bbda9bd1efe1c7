import { useState, type FormEvent } from 'react';
import { ProblemMessage } from '../components/ProblemMessage';
import { useRequestException, type CustomerOrder, type ExceptionRequest } from './api';
import { REASON } from './words';

/** Ask for a line outside the return policy to be taken back anyway: a member of staff decides. */
export function ExceptionRequestForm({ token, line }: { token: string; line: CustomerOrder['lines'][number] }) {
  const request = useRequestException(token);
  const [reason, setReason] = useState<ExceptionRequest['reason']>('damaged');
  const [note, setNote] = useState('');
  if (request.isSuccess) {
    return (
      <p role="status">
        Your request is with our team; they will contact you. Your reference: <strong>{request.data.reference}</strong>
      </p>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    request.mutate({ lines: [{ sku: line.sku, qty: line.qty }], reason, ...(note.trim() ? { note } : {}) });
  };
  return (
    <form onSubmit={submit} className="exception-request">
      <label>
        Why should we take back {line.name}?
        <select name="exceptionReason" value={reason} onChange={(event) => setReason(event.target.value as typeof reason)}>
          {Object.entries(REASON).map(([code, words]) => (
            <option key={code} value={code}>
              {words}
            </option>
          ))}
        </select>
      </label>
      <label>
        Tell us more (optional)
        <textarea name="exceptionNote" rows={3} maxLength={2000} value={note} onChange={(event) => setNote(event.target.value)} />
      </label>
      <ProblemMessage error={request.error} />
      <button type="submit" disabled={request.isPending} aria-busy={request.isPending}>
        Send the request
      </button>
    </form>
  );
}
