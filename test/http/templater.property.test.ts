import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { Templater, TemplateError } from '../../src/http/templater.js';
import { scanTemplates } from '../../src/manifest/templates.js';
import { Masker } from '../../src/mask.js';

const name = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,11}$/).filter((n) => n !== 'env');
// Plain text never opens a template.
const plain = fc.string({ maxLength: 20 }).map((s) => s.replace(/\{\{/g, '{ {').replace(/\{$/, '{ '));
const value = fc.string({ maxLength: 30 });

describe('template expansion on random input', () => {
  test('text without templates comes back unchanged', () => {
    fc.assert(fc.property(plain, (text) => {
      expect(new Templater({}, new Map(), new Masker()).expand(text)).toBe(text);
    }));
  });

  test('each reference becomes exactly its value, whatever the value holds (even "{{ x }}")', () => {
    fc.assert(fc.property(
      fc.array(fc.tuple(plain, fc.boolean(), name, value), { minLength: 1, maxLength: 5 }), plain,
      (parts, tail) => {
        const env: Record<string, string> = {};
        const captures = new Map<string, string>();
        let text = '';
        let expected = '';
        for (const [before, isEnv, ref, v] of parts) {
          const current = isEnv ? env[ref] ?? v : captures.get(ref) ?? v;
          if (isEnv) env[ref] = current;
          else captures.set(ref, current);
          text += `${before}{{ ${isEnv ? `env.${ref}` : ref} }}`;
          expected += before + current;
        }
        text += tail;
        expected += tail;
        expect(new Templater(env, captures, new Masker()).expand(text)).toBe(expected);
      },
    ));
  });

  test('every environment value read is registered with the masker, and nothing else is', () => {
    fc.assert(fc.property(name, fc.stringMatching(/^[a-z0-9]{4,20}$/), fc.stringMatching(/^[A-Z0-9]{4,20}$/), (ref, used, unused) => {
      const masker = new Masker();
      new Templater({ [ref]: used, OTHER_UNUSED: unused }, new Map(), masker).expand(`x {{ env.${ref} }} y`);
      expect(masker.maskFreeText(`${used} ${unused}`)).toBe(`*** ${unused}`);
    }));
  });

  test('in a regular expression a value matches only itself, literally', () => {
    fc.assert(fc.property(value, value, (v, other) => {
      const pattern = new RegExp(new Templater({}, new Map([['v', v]]), new Masker()).expand('^{{ v }}$', { literal: 'regex' }));
      expect(pattern.test(v)).toBe(true);
      if (other !== v) expect(pattern.test(other)).toBe(false);
    }));
  });

  test('a missing value is an error naming the reference and never the values beside it', () => {
    fc.assert(fc.property(name, name, fc.stringMatching(/^[a-z0-9]{6,20}$/), (missing, present, secret) => {
      fc.pre(missing !== present);
      const templater = new Templater({ [present]: secret }, new Map([[present, secret]]), new Masker());
      for (const text of [`{{ env.${present} }} {{ env.${missing} }}`, `{{ ${present} }} {{ ${missing} }}`]) {
        let error: unknown;
        try {
          templater.expand(text);
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(TemplateError);
        expect((error as Error).message).toContain(missing);
        expect((error as Error).message).not.toContain(secret);
      }
    }));
  });

  test('capturesIn finds exactly the capture names scanTemplates sees, anywhere in a value', () => {
    fc.assert(fc.property(fc.array(fc.tuple(name, fc.boolean()), { maxLength: 6 }), (refs) => {
      const texts = refs.map(([n, isEnv]) => `a{{ ${isEnv ? `env.${n}` : n} }}b`);
      const nested = { request: texts[0] ?? 'GET /', json: { list: texts.slice(1), deep: { x: texts.join(' ') } } };
      const expected = new Set(texts.flatMap((t) => scanTemplates(t).refs.filter((r) => r.kind === 'capture').map((r) => r.name)));
      expect(Templater.capturesIn(nested)).toEqual(expected);
    }));
  });
});

describe('expandDeep', () => {
  test('expands strings at any depth and leaves keys, numbers, booleans and null alone', () => {
    const templater = new Templater({ EMAIL: 'ops@example.com' }, new Map([['id', '42']]), new Masker());
    expect(templater.expandDeep({ 'key {{ id }}': ['{{ id }}', 3, true, null, { email: '{{ env.EMAIL }}' }] }))
      .toEqual({ 'key {{ id }}': ['42', 3, true, null, { email: 'ops@example.com' }] });
  });
});
