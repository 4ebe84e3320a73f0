/** The Listen control reads only with a voice for the text's language (issue #13 Must 8). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchingVoice, normaliseTag } from '../../src/listen/voices.ts';

const voice = (lang: string, name = lang, localService = false) => ({ lang, name, localService });

describe('a voice for the text', () => {
  it('matches the language, whatever the engine writes', () => {
    assert.equal(normaliseTag(' fa_IR '), 'fa-ir');
    assert.equal(matchingVoice([voice('en-US'), voice('sv_SE')], 'sv')?.lang, 'sv_SE');
    assert.equal(matchingVoice([voice('en-US'), voice('EN-gb')], 'en')?.lang, 'en-US');
  });

  it('is none when the device has no voice for the language', () => {
    assert.equal(matchingVoice([voice('en-US'), voice('sv-SE')], 'ti'), undefined);
    assert.equal(matchingVoice([], 'ar'), undefined);
    assert.equal(matchingVoice([voice('ar-SA')], 'ckb'), undefined, 'an Arabic voice does not read Sorani');
  });

  it('does not read Dari with a Persian voice, nor Persian with a Dari one', () => {
    assert.equal(matchingVoice([voice('fa-IR')], 'fa-AF'), undefined);
    assert.equal(matchingVoice([voice('fa-AF')], 'fa-AF')?.lang, 'fa-AF');
    assert.equal(matchingVoice([voice('fa-AF')], 'fa', ['fa-AF']), undefined);
    assert.equal(matchingVoice([voice('fa-AF'), voice('fa-IR')], 'fa', ['fa-AF'])?.lang, 'fa-IR');
  });

  it('prefers a voice on the device', () => {
    assert.equal(matchingVoice([voice('ru-RU', 'network'), voice('ru-RU', 'local', true)], 'ru')?.name, 'local');
  });
});
