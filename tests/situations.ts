/**
 * Where each situation leads: a person's answers, the next-steps page they must reach, and words
 * that page must show. Listed once, used by the unit test of the tree (the answers reach that
 * outcome) and by the end-to-end journeys (tapping those answers opens that page, which shows
 * the words), so the two can never disagree about where a situation goes.
 */
import type { Answers } from '../src/lib/tree/tree.ts';

export interface Situation {
  /** The situation in a person's own words. */
  name: string;
  answers: Answers;
  /** The id of the next-steps page the answers lead to. */
  outcome: string;
  /** Words the next-steps page shows (its steps, rights or the numbers of the services it names). */
  shows: RegExp;
}

const me = { danger: 'no', who: 'me' };

export const SITUATIONS: Situation[] = [
  { name: 'immediate danger', answers: { danger: 'yes' }, outcome: 'emergency', shows: /999/ },
  {
    name: 'sleeping rough',
    answers: { ...me, situation: 'tonight', tonight: 'sleeping-rough' },
    outcome: 'sleeping-rough',
    shows: /StreetLink/,
  },
  {
    name: 'nowhere to stay tonight',
    answers: { ...me, situation: 'tonight', tonight: 'other' },
    outcome: 'nowhere-tonight',
    shows: /emergency accommodation/,
  },
  {
    name: 'asked to leave by family or friends',
    answers: { ...me, situation: 'losing-home', 'losing-home': 'asked-to-leave' },
    outcome: 'asked-to-leave',
    shows: /56 days/,
  },
  {
    name: 'asked to leave tonight',
    answers: { ...me, situation: 'tonight', tonight: 'asked-to-leave' },
    outcome: 'asked-to-leave',
    shows: /56 days/,
  },
  {
    name: 'a notice from a landlord',
    answers: { ...me, situation: 'losing-home', 'losing-home': 'landlord-notice' },
    outcome: 'landlord-notice',
    shows: /court bailiff/,
  },
  {
    name: 'rent arrears or benefits',
    answers: { ...me, situation: 'keeping-home', 'keeping-home': 'money' },
    outcome: 'rent-arrears',
    shows: /Discretionary Housing Payment/,
  },
  {
    name: 'in hospital with no safe home',
    answers: { ...me, situation: 'leaving', leaving: 'hospital' },
    outcome: 'hospital-discharge',
    shows: /refer/,
  },
  {
    name: 'leaving prison',
    answers: { ...me, situation: 'leaving', leaving: 'prison' },
    outcome: 'prison-release',
    shows: /probation/,
  },
  {
    name: 'leaving care',
    answers: { ...me, situation: 'leaving', leaving: 'care' },
    outcome: 'care-leaver',
    shows: /personal adviser/,
  },
  {
    name: 'fleeing domestic abuse tonight',
    answers: { ...me, situation: 'tonight', tonight: 'abuse' },
    outcome: 'domestic-abuse',
    shows: /0808 2000 247/,
  },
  {
    name: 'domestic abuse and losing my home',
    answers: { ...me, situation: 'losing-home', 'losing-home': 'abuse' },
    outcome: 'domestic-abuse',
    shows: /0808 2000 247/,
  },
  {
    name: 'harassment or feeling unsafe',
    answers: { ...me, situation: 'keeping-home', 'keeping-home': 'neighbours' },
    outcome: 'harassment',
    shows: /diary/,
  },
  {
    name: 'moving on from supported housing',
    answers: { ...me, situation: 'leaving', leaving: 'supported-housing' },
    outcome: 'move-on',
    shows: /Care Act/,
  },
  {
    name: 'struggling as mental health worsens',
    answers: { ...me, situation: 'keeping-home', 'keeping-home': 'coping' },
    outcome: 'tenancy-support',
    shows: /floating support/,
  },
  {
    name: 'a council decision to challenge',
    answers: { ...me, situation: 'council-decision' },
    outcome: 'council-review',
    shows: /21 days/,
  },
  {
    name: 'a professional referring someone',
    answers: { danger: 'no', who: 'professional' },
    outcome: 'professional-referral',
    shows: /duty to refer/,
  },
  {
    name: 'under 18 with nowhere safe to live',
    answers: { danger: 'no', who: 'under-18' },
    outcome: 'under-18',
    shows: /0800 1111/,
  },
  {
    name: 'no recourse to public funds',
    answers: { ...me, situation: 'tonight', tonight: 'no-recourse' },
    outcome: 'no-recourse',
    shows: /not a public fund/,
  },
  {
    name: 'court papers about my home',
    answers: { ...me, situation: 'losing-home', 'losing-home': 'court' },
    outcome: 'court-hearing',
    shows: /duty adviser/,
  },
  {
    name: 'repairs, damp or a home hard to keep safe',
    answers: { ...me, situation: 'keeping-home', 'keeping-home': 'repairs' },
    outcome: 'home-conditions',
    shows: /10 working days/,
  },
  {
    name: 'behind with the mortgage, or the lender wants the home back',
    answers: { ...me, situation: 'losing-home', 'losing-home': 'mortgage' },
    outcome: 'mortgage-arrears',
    shows: /Support for Mortgage Interest/,
  },
  {
    name: 'the council or housing association wants to evict me',
    answers: { ...me, situation: 'losing-home', 'losing-home': 'social-landlord' },
    outcome: 'social-tenant-eviction',
    shows: /reasonable/,
  },
  {
    name: 'told to leave a hostel, supported housing or emergency housing',
    answers: { ...me, situation: 'leaving', leaving: 'told-to-leave' },
    outcome: 'told-to-leave-hostel',
    shows: /without a court order/,
  },
  {
    name: 'temporary housing from the council that is not suitable',
    answers: { ...me, situation: 'keeping-home', 'keeping-home': 'temporary-housing' },
    outcome: 'temporary-housing-conditions',
    shows: /review/,
  },
  {
    name: 'a home that needs changes because of a disability',
    answers: { ...me, situation: 'keeping-home', 'keeping-home': 'adaptations' },
    outcome: 'home-adaptations',
    shows: /Disabled Facilities Grant/,
  },
  {
    name: 'someone has taken over my home (cuckooing)',
    answers: { ...me, situation: 'taken-over' },
    outcome: 'cuckooing',
    shows: /0800 555 111/,
  },
  {
    name: 'a friend’s home has been taken over',
    answers: { danger: 'no', who: 'someone-i-know', situation: 'taken-over' },
    outcome: 'cuckooing',
    shows: /0800 555 111/,
  },
  {
    name: 'hoarding, or a home hard to keep clean and safe',
    answers: { ...me, situation: 'keeping-home', 'keeping-home': 'hoarding' },
    outcome: 'hoarding',
    shows: /home fire safety visit/,
  },
];
