/**
 * <listen-aloud>: reads the page's text with the browser's own speech synthesis, shown only
 * where the device has a voice for the text's language (src/listen/voices.ts). It enhances a
 * page that reads fine without it; it loads nothing and sends nothing itself.
 */
import { matchingVoice } from './voices.ts';

/** The blocks read aloud, in order; one utterance each, since engines stop long ones early. */
const readableBlocks = 'h1, h2, h3, h4, p, li, td, th, dt, dd';

class ListenAloud extends HTMLElement {
  #button: HTMLButtonElement | null = null;
  #speaking = false;

  connectedCallback(): void {
    if (!('speechSynthesis' in window) || typeof SpeechSynthesisUtterance === 'undefined') return;
    this.#button = this.querySelector('button');
    this.#button?.addEventListener('click', () => (this.#speaking ? this.#stop() : this.#speak()));
    this.#offerIfVoice();
    // Chrome fills the voice list late; it announces it with voiceschanged.
    speechSynthesis.addEventListener('voiceschanged', () => this.#offerIfVoice());
    window.addEventListener('pagehide', () => this.#stop());
  }

  #voice(): SpeechSynthesisVoice | undefined {
    const claimed = (this.dataset.claimed ?? '').split(' ').filter(Boolean);
    return matchingVoice(speechSynthesis.getVoices(), this.dataset.textLang ?? document.documentElement.lang, claimed);
  }

  #offerIfVoice(): void {
    this.hidden = this.#voice() === undefined;
  }

  #speak(): void {
    const voice = this.#voice();
    const root = document.querySelector(this.dataset.read ?? 'article');
    if (!voice || !root) return;
    speechSynthesis.cancel();
    const blocks = [...root.querySelectorAll<HTMLElement>(readableBlocks)].filter((block) => !block.closest('[data-pagefind-ignore], nav, details:not([open])') && !block.querySelector(readableBlocks));
    const texts = blocks.map((block) => block.innerText.trim()).filter(Boolean);
    texts.forEach((text, index) => {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = voice.lang;
      try {
        utterance.voice = voice;
      } catch {
        // Only a SpeechSynthesisVoice object is accepted (a stubbed list in tests has plain
        // objects); the lang set above still makes the engine pick a voice of that language.
      }
      if (index === texts.length - 1) utterance.addEventListener('end', () => this.#setSpeaking(false));
      speechSynthesis.speak(utterance);
    });
    this.#setSpeaking(texts.length > 0);
  }

  #stop(): void {
    if (this.#speaking) speechSynthesis.cancel();
    this.#setSpeaking(false);
  }

  #setSpeaking(speaking: boolean): void {
    this.#speaking = speaking;
    if (!this.#button) return;
    this.#button.setAttribute('aria-pressed', String(speaking));
    const label = speaking ? this.dataset.stop : this.dataset.play;
    const text = this.#button.querySelector('[data-part="label"]');
    if (label && text) text.textContent = label;
  }
}

if (!customElements.get('listen-aloud')) customElements.define('listen-aloud', ListenAloud);
