import { describe, expect, it } from 'vitest';
import { eventSpan, eventsInLane, LANES, loadEvents } from '../../src/lib/events.ts';
import { loadLedger } from '../../src/lib/content-dir.ts';

describe('content/data/events.yaml', () => {
  it('validates: fields, unique ids, real dates not in the future, every source in sources.yaml', () => {
    expect(() => loadEvents()).not.toThrow();
  });

  it('gives every lane at least one meeting, all within 2022–2026', () => {
    const events = loadEvents();
    for (const lane of LANES)
      expect(eventsInLane(events, lane).length, `lane "${lane}"`).toBeGreaterThan(0);
    for (const event of events) {
      const { start, end } = eventSpan(event);
      expect(start >= '2022-01-01' && end <= '2026-12-31', event.id).toBe(true);
    }
  });

  it('cites only sources that give a title and an address', () => {
    const ledger = loadLedger();
    for (const event of loadEvents()) {
      for (const id of event.sources)
        expect(ledger.sources.get(id)?.url, `${event.id} → ${id}`).toMatch(/^https?:\/\//);
    }
  });
});
