import type { MatchKind } from '../lib/types';
import { KIND_LABEL } from './format';

/** A small coloured tag naming how a source carries a paragraph. */
export function KindTag({ kind }: { kind: MatchKind }) {
  return <span class={`pl-kind pl-kind-${kind}`}>{KIND_LABEL[kind]}</span>;
}
