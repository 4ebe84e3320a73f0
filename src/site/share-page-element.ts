/**
 * <share-page>: enhances the share control, which already works without JavaScript. It adds a
 * language choice that swaps the address and the links in place (on a page; on the share view
 * the language links lead to the other views, whose QR codes are built), a button that copies
 * the full address, and the phone's own share sheet where the browser has one. It sends nothing
 * anywhere: the links open the person's own apps only when tapped.
 */
interface ShareStrings {
  copy: string;
  copied: string;
  copyFailed: string;
  share: string;
  language: string;
}

class SharePage extends HTMLElement {
  #address = '';

  connectedCallback(): void {
    // On a page the control is a closed <details>: building the language choice while the page
    // loads cost about 15 ms of main-thread work that Lighthouse counted as blocking time, for a
    // control most readers never open. It is built when the control is first opened.
    const details = this.closest('details');
    if (details && !details.open) details.addEventListener('toggle', () => this.#enhance(), { once: true });
    else this.#enhance();
  }

  #enhance(): void {
    const strings = JSON.parse(this.dataset['strings'] ?? '{}') as ShareStrings;
    const addressLink = this.querySelector<HTMLAnchorElement>('[data-part="address"]');
    if (!addressLink) return;
    this.#address = addressLink.href;
    const actions = document.createElement('p');
    actions.className = 'share-buttons';
    actions.append(this.#button(strings.copy, 'copy', () => void this.#copy(strings)));
    if (typeof navigator.share === 'function') {
      actions.append(this.#button(strings.share, 'share', () => void navigator.share({ url: this.#address }).catch(() => undefined)));
    }
    addressLink.parentElement!.after(actions);
    if (this.dataset['variant'] === 'page') this.#offerLanguages(strings);
  }

  #button(label: string, part: string, onClick: () => void): HTMLButtonElement {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = label;
    button.dataset['part'] = part;
    button.addEventListener('click', onClick);
    return button;
  }

  async #copy(strings: ShareStrings): Promise<void> {
    const status = this.querySelector('[data-part="status"]')!;
    try {
      await navigator.clipboard.writeText(this.#address);
      status.textContent = strings.copied;
    } catch {
      status.textContent = strings.copyFailed;
    }
  }

  /** A <select> of the languages replaces their list: the address and links follow the choice. */
  #offerLanguages(strings: ShareStrings): void {
    const list = this.querySelector<HTMLElement>('[data-part="languages"]');
    const links = [...(list?.querySelectorAll<HTMLAnchorElement>('a[data-address]') ?? [])];
    if (!list || links.length < 2) return;
    const label = document.createElement('label');
    label.className = 'share-language';
    label.textContent = `${strings.language} `;
    const select = document.createElement('select');
    select.dataset['part'] = 'language';
    for (const link of links) {
      const option = new Option(link.textContent ?? '', link.dataset['address'], false, link.hasAttribute('aria-current'));
      option.lang = link.lang;
      option.dir = link.dir;
      option.dataset['handout'] = link.dataset['handout'];
      option.dataset['shareView'] = link.getAttribute('href') ?? '';
      select.append(option);
    }
    label.append(select);
    select.addEventListener('change', () => this.#choose(select.selectedOptions[0]!));
    this.querySelector('[data-part="address"]')!.parentElement!.before(label);
    list.hidden = true;
    this.querySelector<HTMLElement>('[data-part="languages-label"]')!.hidden = true;
  }

  #choose(option: HTMLOptionElement): void {
    const previous = encodeURIComponent(this.#address);
    this.#address = option.value;
    const addressLink = this.querySelector<HTMLAnchorElement>('[data-part="address"]')!;
    addressLink.href = option.value;
    addressLink.textContent = option.value;
    for (const link of this.querySelectorAll<HTMLAnchorElement>('[data-part="send"]')) {
      link.href = link.href.replace(previous, encodeURIComponent(option.value));
    }
    this.querySelector<HTMLAnchorElement>('[data-part="qr"]')!.href = option.dataset['shareView'] ?? '';
    this.querySelector<HTMLAnchorElement>('[data-part="handout"]')!.href = option.dataset['handout'] ?? '';
    this.querySelector('[data-part="status"]')!.textContent = '';
  }
}

customElements.define('share-page', SharePage);
