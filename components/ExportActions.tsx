/** Props: what each button does, and what the last one did. */
export interface ExportActionsProps {
  onCopyCitations: () => void;
  onDownloadAnnotations: () => void;
  /** One sentence on the last export ("Citations copied."), or null before any. */
  status: string | null;
}

/** The report's two exports: a plain-text citation list to the clipboard, a Web Annotation file to download. */
export function ExportActions({ onCopyCitations, onDownloadAnnotations, status }: ExportActionsProps) {
  return (
    <section class="export" aria-labelledby="export-title">
      <h2 id="export-title">Export this report</h2>
      <div class="export-buttons">
        <button type="button" class="export-button" data-action="copy-citations" onClick={onCopyCitations}>
          Copy citations
        </button>
        <button type="button" class="export-button" data-action="download-annotations" onClick={onDownloadAnnotations}>
          Download annotations
        </button>
      </div>
      <p class="export-status" role="status" data-export-status>
        {status}
      </p>
    </section>
  );
}
