import type { TabReport } from '../lib/messages';
import { plural } from './format';
import { OutletList } from './OutletList';
import { MatchedParagraphs } from './MatchedParagraphs';
import { SiteSwitch } from './SiteSwitch';
import { CarrierTimeline } from './CarrierTimeline';
import { ExportActions } from './ExportActions';

/** Props: what the background said about the tab (or why it could not say). */
export interface PopupViewProps {
  report: TabReport;
  onShowParagraph: (index: number) => void;
  /** Turns analysis off (true) or back on (false) for the page's site. */
  onSiteSwitch?: (disabled: boolean) => void;
  /** Opens the options page (source sets, packs). */
  onOpenOptions?: () => void;
  /** Copies the report's citation list to the clipboard. */
  onCopyCitations?: () => void;
  /** Downloads the report as a Web Annotation collection. */
  onDownloadAnnotations?: () => void;
  /** What the last export did, in one sentence. */
  exportStatus?: string | null;
  /** Whether the reading memory is on (undefined: not known yet, nothing said). */
  memoryOn?: boolean;
}

/**
 * The popup's whole display. Its root carries `data-state` (pending, matched,
 * none, not-article, disabled, error): the extension contract's hook for tests.
 */
export function PopupView(props: PopupViewProps) {
  const { report, onSiteSwitch, onOpenOptions, memoryOn } = props;
  const url = 'url' in report ? report.url : null;
  const analysed = report.state === 'matched' || report.state === 'none' ? report : null;
  return (
    <main class="popup" data-state={report.state} data-from-cache={analysed ? String(analysed.fromCache) : undefined} aria-busy={report.state === 'pending'}>
      <header class="brand">
        <Logo />
        <span class="brand-name">Provenance Lens</span>
      </header>
      {analysed?.report.title && <h1 class="page-title">{analysed.report.title}</h1>}
      {report.state === 'not-article' && report.title && <h1 class="page-title">{report.title}</h1>}
      <Body {...props} />
      {url && onSiteSwitch && <SiteSwitch url={url} disabled={report.state === 'disabled'} onToggle={onSiteSwitch} />}
      {onOpenOptions && (
        <button type="button" class="options-link" data-action="open-options" onClick={onOpenOptions}>
          Sources and packs…
        </button>
      )}
      {memoryOn !== undefined && onOpenOptions && <MemoryLine on={memoryOn} onOpen={onOpenOptions} />}
      {analysed && (
        <footer class="foot">
          Matched on this device{analysed.fromCache ? ' · from cache' : ''} · index {analysed.report.indexVersion.slice(0, 8)}
        </footer>
      )}
    </main>
  );
}

function Body({ report, onShowParagraph, onCopyCitations, onDownloadAnnotations, exportStatus }: PopupViewProps) {
  switch (report.state) {
    case 'pending':
      return (
        <p class="status status-pending" role="status">
          <span class="spinner" aria-hidden="true" /> Reading the article…
        </p>
      );
    case 'not-article':
      return (
        <p class="status" role="status">
          This page does not look like an article, so Provenance Lens did not read it.
        </p>
      );
    case 'disabled':
      return (
        <p class="status" role="status">
          Provenance Lens is off on this site: it does not read its pages.
        </p>
      );
    case 'error':
      return (
        <p class="status status-error" role="alert">
          {report.message}
        </p>
      );
    case 'none':
      return (
        <p class="status" role="status">
          No other outlet in the index carried this article’s {plural(report.report.paragraphs.length, 'paragraph')}.
        </p>
      );
    case 'matched': {
      const r = report.report;
      const carried = r.paragraphs.filter((p) => p.matches.length).length;
      return (
        <>
          <p class="summary" role="status">
            <strong>{plural(r.outlets.length, 'outlet')}</strong> carried <strong>{carried}</strong> of this article’s{' '}
            {plural(r.paragraphs.length, 'paragraph')}.
          </p>
          <CarrierTimeline outlets={r.outlets} />
          <OutletList outlets={r.outlets} />
          <MatchedParagraphs paragraphs={r.paragraphs} onShow={onShowParagraph} />
          {onCopyCitations && onDownloadAnnotations && (
            <ExportActions onCopyCitations={onCopyCitations} onDownloadAnnotations={onDownloadAnnotations} status={exportStatus ?? null} />
          )}
        </>
      );
    }
  }
}

function Logo() {
  return (
    <svg class="logo" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
      <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" stroke-width="2.2" />
      <path d="M15.5 15.5 21 21" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" />
      <circle cx="10.5" cy="10.5" r="2.4" fill="currentColor" />
    </svg>
  );
}

/** One line on the reading memory: an invitation while it is off, what is kept and where while it is on. */
function MemoryLine({ on, onOpen }: { on: boolean; onOpen: () => void }) {
  return (
    <p class="memory-line" data-memory={on ? 'on' : 'off'}>
      {on
        ? 'Reading memory is on: the articles you read are kept on this device only, to compare later pages with. '
        : 'Compare later pages with what you read? The reading memory keeps articles on this device only. '}
      <button type="button" class="link-button" data-action="open-memory" onClick={onOpen}>
        {on ? 'Manage it…' : 'Turn it on…'}
      </button>
    </p>
  );
}
