import { describe, expect, it } from 'vitest';
import raw from './gbt9704-profile.json';
import { gbt9704Profile } from './profile';
import { FormatProfileSchema } from './profile-schema';

describe('the shipped GB/T 9704-2012 profile', () => {
  it('is valid, with nothing the schema would drop or change', () => {
    const parsed = FormatProfileSchema.parse(raw);
    expect(parsed).toEqual(raw);
    expect(gbt9704Profile()).toEqual(parsed);
  });

  it('is refused when a value loses its clause or a key is misspelt', () => {
    const copy = structuredClone(raw) as { page: { widthMm: Record<string, unknown> } };
    copy.page.widthMm.clause = '';
    expect(FormatProfileSchema.safeParse(copy).success).toBe(false);
    copy.page.widthMm = { value: 210, clause: '5.2.1', nte: 'x' };
    expect(FormatProfileSchema.safeParse(copy).success).toBe(false);
  });
});
