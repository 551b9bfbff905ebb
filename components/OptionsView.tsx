import type { SourceSetView } from '../lib/packs/source-sets';
import { formatBytes } from './format';
import { SourceSetRow } from './SourceSetRow';
import { MemorySection, type MemorySectionProps } from './MemorySection';

/** Props: the source sets (null while loading), the last outcome, and what the controls ask for. */
export interface OptionsViewProps {
  sets: SourceSetView[] | null;
  /** Why the last import or change failed: shown in the `role="alert"` element. */
  alert: string | null;
  /** What the last action did ("Imported …"), for the status line. */
  status: string | null;
  /** An import or change is being stored. */
  busy: boolean;
  /** The largest pack file accepted, in bytes (said next to the file input). */
  maxPackBytes: number;
  onImport: (file: File) => void;
  onToggle: (id: string, enabled: boolean) => void;
  onRemove: (id: string) => void;
  /** The reading memory's section (absent: not shown). */
  memory?: MemorySectionProps;
}

/**
 * The options page's whole display. Its root carries `data-state` (`loading`,
 * then `ready`): the extension contract's hook for tests.
 */
export function OptionsView({ sets, alert, status, busy, maxPackBytes, onImport, onToggle, onRemove, memory }: OptionsViewProps) {
  return (
    <main class="options" data-state={sets ? 'ready' : 'loading'} aria-busy={!sets || busy}>
      <h1>Provenance Lens: sources</h1>
      <p class="intro">
        Pages you read are compared with these sets of articles, on this device. Turn a set off to leave it out; import a pack to add articles of your own.
      </p>
      <section aria-labelledby="sets-title">
        <h2 id="sets-title">Source sets</h2>
        {sets ? (
          <ul class="set-list">
            {sets.map((s) => (
              <SourceSetRow key={s.id} set={s} busy={busy} onToggle={onToggle} onRemove={onRemove} />
            ))}
          </ul>
        ) : (
          <p class="note">Loading…</p>
        )}
      </section>
      {memory && <MemorySection {...memory} />}
      <section aria-labelledby="import-title" class="import">
        <h2 id="import-title">Import a pack</h2>
        <p class="note">
          A pack is a <code>.plpack</code> file made with <code>npm run build:index -- --in FOLDER --out FILE.plpack</code> from a folder of saved pages. It is
          checked whole before anything is stored, and is used from the next page you open. At most {formatBytes(maxPackBytes)}.
        </p>
        <label class="import-label">
          <span>Choose a pack file</span>
          <input
            type="file"
            data-action="import-pack"
            accept=".plpack,application/octet-stream"
            disabled={busy || !sets}
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              const file = input.files?.[0];
              // Cleared, so choosing the same file again is a new choice.
              input.value = '';
              if (file) onImport(file);
            }}
          />
        </label>
        <p class="status-line" role="status">
          {status ?? ''}
        </p>
        {alert && (
          <p class="alert" role="alert">
            {alert}
          </p>
        )}
      </section>
    </main>
  );
}
