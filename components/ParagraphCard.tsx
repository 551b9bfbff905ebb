import type { Match, ParagraphReport } from '../lib/types';
import { byPublished, formatDate, outletName, plural } from './format';
import { KindTag } from './KindTag';
import { SourceSentence } from './SourceSentence';
import { QuoteDiff } from './QuoteDiff';

/** Props of the card: one paragraph's matches, and a way to close it. */
export interface ParagraphCardProps {
  paragraph: ParagraphReport;
  onClose?: () => void;
}

/**
 * What a marker's card says about one paragraph: every outlet that carried
 * it (earliest first, undated last), how, the outlet's own sentence with the
 * shared words emphasised, its date, and how it words a quote differently.
 */
export function ParagraphCard({ paragraph, onClose }: ParagraphCardProps) {
  const matches = [...paragraph.matches].sort(byPublished);
  return (
    <div class="pl-card-inner">
      <header class="pl-card-head">
        <span class="pl-card-title">Also carried by {plural(matches.length, 'outlet')}</span>
        {onClose && (
          <button type="button" class="pl-close" aria-label="Close" onClick={onClose}>
            ×
          </button>
        )}
      </header>
      <ol class="pl-matches">
        {matches.map((m) => (
          <MatchItem key={m.sourceId} match={m} earliest={paragraph.earliest === m.sourceId} />
        ))}
      </ol>
      <footer class="pl-card-foot">Matched on this device by Provenance Lens</footer>
    </div>
  );
}

function MatchItem({ match, earliest }: { match: Match; earliest: boolean }) {
  return (
    <li class={`pl-match${earliest ? ' pl-earliest' : ''}`}>
      <div class="pl-match-head">
        <span class="pl-outlet">{outletName(match)}</span>
        <span class="pl-date">{formatDate(match.published)}</span>
      </div>
      <div class="pl-tags">
        <KindTag kind={match.kind} />
        {earliest && <span class="pl-first">earliest</span>}
      </div>
      <SourceSentence text={match.sourceText} span={match.sourceSpan} />
      {match.variant && <QuoteDiff variant={match.variant} />}
    </li>
  );
}
