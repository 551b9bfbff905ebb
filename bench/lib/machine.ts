import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { readFileSync } from 'node:fs';

/** The machine a bench ran on: numbers mean little without it. */
export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  node: string;
  totalMemoryGB: number;
  /** One-minute load average when the bench started: other work on the machine slows every timing. */
  loadAverage: number;
  platform: string;
}

/** Describes this machine (CPU model from /proc/cpuinfo where there is one). */
export function machineInfo(): MachineInfo {
  let cpuModel = cpus()[0]?.model ?? 'unknown';
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m?.[1]) cpuModel = m[1].trim();
  } catch {
    // Not Linux: os.cpus() said what it could.
  }
  return {
    cpus: availableParallelism(),
    cpuModel,
    node: process.version,
    totalMemoryGB: Math.round(totalmem() / 2 ** 30),
    loadAverage: Math.round(loadavg()[0]! * 100) / 100,
    platform: `${process.platform}-${process.arch}`,
  };
}
