/**
 * A call or text button: the one markup for a phone number on screen. PhoneLink.astro renders it
 * on the site's pages (as static HTML) and the question pages' island (TreeGuide) in the browser,
 * so both write the same markup. The kiosk reads the number and whose it is from its data- attributes.
 */
import type { PhoneView } from '../../lib/present/agency.ts';

interface Props {
  /** The verb is "Call" or "Text", or the same word in the language of a page in another language. */
  phone: Pick<PhoneView, 'display' | 'href'> & { verb: string };
  /** Whose number this is, for screen readers (e.g. "Samaritans"). */
  name?: string;
  /** What the number is for, under the button. */
  note?: string;
  size?: 'normal' | 'large';
}

export default function PhoneButton({ phone, name, note, size = 'normal' }: Props) {
  return (
    <span class={`phone phone--${size}`}>
      <a class="phone__link" href={phone.href} data-number={phone.display} data-name={name}>
        <span class="phone__verb">{phone.verb}</span>
        <span class="phone__number">{phone.display}</span>
        {name && <span class="visually-hidden"> ({name})</span>}
      </a>
      {note && <span class="phone__note">{note}</span>}
    </span>
  );
}
