import { html } from 'lit';
import { msg } from '@lit/localize';

/**
 * Crisis contacts (clinical brief §4.1): 911 for immediate danger; the 988 Suicide & Crisis
 * Lifeline by call, text or chat (press 2 for Spanish; Spanish text and chat since 2023);
 * Poison Help 1-800-222-1222; SAMHSA's National Helpline 1-800-662-4357 for referrals;
 * FindTreatment.gov to find programs.
 */
export const CONTACT_LINKS = {
  call911: 'tel:911',
  call988: 'tel:988',
  text988: 'sms:988',
  chat988: 'https://988lifeline.org/chat/',
  poison: 'tel:+18002221222',
  samhsa: 'tel:+18006624357',
  findTreatment: 'https://findtreatment.gov/',
} as const;

/** The compact band shown on every screen of a widget: crisis help reachable at once. */
export function crisisBar() {
  return html`<aside class="crisis-bar" part="crisis-bar" aria-label=${msg('Crisis help')}>
    <p>
      <strong>${msg('In danger now? Call 911.')}</strong>
      ${msg('In crisis or thinking about suicide? Call or text 988.')}
    </p>
    <ul class="contact-row">
      <li><a class="contact" href=${CONTACT_LINKS.call911}>${msg('Call 911')}</a></li>
      <li><a class="contact" href=${CONTACT_LINKS.call988}>${msg('Call 988')}</a></li>
      <li><a class="contact" href=${CONTACT_LINKS.text988}>${msg('Text 988')}</a></li>
      <li><a class="contact" href=${CONTACT_LINKS.poison}>${msg('Poison Help')}&nbsp;<span class="nowrap">1-800-222-1222</span></a></li>
    </ul>
  </aside>`;
}

/** SAMHSA's helpline and FindTreatment.gov, for when a program does not offer the level. */
export function findHelpLinks() {
  return html`<ul class="help-links">
    <li>
      ${msg('SAMHSA National Helpline (free, private, 24/7, English and Spanish):')}
      <a href=${CONTACT_LINKS.samhsa}>1-800-662-4357</a>
    </li>
    <li>
      ${msg('Find programs near you:')}
      <a href=${CONTACT_LINKS.findTreatment} target="_blank" rel="noopener noreferrer">FindTreatment.gov</a>
    </li>
  </ul>`;
}

