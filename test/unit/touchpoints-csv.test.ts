import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField, csvRecord, kpiText, neutraliseFormula, touchpointsCsv } from '../../src/export/touchpoints-csv.ts';
import { handbookOf, tp } from '../helpers/handbook-of.ts';

/** A small RFC 4180 reader, so the spec checks what a spreadsheet would read back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += char;
  }
  if (field !== '' || row.length > 0) throw new Error('the last record has no CRLF');
  return rows;
}

describe('CSV fields', () => {
  it('quotes fields with commas, quotes or line breaks, doubling the quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('uno, dos')).toBe('"uno, dos"');
    expect(csvField('dijo "hola"')).toBe('"dijo ""hola"""');
    expect(csvField('línea\nsiguiente')).toBe('"línea\nsiguiente"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField(undefined)).toBe('');
    expect(csvField(null)).toBe('');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(neutraliseFormula('=HYPERLINK("http://x","clic")')).toBe('\'=HYPERLINK("http://x","clic")');
    expect(neutraliseFormula('+34 600 000 000')).toBe("'+34 600 000 000");
    expect(neutraliseFormula('-1+cmd|calc')).toBe("'-1+cmd|calc");
    expect(neutraliseFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseFormula('\t=1')).toBe("'\t'=1");
    expect(neutraliseFormula('\r=1')).toBe("'\r'=1");
    expect(neutraliseFormula('a = b')).toBe('a = b');
    // Quoting comes after neutralising: the apostrophe ends up inside the quotes.
    expect(csvField('=1,2')).toBe('"\'=1,2"');
  });

  it('quotes cells with a semicolon or a tab, which Excel in Spanish and other locales splits on (issue 12, finding 9)', () => {
    expect(csvField('uno; dos')).toBe('"uno; dos"');
    expect(csvField('uno\tdos')).toBe('"uno\tdos"');
  });

  it('neutralises a formula after a separator too, where a spreadsheet splitting on ";" would start a cell (issue 12, finding 9)', () => {
    expect(neutraliseFormula('Llama;=HYPERLINK("http://x","clic")')).toBe('Llama;\'=HYPERLINK("http://x","clic")');
    expect(neutraliseFormula('a,@SUM(A1)')).toBe("a,'@SUM(A1)");
    expect(neutraliseFormula('a; +34 600')).toBe("a; '+34 600");
    expect(neutraliseFormula('a\t-1+cmd|calc')).toBe("a\t'-1+cmd|calc");
    expect(neutraliseFormula('línea\n=1+1')).toBe("línea\n'=1+1");
    // A program splitting on ";" keeps our opening quote in the cell: "=… still starts a formula there.
    expect(csvField('x;=1')).toBe('"x;\'=1"');
    // Plain numbers after a separator stay numbers; prose is left alone.
    expect(neutraliseFormula('entre 1;-2')).toBe('entre 1;-2');
    expect(neutraliseFormula('a = b, c - d')).toBe('a = b, c - d');
  });

  it('keeps plain negative numbers numeric', () => {
    expect(csvField(-2)).toBe('-2');
    expect(csvField(-0.5)).toBe('-0.5');
    expect(neutraliseFormula('-3')).toBe('-3');
    expect(neutraliseFormula('-3e2')).toBe("'-3e2");
    expect(neutraliseFormula('-')).toBe("'-");
  });

  it('writes decimals with a dot and no exponent', () => {
    expect(csvField(6.2)).toBe('6.2');
    expect(csvField(0.1 + 0.2)).toBe('0.3');
    expect(csvField(0.0000001)).toBe('0.0000001');
  });

  it('ends every record with CRLF', () => {
    expect(csvRecord(['a', 1, undefined])).toBe('a,1,\r\n');
  });

  it('writes a KPI in one readable cell', () => {
    expect(kpiText({ name: 'Tiempo', value: 19, unit: 'min', target: 8, better: 'lower' })).toBe('Tiempo: 19 min (target 8 min, lower is better)');
    expect(kpiText({ name: 'NPS', value: 12, better: 'higher' })).toBe('NPS: 12');
  });
});

describe('touchpoints.csv', () => {
  const handbook = handbookOf({
    personas: { 'equipo/ana': { name: 'Ana "la jefa" Pérez' } },
    channels: { store: { label: 'Oficina, centro' } },
    stages: [{ id: 'contratar', name: 'Contratar, firmar' }],
    journeys: {
      alta: {
        title: 'Alta',
        persona: 'equipo/ana',
        phases: [
          { id: 'd', name: 'Descubrir' },
          { id: 'c', name: 'Contratar', stage: 'contratar' },
        ],
        touchpoints: [
          tp('d', '=HYPERLINK("http://evil","x")', -2, {
            id: 'uno',
            thought: 'Primera línea\nSegunda línea',
            evidence: ['Carta', 'SMS'],
            kpis: [{ name: 'Minutos', value: 19, target: 8, better: 'lower' }],
            moment: 'pain',
          }),
          { ...tp('c', 'Firma en la oficina', 'positive', { tags: ['Autónomos', 'firma'] }), channel: 'store' },
        ],
      },
    },
  });
  const text = touchpointsCsv(handbook, { touchpointUrl: (slug, id) => `/journeys/${slug}/#tp-${id}` });
  const rows = parseCsv(text.slice(1));
  const record = (index: number) => Object.fromEntries(CSV_COLUMNS.map((column, position) => [column, rows[index]![position]]));

  it('starts with a UTF-8 byte order mark and a header', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
  });

  it('writes one row per touchpoint with journey, persona and phase', () => {
    expect(rows).toHaveLength(3);
    expect(rows.every((row) => row.length === CSV_COLUMNS.length)).toBe(true);
    expect(record(1)).toMatchObject({
      journey_slug: 'alta',
      journey_title: 'Alta',
      journey_state: 'current',
      persona_slug: 'equipo/ana',
      persona_name: 'Ana "la jefa" Pérez',
      phase_id: 'd',
      phase_name: 'Descubrir',
      position: '1',
      touchpoint_id: 'uno',
      title: '\'=HYPERLINK("http://evil","x")',
      emotion: '-2',
      thought: 'Primera línea\nSegunda línea',
      moment: 'pain',
      importance: '3',
      evidence: 'Carta | SMS',
      kpis: 'Minutos: 19 (target 8, lower is better)',
      url: '/journeys/alta/#tp-uno',
    });
    expect(record(2)).toMatchObject({ touchpoint_id: 't2', channel: 'store', channel_label: 'Oficina, centro', emotion: '2', moment: '', backstage: '' });
  });

  it("names each touchpoint's stage (id and name, empty without one) and lists its tags", () => {
    expect(record(1)).toMatchObject({ stage_id: '', stage_name: '', tags: '' });
    expect(record(2)).toMatchObject({ stage_id: 'contratar', stage_name: 'Contratar, firmar', tags: 'Autónomos | firma' });
    expect(CSV_COLUMNS.slice(CSV_COLUMNS.indexOf('phase_name'), CSV_COLUMNS.indexOf('phase_name') + 3)).toEqual(['phase_name', 'stage_id', 'stage_name']);
  });
});
