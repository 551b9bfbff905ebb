import type { MatchKind, OutletReport } from '../lib/types';
import { byPublished, formatDate, linkableUrl, outletLabel, plural, sourceAttributes } from './format';
import { SourceName } from './SourceName';
import { memoryReadDate } from '../lib/memory/memory-source-id';

const KINDS: MatchKind[] = ['passage', 'quote', 'claim'];

/** Props: the report's outlets. */
export interface OutletListProps {
  outlets: OutletReport[];
}

/**
 * The outlets that carried the page, earliest published first and undated
 * ones last, the earliest marked, with how many paragraphs each carried, by kind.
 */
export function OutletList({ outlets }: OutletListProps) {
  const sorted = [...outlets].sort(byPublished);
  const earliest = sorted[0]?.published ? sorted[0].sourceId : null;
  return (
    <section class="outlets" aria-labelledby="outlets-title">
      <h2 id="outlets-title">Outlets, earliest first</h2>
      <ol class="outlet-list">
        {sorted.map((o) => {
          const label = outletLabel(o);
          return (
            <li
              key={o.sourceId}
              class={`outlet${o.sourceId === earliest ? ' is-earliest' : ''}`}
              data-source-id={o.sourceId}
              data-paragraphs={o.paragraphs}
              {...sourceAttributes(o)}
            >
              <div class="outlet-line">
                <SourceName class="outlet-name" name={label.name} url={linkableUrl(o.url)} />
                <span class="outlet-date">{formatDate(o.published)}</span>
              </div>
              {label.hint && <div class="outlet-hint">“{label.hint}”</div>}
              <div class="outlet-counts">
                {o.sourceId === earliest && <span class="earliest-tag">earliest</span>}
                {o.origin === 'pack' && <span class="origin-tag">imported pack</span>}
                {o.origin === 'memory' && <span class="origin-tag">read on {formatDate(memoryReadDate(o.sourceId))}</span>}
                <span class="outlet-paragraphs">{plural(o.paragraphs, 'paragraph')}</span>
                {KINDS.filter((k) => o.kinds[k] > 0).map((k) => (
                  <span key={k} class={`count count-${k}`}>
                    {plural(o.kinds[k], k)}
                  </span>
                ))}
              </div>
            </li>
          );
        })}
      </ol>
      {sorted.some((o) => !o.published) && <p class="note">Outlets whose articles carry no date are listed last.</p>}
    </section>
  );
}
