/** Props: the outlet's name, its class, and its address where one may be opened. */
export interface SourceNameProps {
  name: string;
  url: string | null;
  class: string;
}

/** An outlet's name: a link that opens the source in a new tab where its address is known, else text. */
export function SourceName({ name, url, class: className }: SourceNameProps) {
  if (!url) return <span class={className}>{name}</span>;
  return (
    <a class={`${className} source-link`} href={url} target="_blank" rel="noopener noreferrer" title={`Open ${name}’s article in a new tab`}>
      {name}
    </a>
  );
}
