/** Saves bytes as a file through a Blob URL and a download link: nothing crosses the network. */
export function downloadBytes(bytes: Uint8Array, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/octet-stream' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // Revoked once the download has had time to start.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
