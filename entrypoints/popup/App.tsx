import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { messenger, type TabReport } from '../../lib/messages';
import { setSiteDisabled } from '../../lib/settings/site-switch';
import { PopupView } from '../../components/PopupView';
import { citationList } from '../../lib/export/citations';
import { toAnnotationCollection } from '../../lib/export/web-annotation';
import { createResultsDatabase } from '../../lib/cache/database';
import { createMemoryStore } from '../../lib/memory/memory-store';

/** How often the popup asks again while the page is being read, and for how long at most. */
const POLL_MS = 200;
const POLL_LIMIT_MS = 60_000;

/**
 * The popup's one container: finds the tab (`?tab=<id>`, else the active
 * tab), asks the background for its report until it is settled, and asks the
 * tab's content script to show a paragraph when one is chosen.
 */
export function App() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [report, setReport] = useState<TabReport>({ state: 'pending' });
  // After the site switch is flipped, the report to wait for: off, or anything but off.
  const [awaiting, setAwaiting] = useState<{ disabled: boolean } | null>(null);
  const [exportStatus, setExportStatus] = useState<string | null>(null);
  const [memoryOn, setMemoryOn] = useState<boolean | undefined>(undefined);

  // The popup is an extension page: it reads the memory's switch from the extension's own database.
  useEffect(() => {
    const db = createResultsDatabase();
    void createMemoryStore(db)
      .enabled()
      .then(setMemoryOn, () => undefined)
      .finally(() => db.close());
  }, []);

  useEffect(() => {
    let stopped = false;
    let timer: number | undefined;
    const started = Date.now();
    const poll = async (id: number) => {
      const result = await messenger.sendMessage('getTabReport', { tabId: id }).catch((e: Error) => ({ ok: false as const, error: e.message }));
      if (stopped) return;
      const next: TabReport = result.ok
        ? result.value
        : { state: 'error', reason: 'failed', message: `Provenance Lens could not get this tab’s report: ${result.error}` };
      const stale = awaiting !== null && (next.state === 'disabled') !== awaiting.disabled;
      setReport(stale ? { state: 'pending' } : next);
      if (next.state === 'pending' || stale) {
        if (Date.now() - started < POLL_LIMIT_MS) timer = window.setTimeout(() => void poll(id), POLL_MS);
        else setReport({ state: 'error', reason: 'failed', message: 'The page is taking too long to read. Reload it and try again.' });
      }
    };
    void findTab().then((id) => {
      if (stopped) return;
      if (id === null) setReport({ state: 'error', reason: 'failed', message: 'There is no tab to report on.' });
      else {
        setTabId(id);
        void poll(id);
      }
    });
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [awaiting]);

  const switchSite = async (disabled: boolean) => {
    if (tabId === null || !('url' in report)) return;
    await setSiteDisabled(report.url, disabled);
    setAwaiting({ disabled });
    // The content script checks the switch before it reads anything, and tells the background.
    void messenger.sendMessage('resubmit', {}, { tabId, frameId: 0 }).catch(() => undefined);
  };

  const showParagraph = (index: number) => {
    if (tabId === null) return;
    void messenger.sendMessage('showParagraph', { index }, { tabId, frameId: 0 }).catch(() => undefined);
  };

  const analysed = report.state === 'matched' || report.state === 'none' ? report : null;

  // An extension page may write the clipboard from a click: no permission is needed.
  const copyCitations = async () => {
    if (!analysed) return;
    try {
      await navigator.clipboard.writeText(citationList(analysed.report, analysed.url));
      setExportStatus('Citations copied: paste them where you write.');
    } catch (e) {
      setExportStatus(`The citations could not be copied: ${(e as Error).message}`);
    }
  };

  // A Blob address and <a download>: saved by the browser, with no "downloads" permission and no request.
  const downloadAnnotations = () => {
    if (!analysed) return;
    const json = JSON.stringify(toAnnotationCollection(analysed.report, analysed.url), null, 2);
    const href = URL.createObjectURL(new Blob([json], { type: 'application/ld+json' }));
    const a = document.createElement('a');
    a.href = href;
    a.download = annotationsFileName(analysed.url);
    a.click();
    window.setTimeout(() => URL.revokeObjectURL(href), 60_000);
    setExportStatus(`Annotations saved as ${a.download}.`);
  };

  return (
    <PopupView
      report={report}
      onShowParagraph={showParagraph}
      onSiteSwitch={(d) => void switchSite(d)}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      onCopyCitations={() => void copyCitations()}
      onDownloadAnnotations={downloadAnnotations}
      exportStatus={exportStatus}
      memoryOn={memoryOn}
    />
  );
}

/** "provenance-lens-news.example.jsonld": the page's host, in characters every file system takes. */
function annotationsFileName(url: string): string {
  let host = '';
  try {
    host = new URL(url).hostname.replace(/[^a-z0-9.-]/gi, '');
  } catch {
    // no host: the plain name
  }
  return `provenance-lens${host ? `-${host}` : ''}.jsonld`;
}

/** `popup.html?tab=<id>` names the tab; otherwise it is the active tab of the popup's window. */
async function findTab(): Promise<number | null> {
  const asked = new URLSearchParams(location.search).get('tab');
  if (asked !== null && /^\d+$/.test(asked)) return Number(asked);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
