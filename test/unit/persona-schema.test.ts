import { describe, expect, it } from 'vitest';
import { personaSchema } from '../../src/schema/persona.ts';

describe('the persona schema', () => {
  it('accepts every field of docs/format.md#personas', () => {
    const full = {
      name: 'María Gómez',
      role: 'Cliente particular, 58 años',
      avatar: './img/maria.jpg',
      quote: 'Quiero hablar con alguien que me conozca.',
      segment: 'Clientes sénior',
      goals: ['Cobrar la pensión sin sustos'],
      needs: ['Trato cercano'],
      pains: ['Colas en la oficina'],
      expectations: ['Que la llamen si algo falla'],
      motivations: ['Tranquilidad'],
      channels: ['store', 'phone'],
      supporting: [
        { name: 'Lucía', role: 'Hija, 31 años', influence: 'influencer' },
        { name: 'Andrés' },
      ],
    };
    expect(personaSchema.parse(full)).toEqual(full);
  });

  it('needs only a name', () => {
    expect(personaSchema.parse({ name: 'Ana' })).toEqual({ name: 'Ana' });
    expect(personaSchema.safeParse({ role: 'Clienta' }).success).toBe(false);
  });

  it.each(['decision-maker', 'influencer', 'prescriber', 'user', 'other'])('accepts the influence %s', (influence) => {
    expect(personaSchema.safeParse({ name: 'Ana', supporting: [{ name: 'Luis', influence }] }).success).toBe(true);
  });

  it('rejects any other influence', () => {
    expect(personaSchema.safeParse({ name: 'Ana', supporting: [{ name: 'Luis', influence: 'boss' }] }).success).toBe(false);
  });

  it('rejects unknown fields, in the persona and in a supporting character', () => {
    expect(personaSchema.safeParse({ name: 'Ana', edad: 41 }).success).toBe(false);
    expect(personaSchema.safeParse({ name: 'Ana', supporting: [{ name: 'Luis', rol: 'Hijo' }] }).success).toBe(false);
  });

  it('wants lists as lists and channel ids as ids', () => {
    expect(personaSchema.safeParse({ name: 'Ana', goals: 'Ahorrar' }).success).toBe(false);
    expect(personaSchema.safeParse({ name: 'Ana', channels: ['Web'] }).success).toBe(false);
  });
});
