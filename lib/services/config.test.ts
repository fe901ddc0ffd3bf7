import { describe, expect, it } from 'vitest';
import { readServiceConfig } from './config';
import { ServiceError } from './ports';

describe('readServiceConfig', () => {
  it('uses non-default ports so a user’s own servers are not disturbed', () => {
    const c = readServiceConfig({}, '/srv/gloss');
    expect(c).toMatchObject({ PORT: 3000, GLOSS_PG_PORT: 54329, GLOSS_MEILI_PORT: 7701, dataDir: '/srv/gloss/.data' });
  });

  it('treats empty variables as unset', () => {
    const c = readServiceConfig({ DATABASE_URL: '', PORT: '' }, '/x');
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.PORT).toBe(3000);
  });

  it('explains a bad port in one sentence', () => {
    expect(() => readServiceConfig({ GLOSS_PG_PORT: 'abc' }, '/x')).toThrow(ServiceError);
    expect(() => readServiceConfig({ GLOSS_PG_PORT: '70000' }, '/x')).toThrow(/GLOSS_PG_PORT/);
  });
});
