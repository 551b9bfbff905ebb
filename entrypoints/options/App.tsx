import { useEffect, useState } from 'preact/hooks';
import { messenger } from '../../lib/messages';
import { createResultsDatabase } from '../../lib/cache/database';
import { MAX_PACK_BYTES } from '../../lib/index/pack';
import { createPackStore, oversizeMessage, type PackStore } from '../../lib/packs/pack-store';
import { listSourceSets, type SourceSetView } from '../../lib/packs/source-sets';
import { bundledSummary } from '../../lib/packs/bundled-summary';
import { plural } from '../../components/format';
import { OptionsView } from '../../components/OptionsView';
import { createMemoryStore, MEMORY_CAP_ARTICLES, type MemoryStore } from '../../lib/memory/memory-store';
import type { MemoryArticle } from '../../lib/cache/database';
import { downloadBytes } from './download';

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
  const [memory] = useState<MemoryStore>(() => createMemoryStore(createResultsDatabase()));
  const [memoryOn, setMemoryOn] = useState(false);
  const [remembered, setRemembered] = useState<MemoryArticle[] | null>(null);
  const [memoryBytes, setMemoryBytes] = useState(0);
  const [askKeep, setAskKeep] = useState(false);

  const refresh = async () => {
    const [views, on, list, stats] = await Promise.all([listSourceSets(store, bundledSummary), memory.enabled(), memory.list(), memory.stats()]);
    setMemoryOn(on);
    setRemembered(list);
    setMemoryBytes(stats.bytes);
    setSets(views);
  };
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

  const toggle = (id: string, enabled: boolean) => change(async () => ((await store.setEnabled(id, enabled)) ? null : 'This source set is no longer stored.'));

  const remove = (id: string) => change(async () => ((await store.remove(id)) ? null : 'This pack was already removed.'));

  const memoryProps = {
    enabled: memoryOn,
    articles: remembered,
    bytes: memoryBytes,
    cap: MEMORY_CAP_ARTICLES,
    busy,
    askKeep,
    onToggle: (on: boolean) =>
      void change(async () => {
        await memory.setEnabled(on);
        setAskKeep(!on && (remembered?.length ?? 0) > 0);
        setStatus(
          on ? 'The reading memory is on: articles you read from now on are kept on this device.' : 'The reading memory is off: nothing more is recorded.',
        );
        return null;
      }),
    onForget: (id: string) => void change(async () => ((await memory.forget(id)) ? null : 'This article was already forgotten.')),
    onForgetSite: (site: string) =>
      void change(async () => {
        setStatus(`Forgot ${plural(await memory.forgetSite(site), 'article')} from ${site}.`);
        return null;
      }),
    onClear: () =>
      void change(async () => {
        await memory.clear();
        setAskKeep(false);
        setStatus('The reading memory is empty.');
        return null;
      }),
    onKeep: () => setAskKeep(false),
    onExport: () =>
      void change(async () => {
        const bytes = await memory.exportPack();
        if (!bytes) return 'The reading memory is empty: there is nothing to export.';
        downloadBytes(bytes, `reading-memory-${new Date().toISOString().slice(0, 10)}.plpack`);
        return null;
      }),
  };

  return (
    <OptionsView
      memory={memoryProps}
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
