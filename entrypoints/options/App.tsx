import { useEffect, useState } from 'preact/hooks';
import { messenger } from '../../lib/messages';
import { createResultsDatabase } from '../../lib/cache/database';
import { MAX_PACK_BYTES } from '../../lib/index/pack';
import { createPackStore, oversizeMessage, type PackStore } from '../../lib/packs/pack-store';
import { listSourceSets, type SourceSetView } from '../../lib/packs/source-sets';
import { bundledSummary } from '../../lib/packs/bundled-summary';
import { plural } from '../../components/format';
import { OptionsView } from '../../components/OptionsView';

/**
 * The options page's one container. The page stores packs itself (it is an
 * extension page, in the database's origin: a pack is too large for runtime
 * messaging), then tells the background that the source sets changed.
 */
export function App() {
  const [store] = useState<PackStore>(() => createPackStore(createResultsDatabase()));
  const [sets, setSets] = useState<SourceSetView[] | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const refresh = async () => setSets(await listSourceSets(store, bundledSummary));
  useEffect(() => {
    refresh().catch((e: unknown) => {
      setSets([]);
      setAlert(`Provenance Lens could not read its stored source sets: ${(e as Error)?.message ?? e}`);
    });
  }, []);

  // One change at a time; after it, the list is read again from the database and the background told.
  const change = async (action: () => Promise<string | null>) => {
    setBusy(true);
    setAlert(null);
    setStatus(null);
    try {
      const problem = await action();
      if (problem) setAlert(problem);
      // Awaited, so the list shows the change only once the background has it. A worker that is not
      // running reads the sets from the database when it starts: a lost message loses nothing.
      else await messenger.sendMessage('sourceSetsChanged', {}).catch(() => undefined);
    } catch (e) {
      setAlert(`The change could not be stored: ${(e as Error)?.message ?? e}`);
    } finally {
      await refresh().catch(() => undefined);
      setBusy(false);
    }
  };

  const importPack = (file: File) =>
    change(async () => {
      const tooLarge = oversizeMessage(file.size);
      if (tooLarge) return tooLarge;
      const result = await store.importPack(new Uint8Array(await file.arrayBuffer()));
      if (!result.ok) return result.error;
      setStatus(`Imported “${result.value.meta.name}”: ${plural(result.value.meta.articles, 'article')}, used from the next page you open.`);
      return null;
    });

  const toggle = (id: string, enabled: boolean) =>
    change(async () => ((await store.setEnabled(id, enabled)) ? null : 'This source set is no longer stored.'));

  const remove = (id: string) => change(async () => ((await store.remove(id)) ? null : 'This pack was already removed.'));

  return (
    <OptionsView
      sets={sets}
      alert={alert}
      status={status}
      busy={busy}
      maxPackBytes={MAX_PACK_BYTES}
      onImport={(f) => void importPack(f)}
      onToggle={(id, on) => void toggle(id, on)}
      onRemove={(id) => void remove(id)}
    />
  );
}
