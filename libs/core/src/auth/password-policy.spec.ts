import { describe, expect, it } from '@jest/globals';
import { dictionary } from '@zxcvbn-ts/language-common';
import { ConfigError, loadConfig } from '../config/app-config.js';
import { passwordProblem } from './password-policy.js';

describe('passwordProblem', () => {
  const ranked = dictionary['passwords-common'];

  it('refuses the 10,000 most common passwords of at least 10 characters, in any case', () => {
    const long = ranked.slice(0, 10_000).filter((p) => p.length >= 10);
    expect(long.length).toBeGreaterThan(100);
    for (const password of long) {
      expect(passwordProblem(password)).toMatch(/più usate/);
      expect(passwordProblem(password.toUpperCase())).toMatch(/più usate/);
    }
  });

  it('accepts a common password ranked past the first 10,000', () => {
    const beyond = ranked.slice(10_000).find((p) => p.length >= 10 && new Set(p).size > 1)!;
    expect(passwordProblem(beyond)).toBeNull();
  });

  it('refuses one repeated character, however long', () => {
    expect(passwordProblem('z'.repeat(40))).toBe('la password non può essere un solo carattere ripetuto');
    expect(passwordProblem('🔑'.repeat(12))).toBe('la password non può essere un solo carattere ripetuto');
    expect(passwordProblem('zzzzzzzzzy')).toBeNull();
  });

  it('keeps the length rule: 10 to 200 characters', () => {
    expect(passwordProblem('Corta-1')).toMatch(/almeno 10 caratteri/);
    expect(passwordProblem(`Lunga-${'x'.repeat(200)}`)).toMatch(/al massimo 200 caratteri/);
    expect(passwordProblem('Ravioli-di-zia-Carmela')).toBeNull();
  });
});

describe('ADMIN_PASSWORD', () => {
  const env = { NODE_ENV: 'test', JWT_SECRET: 'segreto-di-prova-per-i-test-lungo-almeno-32-caratteri', ADMIN_EMAIL: 'admin@example.it' };

  it('stops the start-up on a common password, naming the variable but never its value', () => {
    let error: unknown;
    try {
      loadConfig({ ...env, ADMIN_PASSWORD: 'Password123' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toMatch(/ADMIN_PASSWORD: .*più usate/);
    expect((error as ConfigError).message).not.toContain('Password123');
  });

  it('stops the start-up on one repeated character', () => {
    expect(() => loadConfig({ ...env, ADMIN_PASSWORD: '0000000000000' })).toThrow(/ADMIN_PASSWORD: .*carattere ripetuto/);
  });

  it('accepts an uncommon password', () => {
    expect(loadConfig({ ...env, ADMIN_PASSWORD: 'Ravioli-di-zia-Carmela' }).adminPassword).toBe('Ravioli-di-zia-Carmela');
  });
});
