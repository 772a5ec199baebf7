/*
 * A handbook with a public side and an internal side, for the audience tests: every field of
 * every internal file, and every internal file name, carries a canary — a string found nowhere
 * else — so that a public build can be scanned, byte by byte, for anything internal.
 */

/** A canary: lower-case letters and digits only, so tokenisers and slugs keep it whole. */
export function canary(label: string): string {
  return `zqx${label.toLowerCase().replace(/[^a-z0-9]/g, '')}canary`;
}

const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

export interface AudienceHandbook {
  files: Record<string, string | Buffer>;
  /** Every canary placed in internal content. */
  internalCanaries: string[];
  /** Strings that must reach the public build (so a scan that finds nothing proves something). */
  publicMarkers: string[];
}

/** The avatar of an internal persona, used nowhere public: its picture is `emoji/${INTERNAL_ONLY_EMOJI_FILE}` in an internal build only. */
export const INTERNAL_ONLY_EMOJI = '🦄';
export const INTERNAL_ONLY_EMOJI_FILE = '1f984.svg';

function list(label: string): string {
  return `\n  - ${canary(label)}`;
}

/** The internal persona: every persona field a canary. */
function internalPersona(slug: string): string {
  return `---
name: Persona ${canary('pname')}
role: ${canary('prole')}
avatar: ./${canary('pavatar')}.png
quote: ${canary('pquote')}
segment: ${canary('psegment')}
goals:${list('pgoal')}
needs:${list('pneed')}
pains:${list('ppain')}
expectations:${list('pexpect')}
motivations:${list('pmotiv')}
channels: [web]
supporting:
  - name: ${canary('psupname')}
    role: ${canary('psuprole')}
    influence: influencer
visibility: internal
---

${canary('pbody')} is who this persona is. ${slug}
`;
}

/**
 * An internal journey: every journey, phase, touchpoint and KPI field a canary. Its phase is in
 * the stage the public journey's "contratar" phase is in, and its touchpoint carries the public
 * journey's tag as well as its own, so the stages page, the tag pages and the journeys index
 * would list it beside the public journey if they read anything but the public model.
 * `touchpointExtra` adds fields to its touchpoint (four spaces in).
 */
function internalJourney(persona: string, extra = '', touchpointExtra = ''): string {
  return `---
title: Recorrido ${canary('jtitle')}
persona: ${persona}
summary: ${canary('jsummary')}
scenario: ${canary('jscenario')}
owner: ${canary('jowner')}
reviewed: 2026-10-01
tags: [${canary('jtag')}]
${extra}kpis:
  - { name: ${canary('jkpi')}, value: 10, target: 50, unit: "%" }
phases:
  - id: ${canary('phaseid')}
    name: ${canary('phasename')}
    goal: ${canary('phasegoal')}
    duration: ${canary('phaseduration')}
    stage: contratar
    kpis:
      - { name: ${canary('phasekpi')}, value: 1, target: 2 }
touchpoints:
  - id: ${canary('tpid')}
    phase: ${canary('phaseid')}
    title: ${canary('tptitle')}
    channel: web
    emotion: -3
    feeling: ${canary('tpfeeling')}
    thought: ${canary('tpthought')}
    pain: ${canary('tppain')}
    opportunity: ${canary('tpopportunity')}
    moment: pain
    importance: 5
    sources: [${canary('researchslug')}]
    quote: ${canary('tpquote')}
    owner: ${canary('tpowner')}
    evidence:${list('tpevidence').replace(/\n/g, '\n    ')}
    backstage:${list('tpbackstage').replace(/\n/g, '\n    ')}
    support:${list('tpsupport').replace(/\n/g, '\n    ')}
    kpis:
      - { name: ${canary('tpkpi')}, value: 3, target: 9 }
    tags: [${canary('tptag')}, publicado]
${touchpointExtra}---

## ${canary('jheading')}

${canary('jbody')} is what happens.

![${canary('jimagealt')}](./${canary('jimage')}.png)

<Callout type="note">${canary('jcallout')}</Callout>
`;
}

/**
 * A public persona and journey (with a public future vision), and beside them an internal persona
 * with an internal journey, an internal journey of the public persona, and an internal future
 * vision of the public journey: every way internal content touches public content.
 */
