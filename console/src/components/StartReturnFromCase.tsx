import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';

/** The order a return on this case is for: its lines open with the case attached. */
export function StartReturnFromCase({ caseId }: { caseId: string }) {
  const navigate = useNavigate();
  const [orderId, setOrderId] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void navigate(`/orders/${encodeURIComponent(orderId.trim())}?case=${encodeURIComponent(caseId)}`);
  };
  return (
    <form onSubmit={submit} aria-label="Start a return">
      <label>
        Order id
        <input required value={orderId} onChange={(event) => setOrderId(event.target.value)} />
      </label>
      <button type="submit">Choose the lines</button>
    </form>
  );
}
