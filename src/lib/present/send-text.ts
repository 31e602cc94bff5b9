/**
 * "Send these next steps": the short text a person can send to their own phone or email, and how
 * long it is as a text message. Made only from what the page shows everyone (the first step, the
 * services' numbers, the page's address), never from the person's answers. Pure, so the page
 * builds its sms: and mailto: links at build time and the device can rebuild them with its address.
 */

/** A number as the text shows it. */
interface SendPhone {
  display: string;
  type: 'voice' | 'text';
}

export interface SendContact {
  name: string;
  phones: readonly SendPhone[];
  /** For a service with no number: its address (a website is left to the page the text links to: it is long). */
  address?: string;
}

/** The 128 characters of the GSM 03.38 basic set: each takes one of a message's 160 places. */
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
/** The extension set: each takes two places (an escape, then the character). */
const GSM_EXTENSION = '^{}\\[~]|€\f';

export interface SmsLength {
  /** GSM-7 when every character is in the GSM set, else UCS-2 (which fits fewer characters). */
  encoding: 'GSM-7' | 'UCS-2';
  /** Places used: GSM-7 septets, or UCS-2 code units. */
  units: number;
  /** How many text messages the phone sends it as. */
  messages: number;
}

/** How long `text` is as a text message: one holds 160 GSM-7 or 70 UCS-2 places; a longer text is cut into parts of 153 or 67. */
export function smsLength(text: string): SmsLength {
  let septets = 0;
  for (const ch of text) {
    if (GSM_BASIC.includes(ch)) septets += 1;
    else if (GSM_EXTENSION.includes(ch)) septets += 2;
    else {
      const units = text.length;
      return { encoding: 'UCS-2', units, messages: units <= 70 ? 1 : Math.ceil(units / 67) };
    }
  }
  return { encoding: 'GSM-7', units: septets, messages: septets <= 160 ? 1 : Math.ceil(septets / 153) };
}

/** "1 text message", "2 text messages". */
export function messagesLabel(messages: number): string {
  return `${messages} text message${messages === 1 ? '' : 's'}`;
}

/** Curly quotes, long dashes and the like are outside the GSM set: one would make the whole text cost over twice as much. */
function plain(text: string): string {
  return text
    .replace(/[‘’‚′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/…/g, '...')
    .replace(/[\u00a0\u2009\u202f]/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

const numbers = (phones: readonly SendPhone[]) =>
  phones.map((p) => (p.type === 'text' ? `text ${p.display}` : p.display)).join(', ');

/** A service's line: its numbers; with none, its address; with neither, only its name. */
const contactLine = (c: SendContact) => {
  const how = c.phones.length > 0 ? numbers(c.phones) : c.address;
  return plain(how ? `${c.name}: ${how}` : c.name);
};

/** An outcome's text: its first step, then each service to contact for it, with how to reach it. */
export function outcomeSendText(o: { firstStep: string; contacts: readonly SendContact[] }): string {
  return [plain(o.firstStep), ...o.contacts.map(contactLine)].join('\n');
}

/** One service's text: its name and numbers, then its address when it has one. */
export function serviceSendText(s: SendContact): string {
  const first = s.phones.length > 0 ? contactLine(s) : plain(s.name);
  return [first, ...(s.address ? [plain(s.address)] : [])].join('\n');
}

/** The text with the page's address on the last line (left off when the address is not known). */
export function withAddress(text: string, address: string | undefined): string {
  return address ? `${text}\n${address}` : text;
}

/** An sms: link with no number (the person picks who to send it to) and the text as its body. */
export function sendSmsHref(text: string): string {
  return `sms:?body=${encodeURIComponent(text)}`;
}

/**
 * A mailto: link with no address, only a subject and a body. The body is encoded as the sms: link's
 * (lines end in %0A, which mail apps read as line breaks, though RFC 6068 asks for %0D%0A), so the
 * compressed page carries the text once: next-steps pages must fit 14 KB.
 */
export function sendMailHref(subject: string, text: string): string {
  return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(text)}`;
}
