/**
 * A handbook whose every free-text field holds markup, script and syntax payloads: one persona
 * and one journey per payload, the payload in every string field of them (and of a channel of
 * channels.yaml), so each field is tried with each payload in one build.
 */
import { contentFile, type HandbookSpec, type JourneySpec, type PersonaSpec } from '../../test/property/handbook-arbitrary.ts';

/** What a hostile or careless author could type; each must come out as the same text, inert. */
export const PAYLOADS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><img src=x onerror=alert(1)>",
  '</textarea><script>alert(1)</script>',
  '</title><script>alert(1)</script>',
  '</style><script>alert(1)</script>',
  '</script><script>alert(1)</script>',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<![CDATA[<img src=x onerror=alert(1)>]]>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">enlace</a>',
  '{',
  '}',
  '<',
  '{alert(1)}',
  '${alert(1)}',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '"; alert(1); //',
  'línea\u2028separada\u2029y más',
  '=HYPERLINK("http://x.example","clic")',
  '@SUM(1+1)',
] as const;

/** The string fields a payload goes into, per kind of thing, for counting what was tried. */
export const STRING_FIELDS = {
  persona: ['name', 'role', 'quote', 'segment', 'goals[]', 'needs[]', 'pains[]', 'expectations[]', 'motivations[]', 'supporting[].name', 'supporting[].role'],
  journey: ['title', 'summary', 'scenario', 'owner', 'tags[]', 'kpis[].name', 'kpis[].unit'],
  phase: ['name', 'goal', 'duration', 'kpis[].name', 'kpis[].unit'],
  touchpoint: ['title', 'feeling', 'thought', 'pain', 'opportunity', 'owner', 'evidence[]', 'backstage[]', 'support[]', 'kpis[].name', 'kpis[].unit', 'tags[]'],
  channel: ['label', 'icon'],
  track: ['title', 'description', 'audience', 'steps[].note'],
} as const;

export const STRING_FIELD_COUNT = Object.values(STRING_FIELDS).reduce((sum, fields) => sum + fields.length, 0);

/** Slug of the persona and journey that carry payload `index`. */
export const payloadSlug = (index: number) => `carga-${index + 1}`;

/** The handbook with `payloads` (PAYLOADS unless given) in every string field. */
export function hostileHandbook(payloads: readonly string[] = PAYLOADS): HandbookSpec {
  const personas: PersonaSpec[] = [];
  const journeys: JourneySpec[] = [];
  const channels: NonNullable<HandbookSpec['channels']> = {};
  payloads.forEach((payload, index) => {
    const slug = payloadSlug(index);
    // Payload first (a spreadsheet or a URL reads the start); a tag makes each field's text its own.
    const text = (field: string) => `${payload} ·${field}-${index + 1}`;
    const channel = `canal-${index + 1}`;
    channels[channel] = { label: text('canal'), icon: text('icono') };
    personas.push({
      slug,
      format: 'md',
      data: {
        name: text('nombre'),
        role: text('rol'),
        quote: text('cita'),
        segment: text('segmento'),
        goals: [text('objetivo')],
        needs: [text('necesidad')],
        pains: [text('dolor')],
        expectations: [text('expectativa')],
        motivations: [text('motivacion')],
        channels: [channel],
        supporting: [{ name: text('apoyo'), role: text('apoyo-rol'), influence: 'influencer' }],
      },
      body: '\nBiografía sin marcas.\n',
    });
    const kpis = [{ name: text('kpi'), value: 40, unit: text('unidad'), target: 50 }];
    journeys.push({
      slug,
      format: 'md',
      data: {
        title: text('titulo'),
        persona: slug,
        summary: text('resumen'),
        scenario: text('escenario'),
        owner: text('responsable'),
        reviewed: '2026-10-01',
        tags: [text('etiqueta')],
        kpis,
        phases: [
          { id: 'antes', name: text('fase'), goal: text('meta'), duration: text('duracion'), kpis },
          { id: 'despues', name: text('fase-2') },
        ],
        touchpoints: [
          {
            id: 'primero',
            phase: 'antes',
            title: text('punto'),
            channel,
            emotion: -2,
            feeling: text('sentimiento'),
            thought: text('pensamiento'),
            pain: text('problema'),
            opportunity: text('oportunidad'),
            moment: 'pain',
            importance: 5,
            owner: text('dueno'),
            evidence: [text('evidencia')],
            backstage: [text('trastienda')],
            support: [text('soporte')],
            kpis,
            // A tag page per payload too: its address is made of the payload's letters and digits.
            tags: [text('etiqueta-punto')],
          },
          { phase: 'despues', title: text('punto-2'), channel: 'web', emotion: 2, feeling: text('sentimiento-2'), moment: 'truth' },
        ],
      },
      body: '\nNarrativa sin marcas.\n',
    });
  });
  return { personas, journeys, channels };
}

/**
 * One track per payload, `content/tracks/carga-<n>.md`, with the payload in every text field,
 * leading to that payload's persona and journey: the track page, the home page's track cards and
 * the step pages' track bars all show them.
 */
export function hostileTracks(): Record<string, string> {
  const files: Record<string, string> = {};
  PAYLOADS.forEach((payload, index) => {
    const slug = payloadSlug(index);
    const text = (field: string) => `${payload} ·${field}-${index + 1}`;
    files[`content/tracks/${slug}.md`] = contentFile(
      {
        title: text('itinerario'),
        description: text('descripcion'),
        audience: text('publico'),
        steps: [
          { persona: slug, note: text('nota') },
          { journey: slug, note: text('nota-2') },
          { page: 'home' },
        ],
      },
      '\nIntroducción sin marcas.\n',
    );
  });
  return files;
}
