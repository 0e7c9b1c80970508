import { describe, expect, it } from 'vitest';
import { shippedTemplates } from './index';

describe('shipped templates', () => {
  it('all load and validate', () => {
    const templates = shippedTemplates();
    expect(templates.length).toBeGreaterThanOrEqual(1);
    for (const t of templates) {
      expect(t.sections.length).toBeGreaterThan(0);
      expect(t.items.length).toBeGreaterThan(0);
    }
  });
});
