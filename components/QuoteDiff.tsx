import type { QuoteVariant } from '../lib/types';

/**
 * How an outlet's version of a quote differs from the page's: the outlet's
 * words struck through, this page's underlined. Text only.
 */
export function QuoteDiff({ variant }: { variant: QuoteVariant }) {
  const last = variant.diff.length - 1;
  return (
    <div class={`pl-variant${variant.significant ? ' pl-variant-significant' : ''}`}>
      <p class="pl-variant-title">
        {variant.significant ? 'This outlet quotes it differently (a number or a negation changed):' : 'This outlet quotes it differently:'}
      </p>
      <p class="pl-variant-diff">
        {variant.diff.map((part, i) => {
          const gap = i < last ? ' ' : '';
          if (part.op === 'equal') return <span key={i}>{part.text + gap}</span>;
          if (part.op === 'removed')
            return (
              <span key={i}>
                <del title="the outlet’s words">{part.text}</del>
                {gap}
              </span>
            );
          return (
            <span key={i}>
              <ins title="this page’s words">{part.text}</ins>
              {gap}
            </span>
          );
        })}
      </p>
    </div>
  );
}