export function audienceHandbook(): AudienceHandbook {
  const secretPersona = canary('personaslug');
  const files: Record<string, string | Buffer> = {
    'content/personas/ana.mdx': `---
name: Ana Pública
role: Clienta publicada
channels: [web, phone]
visibility: public
---

Ana, la persona publicada.
`,
    'content/journeys/alta.mdx': `---
title: Alta publicada
persona: ana
summary: Un recorrido que se publica.
visibility: public
tags: [publicado]
phases:
  - { id: descubrir, name: Descubrir, stage: descubrir }
  - { id: contratar, name: Contratar, stage: contratar }
touchpoints:
  - { phase: descubrir, title: Lee la web publicada, channel: web, emotion: 1, tags: [publicado] }
  - { id: llamada, phase: contratar, title: Llama publicada, channel: phone, emotion: -2, pain: Espera publicada, moment: pain }
---

## Lo publicado

<Touchpoint id="llamada" />

<EmotionChart />
`,
    [`content/personas/${secretPersona}.mdx`]: internalPersona(secretPersona),
    [`content/personas/${canary('pavatar')}.png`]: PNG_1X1,
    // The stages every journey shares (no visibility: the skeleton, not a journey).
    'content/stages.yaml': '- { id: descubrir, name: Descubrir }\n- { id: contratar, name: Contratar }\n',
    [`content/journeys/${canary('journeyslug')}.mdx`]: internalJourney(secretPersona),
    [`content/journeys/${canary('jimage')}.png`]: PNG_1X1,
    // An internal journey of the public persona: the persona page must not list it. Its
    // touchpoint zooms into the public journey: the public journey must not say it is part of it.
    [`content/journeys/${canary('ofpublic')}.mdx`]: internalJourney('ana', '', '    detail: alta\n'),
    // A folder of internal journeys with its own label: no group, label or folder in a public build.
    [`content/journeys/${canary('folder')}/_folder.yaml`]: `label: ${canary('folderlabel')}\ndescription: ${canary('folderdescription')}\n`,
    [`content/journeys/${canary('folder')}/${canary('infolder')}.mdx`]: internalJourney(secretPersona),
    [`content/journeys/${canary('folder')}/${canary('jimage')}.png`]: PNG_1X1,
    // An internal vision of the public journey: the public journey must not link to its comparison.
    [`content/journeys/${canary('future')}.mdx`]: internalJourney('ana', 'state: future\ncompares: alta\n'),
    // The study the internal journeys cite: its page, its search kind ("Estudio") and its title stay internal.
    [`content/research/${canary('researchslug')}.md`]: `---
title: Estudio ${canary('rtitle')}
method: interview
date: 2026-09-01
participants: 7
owner: ${canary('rowner')}
---

${canary('rbody')} is what the study found.
`,
    // A track of internal steps: its page, its search kind ("Itinerario") and its notes stay internal.
    [`content/tracks/${canary('trackslug')}.md`]: `---
title: Itinerario ${canary('ttitle')}
description: ${canary('tdescription')}
audience: ${canary('taudience')}
steps:
  - journey: ${canary('journeyslug')}
    note: ${canary('tnote')}
  - persona: ${secretPersona}
---

${canary('tbody')} is why to follow it.
`,
    // An internal persona drawn with an emoji of its own: its Twemoji picture is not published.
    [`content/personas/${canary('emojipersona')}.mdx`]: `---\nname: Persona ${canary('emojiname')}\navatar: ${INTERNAL_ONLY_EMOJI}\nvisibility: internal\n---\n\n${canary('emojibody')}.\n`,
  };
  const internalCanaries = new Set<string>();
  for (const [path, text] of Object.entries(files)) {
    if (typeof text !== 'string' || text.includes('visibility: public')) continue;
    for (const match of `${path}\n${text}`.matchAll(/zqx[a-z0-9]+canary/g)) internalCanaries.add(match[0]);
  }
  return { files, internalCanaries: [...internalCanaries].sort(), publicMarkers: ['Alta publicada', 'Ana Pública', 'Llama publicada'] };
}
