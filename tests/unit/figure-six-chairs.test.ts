import { describe, expect, it } from 'vitest';
import { FIXTURE_CONTENT, fixtureLedger } from '../support/ledger.ts';
import { ContentError } from '../../src/lib/errors.ts';
import { contentErrorOf } from '../support/errors.ts';
import { toCsv } from '../../src/figures/shared/table.ts';
import {
  loadOrganisations,
  parseOrganisations,
  worldAtlasCodes,
} from '../../src/figures/six-chairs/organisations.ts';
import { sixChairs } from '../../src/figures/six-chairs/data.ts';

const ledger = fixtureLedger();
const data = sixChairs(ledger, loadOrganisations(ledger, FIXTURE_CONTENT));
const org = (id: string) => data.organisations.find((o) => o.id === id)!;
const codes = (list: Array<{ code: string | undefined }>) => list.map((c) => c.code);

describe('six chairs data', () => {
  it('has the six organisations in step order', () => {
    expect(data.organisations.map((o) => o.acronym)).toEqual([
      'SCO',
      'CSTO',
      'CICA',
      'OTS',
      'IFAS',
      'IOFS',
    ]);
  });

  it('takes each chair term from the ledger', () => {
    const terms = data.organisations.map((o) => [
      o.id,
      o.chair.status,
      o.chair.from,
      o.chair.until,
      o.chair.handedTo ?? null,
    ]);
    expect(terms).toEqual([
      ['sco', 'held', '2023-07-01', '2024-07-05', 'China'],
      ['csto', 'held', '2024-01-01', '2025-01-01', 'Kyrgyzstan'],
      ['cica', 'held', '2020-09-24', '2024-12-18', 'Azerbaijan'],
      ['ots', 'held', '2023-11-03', '2024-11-07', 'Kyrgyzstan'],
      ['ifas', 'ongoing', '2024-01-01', '2027-01-01', null],
      ['iofs', 'unconfirmed', '2024-01-01', '2026-01-01', null],
    ]);
    expect(org('sco').chair.start).toBe(ledger.facts.get('sco-chair-start'));
    expect(org('sco').chair.end).toBe(ledger.facts.get('sco-summit-dates'));
    expect(org('cica').chair.end).toBe(ledger.facts.get('cica-handover'));
    expect(org('ots').chair.end).toBe(ledger.facts.get('ots-summit-bishkek'));
    expect(org('csto').chair.summit).toBe(ledger.facts.get('csto-summit-date'));
    expect(org('iofs').chair.start).toBeUndefined();
    expect(data.years).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  });

  it('lists members that match the ledger counts, with world-atlas codes', () => {
    const known = worldAtlasCodes();
    for (const o of data.organisations) {
      for (const c of [...o.members, ...o.observers])
        if (c.code) expect(known.has(c.code), `${o.id}: ${c.name}`).toBe(true);
      if (o.membersComplete) expect(o.members.length).toBe(o.memberCounts[0]!.value);
    }
    expect(org('cica').members).toHaveLength(28);
    expect(codes(org('sco').members)).toContain('112');
    expect(codes(org('sco').observers)).toEqual(['004', '496']);
    expect(codes(org('cica').members)).toEqual(
      expect.arrayContaining(['818', '792', '410', '704', '048']),
    );
  });

  it('marks Armenia as frozen in the CSTO and the OTS observers as observers', () => {
    expect(
      org('csto')
        .members.filter((c) => c.frozen)
        .map((c) => c.name),
    ).toEqual(['Armenia']);
    expect(org('ots').observers.map((c) => [c.name, c.role])).toEqual([
      ['Hungary', 'observer'],
      ['Turkmenistan', 'observer'],
      ['Turkish Republic of Northern Cyprus (TRNC)', 'observer'],
    ]);
    expect(org('ots').observers[2]!.code).toBeUndefined();
    expect(org('ots').observers[2]!.note).toMatch(/recognised only by Türkiye/);
  });

  it('shows only Kazakhstan for the IOFS and keeps both member counts', () => {
    const iofs = org('iofs');
    expect(iofs.membersComplete).toBe(false);
    expect(codes(iofs.members)).toEqual(['398']);
    expect(iofs.memberCounts.map((f) => [f.id, f.value])).toEqual([
      ['iofs-members', 41],
      ['iofs-members-wikipedia', 42],
    ]);
  });

  it('builds a table with one row per organisation, numbers as numbers, and the caveats', () => {
    const { table } = data;
    expect(table.columns[0]).toBe('Organisation');
    expect(table.rows).toHaveLength(6);
    const count = table.columns.indexOf('Members');
    expect(table.rows.map((r) => r[count])).toEqual([10, 6, 28, 5, 5, 41]);
    const status = table.columns.indexOf('Status');
    expect(table.rows.map((r) => r[status])).toEqual([
      'held',
      'held',
      'held',
      'held',
      'still running',
      'unconfirmed',
    ]);
    const row = (acronym: string) =>
      table.rows.find((r) => String(r[0]).startsWith(acronym))!.join(' | ');
    expect(row('CSTO')).toMatch(/Armenia \(participation frozen in 2024\)/);
    expect(row('OTS')).toMatch(
      /TRNC\) \(self-declared, recognised only by Türkiye; not drawn on the map\)/,
    );
    expect(row('IOFS')).toMatch(
      /^IOFS \(Islamic Organisation for Food Security\) \| not confirmed \| not confirmed \|  \| unconfirmed \| 41 \| Kazakhstan \(hosts the headquarters, in Astana\); no full list published/,
    );
    expect(table.notes).toContain(
      'IOFS: No full member list is published: 41 members per The Astana Times, 42 per Wikipedia. The map shows only Kazakhstan. Listed among the 2024 chairs by Tokayev and Kazinform; in September 2024 the Astana Times said Kazakhstan was expected to take the chair in 2025. Not confirmed.',
    );
    expect(table.notes!.find((n) => n.startsWith('CSTO:'))).toMatch(/Summit on 28 November 2024\./);
    const csv = toCsv(table);
    expect(csv.split('\r\n')[0]).toBe(
      'Organisation,Chair from,Chair until,Handed to,Status,Members,Member states,Observers',
    );
    expect(csv.split('\r\n')).toHaveLength(8);
  });

  it('lists every source behind the memberships and the dates', () => {
    for (const id of [
      'tass-sco-members',
      'aa-csto-2024-11',
      'newsaz-cica-kuwait',
      'oq-gov-ots',
      'trend-ifas-2024',
      'astanatimes-2023-10-iofs',
      'wikipedia-iofs',
      'astanatimes-2024-09-iofs',
      'kazinform-2024-02-07',
      'cica-chairmanship',
      'trend-2024-12-cica',
      'menafn-csto-2024',
    ]) {
      expect(data.sources).toContain(id);
    }
    for (const id of data.sources) expect(ledger.sources.has(id), id).toBe(true);
    expect(new Set(data.sources).size).toBe(data.sources.length);
  });

  it('caches the parsed file per ledger', () => {
    expect(loadOrganisations(ledger, FIXTURE_CONTENT)).toBe(
      loadOrganisations(ledger, FIXTURE_CONTENT),
    );
  });
});

