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
  /**
   * The Lifeline's own Spanish site, where its Spanish chat starts ("Spanish text and chat since 2023", brief §4.1;
   * the brief names no Spanish address, so this is the Lifeline's published Spanish home, 988lineadevida.org).
   */
  chat988es: 'https://988lineadevida.org/',
  poison: 'tel:+18002221222',
  samhsa: 'tel:+18006624357',
  findTreatment: 'https://findtreatment.gov/',
} as const;

/**
 * The compact band shown on every screen of a widget: crisis help reachable at once. A labelled group, not a
 * landmark: three widgets on a page would otherwise give three same-named complementary landmarks inside the
 * page's `main` (axe landmark-unique, landmark-complementary-is-top-level).
 */
export function crisisBar() {
  return html`<div class="crisis-bar" part="crisis-bar" role="group" aria-label=${msg('Crisis help')}>
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
  </div>`;
}

/** SAMHSA's helpline and FindTreatment.gov, for when a program does not offer the level. */
export function findHelpLinks() {
  return html`<ul class="help-links">
    <li>
      ${msg('SAMHSA National Helpline. It is free and private. It is open 24/7, in English and Spanish:')}
      <a class="help-link" href=${CONTACT_LINKS.samhsa}>1-800-662-4357</a>
    </li>
    <li>
      ${msg('Find programs near you:')}
      <a class="help-link" href=${CONTACT_LINKS.findTreatment} target="_blank" rel="noopener noreferrer">FindTreatment.gov</a>
    </li>
  </ul>`;
}

