import { describe, expect, it } from 'vitest';
import { MATCHER_BUILD, resultsVersion } from '../../../lib/cache/results-version';

describe('resultsVersion', () => {
  it('changes with the index and with the matcher build', () => {
    expect(resultsVersion('index-a', 'm1')).not.toBe(resultsVersion('index-b', 'm1'));
    expect(resultsVersion('index-a', 'm1')).not.toBe(resultsVersion('index-a', 'm2'));
    expect(resultsVersion('index-a', 'm1')).toBe(resultsVersion('index-a', 'm1'));
  });

  it('is "dev" outside a WXT build', () => {
    expect(MATCHER_BUILD).toBe('dev');
    expect(resultsVersion('index-a')).toBe('index-a+dev');
  });
});
