import { parseEnv } from './env';

describe('parseEnv', () => {
  it('uses the local runtime defaults when nothing is set', () => {
    expect(parseEnv({})).toEqual({ API_KEY: 'local-dev-key', API_BASE_URL: '/v1' });
  });

  it('treats empty variables as unset and trims a trailing slash', () => {
    expect(parseEnv({ API_KEY: '', API_BASE_URL: 'https://gate.example.com/v1/' })).toEqual({
      API_KEY: 'local-dev-key',
      API_BASE_URL: 'https://gate.example.com/v1',
    });
  });

  it('fails at start naming the variable when the API base is not a URL or path', () => {
    expect(() => parseEnv({ API_BASE_URL: 'v1' })).toThrow(/VITE_API_BASE_URL/);
  });
});
