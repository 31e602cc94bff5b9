/**
 * The device's part of "Send these next steps": the page's address when the edition has no public
 * one (so the links and the length count include it), a Share button where the browser has a share
 * sheet, and Copy with a visible confirmation (or, with no clipboard, the text selected to copy).
 * Stores nothing and reads no answers.
 */
import { messagesLabel, sendMailHref, sendSmsHref, smsLength, withAddress } from '../../lib/present/send-text.ts';

const say = (section: HTMLElement, words: string) => {
  section.querySelector('[role=status]')!.textContent = words;
};

function selectText(section: HTMLElement, text: Element) {
  const range = document.createRange();
  range.selectNodeContents(text);
  const selection = getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  say(section, 'The text is selected. Copy it with your device’s copy command.');
}

for (const section of document.querySelectorAll<HTMLElement>('[data-send]')) {
  // The parts are found by what they are, so the page carries no extra attributes (it must fit 14 KB).
  const { path } = section.dataset;
  const [, text, length] = section.querySelectorAll('p');
  const sms = section.querySelector<HTMLAnchorElement>('[href^="sms:"]')!;
  const mail = section.querySelector<HTMLAnchorElement>('[href^="mailto:"]')!;
  const [share, copy] = section.querySelectorAll('button');
  const subject = new URL(mail.href).searchParams.get('subject') ?? '';
  // The text as built (in the text link), with the public address already on it; else this page's address is added.
  const built = decodeURIComponent(sms.getAttribute('href')!.slice('sms:?body='.length));
  const here = path && /^https?:$/.test(location.protocol) ? new URL(path, location.origin).href : undefined;
  const full = withAddress(built, here);
  text!.replaceChildren(...full.split('\n').flatMap((line, i) => (i ? [document.createElement('br'), line] : [line])));
  length!.textContent = `This is ${messagesLabel(smsLength(full).messages)}.`;
  sms.href = sendSmsHref(full);
  mail.href = sendMailHref(subject, full);

  if (typeof navigator.share === 'function') {
    share!.hidden = false;
    share!.addEventListener('click', () => {
      navigator.share({ title: subject, text: full }).catch(() => {});
    });
  }
  copy!.hidden = false;
  copy!.addEventListener('click', async () => {
    say(section, '');
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(full);
      say(section, 'Copied. You can paste it into a message or a note.');
    } catch {
      selectText(section, text!);
    }
  });
  section.dataset.sendReady = '';
}
