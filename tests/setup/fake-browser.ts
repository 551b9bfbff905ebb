// WxtVitest() registers this stub as a root setup file, which vitest projects
// do not inherit: the unit project lists it itself.
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.stubGlobal('chrome', fakeBrowser);
vi.stubGlobal('browser', fakeBrowser);
