import type { ParagraphReport } from '../lib/types';
import { byPublished, linkableUrl, matchStrength, outletName, sourceAttributes } from './format';
import { SourceName } from './SourceName';

/** Characters of an unnamed outlet's hint a tag shows: a few words, enough to tell two apart. */
const TAG_HINT_CHARS = 22;

/** Props: the report's paragraphs, and what to do when one is chosen. */
export interface MatchedParagraphsProps {
  paragraphs: ParagraphReport[];
  onShow: (index: number) => void;
}

/** Every matched paragraph (its text, clamped, as text), with one tag per source that carried it. */
export function MatchedParagraphs({ paragraphs, onShow }: MatchedParagraphsProps) {
  const matched = paragraphs.filter((p) => p.matches.length);
  return (
    <section class="paragraphs" aria-labelledby="paragraphs-title">
      <h2 id="paragraphs-title">Matched paragraphs</h2>
      <ol class="paragraph-list">
        {matched.map((p) => (
          <li key={p.index} class="paragraph" data-paragraph-index={p.index}>
            <button type="button" class="paragraph-button" onClick={() => onShow(p.index)} title="Show this paragraph on the page">
              <span class="paragraph-number">¶ {p.index + 1}</span>
              <span class="paragraph-text">{p.text}</span>
            </button>
            <ul class="match-tags">
              {[...p.matches].sort(byPublished).map((m) => {
                const strength = matchStrength(m);
                return (
                  <li
                    key={m.sourceId}
                    class={`match-tag kind-${m.kind} strength-${strength}`}
                    data-source-id={m.sourceId}
                    data-kind={m.kind}
                    data-strength={strength}
                    {...sourceAttributes(m)}
                  >
                    <SourceName class="match-outlet" name={outletName(m, TAG_HINT_CHARS)} url={linkableUrl(m.url)} />
                    <span class="match-kind">{m.kind}</span>
                    {/* A weaker claim says so in words: the reader is not asked to read a score. */}
                    {strength === 'likely' || strength === 'possible' ? <span class="match-strength">{strength}</span> : null}
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
