import { useState, type FormEvent } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useAnswerSurvey, useSurvey } from './api';
import { LinkProblem } from './LinkProblem';

const SCORES = Array.from({ length: 11 }, (_unused, score) => score);

/** The NPS question from the survey email: a score (prefilled by the one-click links) and a comment. */
export function SurveyPage() {
  const { token = '' } = useParams();
  const [search] = useSearchParams();
  const given = Number(search.get('score'));
  const [score, setScore] = useState<number | undefined>(search.has('score') && SCORES.includes(given) ? given : undefined);
  const [comment, setComment] = useState('');
  const survey = useSurvey(token);
  const answer = useAnswerSurvey(token);

  if (survey.isPending) return <p aria-busy="true">Loading…</p>;
  if (survey.isError && !answer.isSuccess) return <LinkProblem error={survey.error} />;
  if (answer.isSuccess) {
    return (
      <section>
        <h1>Thank you</h1>
        <p>We have your answer: {answer.data.score} out of 10.</p>
        <p>{answer.data.category === 'promoter' ? 'We are glad you are happy with us.' : 'Someone from our team will be in touch about how we can do better.'}</p>
      </section>
    );
  }
  if (answer.isError) return <LinkProblem error={answer.error} />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (score !== undefined) answer.mutate({ score, ...(comment.trim() ? { comment } : {}) });
  };
  return (
    <form onSubmit={submit}>
      <h1>How likely are you to recommend us?</h1>
      <p>Hello {survey.data?.customerName}, your answer goes straight to the team looking after you.</p>
      <fieldset className="scores">
        <legend>On a scale from 0 (not at all likely) to 10 (extremely likely)</legend>
        {SCORES.map((value) => (
          <label key={value} className="score">
            <input type="radio" name="score" value={value} checked={score === value} onChange={() => setScore(value)} />
            {value}
          </label>
        ))}
      </fieldset>
      <label>
        Anything you would like to tell us? (optional)
        <textarea name="comment" rows={4} maxLength={2000} value={comment} onChange={(event) => setComment(event.target.value)} />
      </label>
      <button type="submit" disabled={score === undefined || answer.isPending} aria-busy={answer.isPending}>
        Send my answer
      </button>
    </form>
  );
}
