/**
 * Which of the device's speech voices may read a text: only one for the text's own language.
 * A Persian voice must not read Dari as if it were Persian, nor an Arabic voice read Sorani, so
 * a language tag with a region (fa-AF) needs a voice of that region; one without (fa, ar) takes
 * any voice of that language except one whose region another site language claims. No voice:
 * no control (issue #13 Must 8). Pure, so it runs in unit tests with a made-up voice list.
 */

export interface VoiceLike {
  lang: string;
  name: string;
  localService?: boolean;
}

/** "fa_AF", "FA-af" → "fa-af": engines write voice tags in several ways. */
export function normaliseTag(tag: string): string {
  return tag.trim().replace(/_/g, '-').toLowerCase();
}

/**
 * The best voice for text in `textLang` (an HTML lang value), or undefined.
 * `claimed`: tags of other site languages with a region (fa-AF), which a plain tag must not take.
 */
export function matchingVoice<V extends VoiceLike>(voices: readonly V[], textLang: string, claimed: readonly string[] = []): V | undefined {
  const wanted = normaliseTag(textLang);
  const [language, region] = wanted.split('-');
  const claimedTags = claimed.map(normaliseTag).filter((tag) => tag !== wanted);
  const fits = (voice: V) => {
    const tag = normaliseTag(voice.lang);
    if (region) return tag === wanted || tag.startsWith(`${wanted}-`);
    const [voiceLanguage] = tag.split('-');
    return voiceLanguage === language && !claimedTags.some((claimedTag) => tag === claimedTag || tag.startsWith(`${claimedTag}-`));
  };
  const candidates = voices.filter(fits);
  // A voice on the device reads without sending the text anywhere; prefer it.
  return candidates.find((voice) => voice.localService) ?? candidates[0];
}
