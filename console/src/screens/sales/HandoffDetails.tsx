import { useHandoff, useHandoffContacts } from '../../api/handoffs';
import { Countdown } from '../../components/Countdown';
import { useCursorPages } from '../../components/CursorPager';
import { PagedItems } from '../../components/PagedItems';
import { QueryState } from '../../components/QueryState';
import { TemporalLink } from '../../components/TemporalLink';
import { words } from '../../components/words';

/** The contacts with the customer, newest first, a page at a time. */
function Contacts({ handoffId, total }: { handoffId: string; total: number }) {
  const pages = useCursorPages();
  const contacts = useHandoffContacts(handoffId, pages.cursor);
  return (
    <section aria-label="Contacts">
      <h3>Contacts</h3>
      <PagedItems query={contacts} pages={pages} total={total} noun="contact" empty="No contact yet.">
        {(contact) => (
          <li key={`${contact.at}-${contact.by.id}`}>
            <time dateTime={contact.at}>{new Date(contact.at).toLocaleString()}</time>, {contact.by.name}: {words(contact.kind)}, {words(contact.outcome)}
            {contact.note && `: ${contact.note}`}
          </li>
        )}
      </PagedItems>
    </section>
  );
}

/** Where one handoff stands: its owner, commitments, check-ins and the survey. */
export function HandoffDetails({ id, onClose }: { id: string; onClose: () => void }) {
  const handoff = useHandoff(id);
  return (
    <QueryState query={handoff}>
      {(item) => (
        <article aria-label={`Handoff of deal ${item.dealId}`}>
          <header>
            <strong>Deal {item.dealId}</strong> for {item.customer.name} ({item.customer.tier}): {words(item.status)}
          </header>
          <p>Owner: {item.owner ? item.owner.name : 'not assigned yet'}{item.welcomedAt ? `, welcomed ${new Date(item.welcomedAt).toLocaleString()}` : ', welcome contact pending'}.</p>
          <h3>Commitments</h3>
          {item.commitments.length === 0 ? (
            <p className="empty">No commitment.</p>
          ) : (
            <ul>
              {item.commitments.map((commitment) => (
                <li key={commitment.n}>
                  {commitment.description}: {words(commitment.status)}
                  {commitment.dueAt && commitment.status === 'open' && (
                    <>
                      {' '}
                      <Countdown dueAt={commitment.dueAt} startedAt={item.handedOverAt} />
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
          <p>
            Next check-in: {item.nextCheckIn ? `${new Date(item.nextCheckIn.dueFrom).toLocaleDateString()} (${item.nextCheckIn.status})` : 'none left'}. Survey:{' '}
            {item.survey ? `${words(item.survey.status)}${item.survey.score !== null ? `, score ${item.survey.score}` : ''}` : 'not scheduled'}.
          </p>
          <Contacts handoffId={item.id} total={item.contactsTotal} />
          <footer className="actions">
            <TemporalLink workflowId={item.workflowId} />
            <button type="button" className="secondary outline" onClick={onClose}>
              Close
            </button>
          </footer>
        </article>
      )}
    </QueryState>
  );
}
