/** A value the markers share (which card is open, which paragraph to highlight), with change listeners. */
export interface Signal<T> {
  get(): T;
  set(value: T): void;
  subscribe(listener: (value: T) => void): () => void;
}

/** Creates a signal: plain state, no DOM, so one card closes when another opens. */
export function createSignal<T>(initial: T): Signal<T> {
  let value = initial;
  const listeners = new Set<(value: T) => void>();
  return {
    get: () => value,
    set(next) {
      if (Object.is(next, value)) return;
      value = next;
      for (const l of [...listeners]) l(value);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** A request to highlight a paragraph's marker; `seq` tells two requests for the same paragraph apart. */
export interface HighlightRequest {
  index: number;
  seq: number;
}
