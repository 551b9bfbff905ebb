import type { SourceSetView } from '../lib/packs/source-sets';
import { formatBytes, formatDateRange, plural } from './format';

/** Props: one source set, and what its switch and remove button ask for. */
export interface SourceSetRowProps {
  set: SourceSetView;
  /** Disables the controls while a change is being stored. */
  busy: boolean;
  onToggle: (id: string, enabled: boolean) => void;
  onRemove: (id: string) => void;
}

const ORIGIN_LABEL = { bundled: 'shipped with the extension', pack: 'imported pack', memory: 'your reading memory' } as const;

/** A source set's row: name, origin, articles, outlets, dates, size, its on/off switch, and for a pack a remove button. */
export function SourceSetRow({ set, busy, onToggle, onRemove }: SourceSetRowProps) {
  const labelId = `set-name-${set.id.replace(/[^a-z0-9]/gi, '-')}`;
  return (
    <li
      class={`source-set${set.enabled ? '' : ' is-off'}`}
      data-source-set={set.id}
      data-origin={set.origin}
      data-articles={set.articles}
      data-enabled={String(set.enabled)}
    >
      <label class="set-switch">
        <input
          type="checkbox"
          data-action="toggle-set"
          checked={set.enabled}
          disabled={busy}
          aria-labelledby={labelId}
          onChange={(e) => onToggle(set.id, (e.currentTarget as HTMLInputElement).checked)}
        />
        <span class="set-switch-text">{set.enabled ? 'On' : 'Off'}</span>
      </label>
      <div class="set-body">
        <div class="set-line">
          <span class="set-name" id={labelId}>
            {set.name}
          </span>
          <span class="set-origin">{ORIGIN_LABEL[set.origin]}</span>
        </div>
        <div class="set-facts">
          <span>{plural(set.articles, 'article')}</span>
          <span>{plural(set.outlets, 'outlet')}</span>
          <span>{formatDateRange(set.firstPublished, set.lastPublished)}</span>
          <span>{formatBytes(set.bytes)}</span>
        </div>
      </div>
      {set.removable && (
        <button type="button" class="set-remove" data-action="remove-set" disabled={busy} aria-label={`Remove ${set.name}`} onClick={() => onRemove(set.id)}>
          Remove
        </button>
      )}
    </li>
  );
}
