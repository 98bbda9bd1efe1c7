import { ConfigError, parseConfig, requireExternal } from '../../src/config';

describe('configuration', () => {
  it('defaults to the embedded stack on port 3000', () => {
    const config = parseConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.TEMPORAL_ADDRESS).toBeUndefined();
    expect(config.DATA_DIR).toBe('.data');
    expect([config.SESSION_IDLE_MINUTES, config.SESSION_MAX_HOURS]).toEqual([30, 12]);
    expect([config.NOTIFY_MAX_ATTEMPTS, config.NOTIFY_RETRY_SECONDS]).toEqual([8, 30]);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x/y' }, 'DATABASE_URL'],
    [{ TEMPORAL_ADDRESS: 'localhost' }, 'TEMPORAL_ADDRESS'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ BODY_LIMIT: 'big' }, 'BODY_LIMIT'],
    [{ SESSION_IDLE_MINUTES: '0' }, 'SESSION_IDLE_MINUTES'],
    [{ SESSION_MAX_HOURS: 'long' }, 'SESSION_MAX_HOURS'],
    [{ PUBLIC_URL: 'ftp://example.com' }, 'PUBLIC_URL'],
    [{ NOTIFY_MAX_ATTEMPTS: '0' }, 'NOTIFY_MAX_ATTEMPTS'],
    [{ NOTIFY_RETRY_SECONDS: 'soon' }, 'NOTIFY_RETRY_SECONDS'],
  ])('refuses %j naming %s', (env, variable) => {
    expect(() => parseConfig(env)).toThrow(ConfigError);
    expect(() => parseConfig(env)).toThrow(new RegExp(`^Invalid configuration:\\n  ${variable}: `));
  });

  it('treats an empty variable as unset', () => {
    expect(parseConfig({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });

  it('requires external servers for the production entry points', () => {
    expect(() => requireExternal(parseConfig({}))).toThrow(/DATABASE_URL, TEMPORAL_ADDRESS: required/);
    const config = requireExternal(parseConfig({ DATABASE_URL: 'postgresql://db:5432/app', TEMPORAL_ADDRESS: 'temporal:7233' }));
    expect(config.TEMPORAL_ADDRESS).toBe('temporal:7233');
  });
});
