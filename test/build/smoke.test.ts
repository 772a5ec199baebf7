import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, type Fixture } from './harness.ts';

describe('a minimal handbook', () => {
  let fixture: Fixture;
  beforeAll(async () => {
    fixture = createFixture('minimal');
    const result = await fixture.run('cli/build.ts');
    expect(result.code, result.stderr).toBe(0);
  });
  afterAll(() => fixture.remove());

  it('builds the journey page with its chart points', () => {
    const html = fixture.read('journeys/alta/index.html');
    expect(html).toContain('data-touchpoint="llamada"');
    expect(html).toContain('data-emotion="-2"');
  });
});
