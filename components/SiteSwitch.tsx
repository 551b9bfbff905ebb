import { siteKey } from '../lib/settings/site-switch';

/** Props: the page's address, whether analysis is off for its site, and what a click asks for. */
export interface SiteSwitchProps {
  url: string;
  disabled: boolean;
  onToggle: (disabled: boolean) => void;
}

/** The per-site switch: "Turn off on example.org" / "Turn on for example.org". */
export function SiteSwitch({ url, disabled, onToggle }: SiteSwitchProps) {
  const site = siteKey(url);
  if (!site) return null;
  return (
    <button type="button" class="site-switch" data-site-switch={disabled ? 'off' : 'on'} onClick={() => onToggle(!disabled)}>
      {disabled ? `Turn on for ${site}` : `Turn off on ${site}`}
    </button>
  );
}
