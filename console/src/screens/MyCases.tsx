import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { mayUse } from '../access';
import { useCases, useOpenCase } from '../api/cases';
import { useSession } from '../api/session';
import { Field } from '../components/Field';
import { ProblemMessage } from '../components/ProblemMessage';
import { QueryState } from '../components/QueryState';

const CHANNELS = ['phone', 'email', 'chat', 'in_person', 'web'] as const;

function OpenCaseForm() {
  const open = useOpenCase();
  const navigate = useNavigate();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [customerId, setCustomerId] = useState('');
  const [subject, setSubject] = useState('');
  const [channel, setChannel] = useState<(typeof CHANNELS)[number]>('phone');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    open.mutate({ body: { customerId, subject, channel }, idempotencyKey }, { onSuccess: (opened) => void navigate(`/cases/${opened.id}`) });
  };
  return (
    <details>
      <summary role="button" className="outline">
        Open a case
      </summary>
      <form onSubmit={submit} aria-label="Open a case">
        <Field label="Customer id" name="customerId" error={open.error}>
          <input required value={customerId} onChange={(event) => setCustomerId(event.target.value)} />
        </Field>
        <Field label="Subject" name="subject" error={open.error}>
          <input required value={subject} onChange={(event) => setSubject(event.target.value)} />
        </Field>
        <Field label="Channel" name="channel" error={open.error}>
          <select value={channel} onChange={(event) => setChannel(event.target.value as (typeof CHANNELS)[number])}>
            {CHANNELS.map((option) => (
              <option key={option} value={option}>
                {option.replace('_', ' ')}
              </option>
            ))}
          </select>
        </Field>
        <ProblemMessage error={open.error} shownFields={['customerId', 'subject', 'channel']} />
        <button type="submit" aria-busy={open.isPending} disabled={open.isPending}>
          Open the case
        </button>
      </form>
    </details>
  );
}

/** The open cases the caller works (the API lists only those), newest first, a page at a time. */
export default function MyCases() {
  const user = useSession().data;
  const [cursors, setCursors] = useState<string[]>([]);
  const cursor = cursors.at(-1);
  const cases = useCases({ status: 'open', limit: 20, ...(cursor ? { cursor } : {}) });
  return (
    <>
      <h1>My open cases</h1>
      {user && mayUse(user.role, ['POST /v1/cases']) && <OpenCaseForm />}
      <QueryState query={cases} isEmpty={(page) => page.items.length === 0 && cursors.length === 0} empty="No open cases.">
        {(page) => (
          <>
            <div className="overflow-auto">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Subject</th>
                    <th scope="col">Customer</th>
                    <th scope="col">Channel</th>
                    <th scope="col">Opened</th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((item) => (
                    <tr key={item.id}>
                      <td>
                        <Link to={`/cases/${item.id}`}>{item.subject}</Link>
                      </td>
                      <td>{item.customerId}</td>
                      <td>{item.channel.replace('_', ' ')}</td>
                      <td>{new Date(item.openedAt).toLocaleString()}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <nav aria-label="Pages" className="pager">
              <button type="button" className="secondary" disabled={cursors.length === 0} onClick={() => setCursors(cursors.slice(0, -1))}>
                Newer
              </button>
              <button type="button" className="secondary" disabled={!page.nextCursor} onClick={() => page.nextCursor && setCursors([...cursors, page.nextCursor])}>
                Older
              </button>
            </nav>
          </>
        )}
      </QueryState>
    </>
  );
}
