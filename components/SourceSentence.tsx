import type { Span } from '../lib/types';
import { excerpt } from './format';

/** The source's own sentence(s), the words it shares with the page emphasised. Text only: never parsed as markup. */
export function SourceSentence({ text, span }: { text: string; span?: Span }) {
  return (
    <blockquote class="pl-source-text">
      {excerpt(text, span).map((p, i) => (p.emphasis ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </blockquote>
  );
}
