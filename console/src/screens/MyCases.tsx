import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { mayUse } from '../access';
import { useCases, useOpenCase } from '../api/cases';
import { useSession } from '../api/session';
import { CursorPager, useCursorPages } from '../components/CursorPager';
import { DataTable } from '../components/DataTable';
import { Field } from '../components/Field';
import { ProblemMessage } from '../components/ProblemMessage';
import { QueryState } from '../components/QueryState';
import { words } from '../components/words';

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
  const pages = useCursorPages();
  const cases = useCases({ status: 'open', limit: 20, ...(pages.cursor ? { cursor: pages.cursor } : {}) });
  return (
    <>
      <h1>My open cases</h1>
      {user && mayUse(user.role, ['POST /v1/cases']) && <OpenCaseForm />}
      <QueryState query={cases} isEmpty={(page) => page.items.length === 0 && pages.page === 0} empty="No open cases.">
        {(page) => (
          <>
            <DataTable label="My open cases, table" headers={['Subject', 'Customer', 'Channel', 'Opened']}>
              {page.items.map((item) => (
                <tr key={item.id}>
                  <td>
                    <Link to={`/cases/${item.id}`}>{item.subject}</Link>
                  </td>
                  <td>{item.customerId}</td>
                  <td>{words(item.channel)}</td>
                  <td>{new Date(item.openedAt).toLocaleString()}</td>
                </tr>
              ))}
            </DataTable>
            <CursorPager pages={pages} nextCursor={page.nextCursor} labels={{ previous: 'Newer', next: 'Older' }} />
          </>
        )}
      </QueryState>
    </>
  );
}
