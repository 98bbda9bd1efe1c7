import { useState, type FormEvent } from 'react';
import { formatMoney, parseMoney } from '../../../src/domain/money';
import { useCreditsPolicy, useRequestCredit, type Credit } from '../api/credits';
import { Field } from './Field';
import { MoneyInput } from './MoneyInput';
import { ProblemMessage } from './ProblemMessage';

const KINDS = [
  { value: 'refund', label: 'Refund' },
  { value: 'store_credit', label: 'Store credit' },
  { value: 'goodwill', label: 'Goodwill' },
] as const;

/** What became of a requested credit, said at once: posted, or waiting on whom. */
function Outcome({ credit }: { credit: Pick<Credit, 'amount' | 'status' | 'queueRole' | 'routeReason'> }) {
  const amount = formatMoney(credit.amount);
  if (credit.status === 'posted' || credit.status === 'approved') return <p role="status">Credit of {amount} {credit.status}.</p>;
  if (credit.status === 'pending_approval') {
    return (
      <p role="status">
        Credit of {amount} is waiting for approval by {credit.queueRole?.replace('_', ' ') ?? 'an approver'}
        {credit.routeReason ? ` (${credit.routeReason})` : ''}.
      </p>
    );
  }
  return <p role="status">Credit of {amount}: {credit.status.replace('_', ' ')}.</p>;
}

export function RequestCreditForm({ caseId, customerId }: { caseId: string; customerId: string }) {
  const policy = useCreditsPolicy();
  const request = useRequestCredit();
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [amount, setAmount] = useState('');
  const [kind, setKind] = useState<(typeof KINDS)[number]['value']>('refund');
  const [reason, setReason] = useState('');
  const [amountError, setAmountError] = useState<string | null>(null);
  const document = policy.data?.document;
  const currency = document && 'currency' in document ? document.currency : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!currency) return;
    const money = parseMoney(amount, currency);
    setAmountError(money ? null : `Enter an amount such as 900.00 in ${currency}`);
    if (!money) return;
    request.mutate(
      { body: { customerId, caseId, amount: money, kind, reason }, idempotencyKey },
      {
        onSuccess: () => {
          setIdempotencyKey(crypto.randomUUID());
          setAmount('');
          setReason('');
        },
      },
    );
  };

  return (
    <form onSubmit={submit} aria-label="Request a credit">
      <div className="grid">
        <Field label={`Amount${currency ? ` (${currency})` : ''}`} name="amount" error={request.error}>
          <MoneyInput required value={amount} onChange={(event) => setAmount(event.target.value)} />
        </Field>
        <Field label="Kind" name="kind" error={request.error}>
          <select value={kind} onChange={(event) => setKind(event.target.value as typeof kind)}>
            {KINDS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {amountError && (
        <p role="alert" className="field-error">
          {amountError}
        </p>
      )}
      <Field label="Reason" name="reason" error={request.error}>
        <textarea required value={reason} onChange={(event) => setReason(event.target.value)} />
      </Field>
      <ProblemMessage error={policy.error ?? request.error} shownFields={['amount', 'kind', 'reason']} />
      <button type="submit" aria-busy={request.isPending} disabled={request.isPending || !currency}>
        Request the credit
      </button>
      {request.data && <Outcome credit={request.data} />}
    </form>
  );
}
