// html-encoding-sniffer ships no types: its one function, as its README documents it.
declare module 'html-encoding-sniffer' {
  interface SniffOptions {
    xml?: boolean;
    transportLayerEncodingLabel?: string;
    defaultEncoding?: string;
    maxPrescanBytes?: number;
  }
  /** The HTML Standard's encoding sniffing: BOM, transport label, `<meta>` prescan, else the default; returns an encoding name. */
  export default function htmlEncodingSniffer(bytes: Uint8Array, options?: SniffOptions): string;
}
