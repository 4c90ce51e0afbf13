import { parseEnv } from './env';

describe('parseEnv', () => {
  it('uses the local runtime defaults when nothing is set', () => {
    expect(parseEnv({})).toEqual({ API_KEY: 'local-dev-key', API_BASE_URL: '' });
  });

  it('treats empty variables as unset and trims a trailing slash', () => {
    expect(parseEnv({ API_KEY: '', API_BASE_URL: 'https://gate.example.com/' })).toEqual({
      API_KEY: 'local-dev-key',
      API_BASE_URL: 'https://gate.example.com',
    });
  });

  it('fails at start naming the variable when the API base is not a URL or path', () => {
    expect(() => parseEnv({ API_BASE_URL: 'v1' })).toThrow(/VITE_API_BASE_URL/);
    // the old rule (the base ends in /v1) would call /v1/v1/...
    expect(() => parseEnv({ API_BASE_URL: '/v1' })).toThrow(/VITE_API_BASE_URL/);
  });
});