describe('organisations.yaml checks', () => {
  const file = (text: string) => ({ path: 'content/data/organisations.yaml', text });
  const entry = (lines: string) => `- id: csto
  acronym: CSTO
  name: Collective Security Treaty Organization
  memberCount: [csto-members]
${lines}
  sources: [aa-csto-2024-11]
`;
  const members = `  members:
    - { code: "051", name: Armenia, status: frozen }
    - { code: "112", name: Belarus }
    - { code: 398, name: Kazakhstan }
    - { code: "417", name: Kyrgyzstan }
    - { code: "643", name: Russia }
    - { code: "762", name: Tajikistan }`;
  const chair = `  chair:
    status: held
    start: csto-chair-start
    endOfYear: 2024`;
  const error = (text: string, known?: ReadonlySet<string>) =>
    contentErrorOf(() => parseOrganisations(file(text), ledger, known));

  it('accepts a valid entry and pads unquoted codes', () => {
    const [csto] = parseOrganisations(file(entry(`${members}\n${chair}`)), ledger);
    expect(csto!.members[2]!.code).toBe('398');
    expect(csto!.chair.untilLabel).toBe('end of 2024');
  });

  it('names the file, the entry, the field and the fix', () => {
    const e = error(entry(`${members}\n${chair.replace('csto-chair-start', 'csto-chair-strat')}`));
    expect(e).toBeInstanceOf(ContentError);
    expect(e.message).toMatch(
      /^content\/data\/organisations\.yaml:14 — organisation "csto" → chair\.start: names the fact "csto-chair-strat"/,
    );
    expect(e.fix).toMatch(/Did you mean "csto-chair-start"\?/);
  });

  it('refuses a member list that does not match its count', () => {
    const e = error(entry(`${members.split('\n').slice(0, -1).join('\n')}\n${chair}`));
    expect(e.field).toBe('organisation "csto" → members');
    expect(e.message).toMatch(/lists 5 members, but the fact "csto-members" says 6/);
    expect(e.fix).toMatch(/membersComplete: false/);
  });

  it('refuses a bad country code, and a code world-atlas does not know', () => {
    expect(error(entry(`${members.replace('"051"', '"51A"')}\n${chair}`)).message).toMatch(
      /members\.0\.code: "51A" is not a three-digit ISO 3166 numeric code/,
    );
    const e = error(entry(`${members.replace('"051"', '"999"')}\n${chair}`), worldAtlasCodes());
    expect(e.field).toBe('organisation "csto" → members.0.code');
    expect(e.fix).toMatch(/code: "398"/);
  });

  it('refuses a chair without an end, an end that is not a date, and an unknown field', () => {
    expect(error(entry(`${members}\n${chair.replace('    endOfYear: 2024', '')}`)).field).toBe(
      'organisation "csto" → chair.end',
    );
    expect(
      error(entry(`${members}\n${chair.replace('endOfYear: 2024', 'end: csto-members')}`)).message,
    ).toMatch(/names "csto-members", which is not a date/);
    expect(error(entry(`${members}\n${chair}\n  colour: red`)).message).toMatch(
      /unknown field "colour"/,
    );
  });

  it('requires the years for an unconfirmed chair and refuses dates on it', () => {
    const unconfirmed = `  chair:\n    status: unconfirmed\n    fromYear: 2024`;
    expect(error(entry(`${members}\n${unconfirmed}`)).field).toBe(
      'organisation "csto" → chair.toYear',
    );
    expect(
      error(entry(`${members}\n${unconfirmed}\n    toYear: 2025\n    start: csto-chair-start`))
        .field,
    ).toBe('organisation "csto" → chair.status');
  });

  it('refuses an unknown source, a duplicate id and a YAML error', () => {
    expect(
      error(entry(`${members}\n${chair}`).replace('[aa-csto-2024-11]', '[aa-csto-2024-12]')).fix,
    ).toMatch(/Did you mean "aa-csto-2024-11"\?/);
    const one = entry(`${members}\n${chair}`);
    expect(error(one + one).message).toMatch(/id: is used twice \(first at line 1\)/);
    expect(error('- id: sco\n  acronym: [SCO').field).toBe('YAML syntax');
  });

  it('refuses an entity with neither a code nor a note', () => {
    const e = error(entry(`${members}\n  observers:\n    - { name: Somewhere }\n${chair}`));
    expect(e.field).toBe('organisation "csto" → observers.0.code');
  });

  it('fails if one of the six organisations is missing', () => {
    expect(() =>
      sixChairs(
        ledger,
        data.organisations.filter((o) => o.id !== 'ifas'),
      ),
    ).toThrow(/organisation "ifas": is missing/);
  });
});
