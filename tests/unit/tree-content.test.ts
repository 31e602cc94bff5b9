/** The real decision tree in content/tree.yaml, tested in the manner of GOV.UK smart answers. */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathsToOutcomes, validateTree, walk, type Answers } from '../../src/lib/tree/tree.ts';
import { SITUATIONS } from '../situations.ts';
import { readTree } from '../../src/build-tools/content-reader.ts';

const tree = readTree(process.cwd());
const paths = pathsToOutcomes(tree);

describe('the decision tree', () => {
  it('keeps every structural rule', () => {
    expect(validateTree(tree).map((p) => `${p.node}: ${p.message}`)).toEqual([]);
  });

  for (const o of tree.nodes.filter((n) => n.type === 'outcome')) {
    it(`outcome "${o.id}" is reachable within eight questions`, () => {
      const routes = paths.get(o.id) ?? [];
      expect(routes.length).toBeGreaterThan(0);
      expect(Math.min(...routes.map((r) => Object.keys(r).length))).toBeLessThanOrEqual(8);
    });
  }
});

describe('where each situation leads', () => {
  const go = (answers: Answers) => {
    const w = walk(tree, answers);
    expect(w.rejected).toEqual([]);
    return w.current;
  };
  const outcome = (answers: Answers) => {
    const n = go(answers);
    if (n.type !== 'outcome') throw new Error(`stopped at question ${n.id}`);
    return n;
  };
  const me = { danger: 'no', who: 'me' };

  for (const s of SITUATIONS) {
    it(`${s.name} leads to "${s.outcome}"`, () => {
      expect(go(s.answers).id).toBe(s.outcome);
    });
  }

  it('immediate danger reaches 999 in one step, as the first thing to do', () => {
    const o = outcome({ danger: 'yes' });
    expect(o.urgency).toBe('emergency');
    expect(o.first.do).toMatch(/^Call 999/);
    expect(o.first.contacts).toEqual(['emergency-services']);
  });
  it('the emergency next steps also cover someone hurting you and hurting yourself', () => {
    const o = outcome({ danger: 'yes' });
    expect(o.agencies).toEqual(
      expect.arrayContaining(['national-domestic-abuse-helpline', 'nhs-111-mental-health', 'samaritans']),
    );
    expect(o.steps.join(' ')).toMatch(/hurting or threatening you[^.]*National Domestic Abuse Helpline/);
    expect(o.steps.join(' ')).toMatch(/might hurt yourself[^.]*NHS 111/);
  });
  it('not sure about danger: the numbers to call first, then a way on to the housing questions', () => {
    const q = go({ danger: 'not-sure' });
    expect(q.type === 'question' && q.help).toEqual([
      'emergency-services',
      'nhs-111-mental-health',
      'samaritans',
      'national-domestic-abuse-helpline',
    ]);
    expect(go({ danger: 'not-sure', [q.id]: 'yes' }).id).toBe('who');
    expect(outcome({ danger: 'not-sure', [q.id]: 'help-first' }).roles).toContain('mental-health-crisis');
    expect(outcome({ danger: 'not-sure', [q.id]: 'not-sure' }).roles).toContain('mental-health-crisis');
  });
  it('sleeping rough reaches the council out of hours and StreetLink', () => {
    const o = outcome({ ...me, situation: 'tonight', tonight: 'sleeping-rough' });
    expect(o.roles).toEqual(expect.arrayContaining(['council-housing-options', 'council-out-of-hours']));
    expect(o.agencies).toContain('streetlink');
  });
  it('nowhere to stay tonight reaches the council and interim accommodation', () => {
    const o = outcome({ ...me, situation: 'tonight', tonight: 'other' });
    expect(o.roles).toContain('council-out-of-hours');
    expect(o.rights.map((r) => r.text).join(' ')).toMatch(/emergency accommodation/);
  });
  it('a landlord’s notice reaches advice and the council', () => {
    const o = outcome({ ...me, situation: 'losing-home', 'losing-home': 'landlord-notice' });
    expect(o.roles).toEqual(expect.arrayContaining(['council-housing-options', 'advice-service']));
    expect(o.guides).toContain('you-have-been-given-notice');
  });
  it('rent arrears reaches money help and Discretionary Housing Payments', () => {
    const o = outcome({ ...me, situation: 'keeping-home', 'keeping-home': 'money' });
    expect(o.id).toBe('rent-arrears');
    expect(o.roles).toContain('advice-service');
    expect(o.steps.join(' ')).toMatch(/Discretionary Housing Payment/);
  });
  it('hospital with no safe home reaches the duty to refer', () => {
    const o = outcome({ ...me, situation: 'leaving', leaving: 'hospital' });
    expect(o.rights.map((r) => r.text).join(' ')).toMatch(/refer/);
  });
  it('fleeing abuse reaches the National Domestic Abuse Helpline', () => {
    expect(outcome({ ...me, situation: 'tonight', tonight: 'abuse' }).agencies).toContain(
      'national-domestic-abuse-helpline',
    );
    expect(outcome({ ...me, situation: 'losing-home', 'losing-home': 'abuse' }).id).toBe('domestic-abuse');
  });
  it('moving on from supported housing reaches adult social care', () => {
    expect(outcome({ ...me, situation: 'leaving', leaving: 'supported-housing' }).roles).toContain('adult-social-care');
  });
  it('a council decision reaches a review within 21 days', () => {
    const o = outcome({ ...me, situation: 'council-decision' });
    expect(o.first.do).toMatch(/21 days/);
  });
  it('under 18 reaches children’s services first, Childline, and 999 for danger', () => {
    const o = outcome({ danger: 'no', who: 'under-18' });
    expect(o.id).toBe('under-18');
    expect(o.agencies).toContain('childline');
    expect([o.first.do, ...o.steps].join(' ')).toMatch(/999/);
    expect(o.rights.map((r) => r.text).join(' ')).toMatch(
      /children’s services must check whether they should look after you/,
    );
  });
  it('no recourse to public funds reaches adult social care and section 117', () => {
    const o = outcome({ ...me, situation: 'tonight', tonight: 'no-recourse' });
    expect(o.id).toBe('no-recourse');
    expect(o.roles).toContain('adult-social-care');
    expect(o.rights.map((r) => r.text).join(' ')).toMatch(/Section 117 aftercare is not a public fund/);
  });
  it('court papers reach the free duty adviser', () => {
    const o = outcome({ ...me, situation: 'losing-home', 'losing-home': 'court' });
    expect(o.id).toBe('court-hearing');
    expect(o.steps.join(' ')).toMatch(/duty adviser/);
  });
  it('repairs, damp or a home hard to keep safe reach the landlord’s duties and adult social care', () => {
    const o = outcome({ ...me, situation: 'keeping-home', 'keeping-home': 'repairs' });
    expect(o.id).toBe('home-conditions');
    expect(o.roles).toContain('adult-social-care');
    expect(o.rights.map((r) => r.text).join(' ')).toMatch(/10 working days/);
  });
  it('money trouble reaches Breathing Space, including the mental health crisis Breathing Space', () => {
    const o = outcome({ ...me, situation: 'keeping-home', 'keeping-home': 'money' });
    expect(o.steps.join(' ')).toMatch(/Breathing Space/);
    expect(o.rights.map((r) => r.text).join(' ')).toMatch(/mental health crisis Breathing Space/);
    expect(o.guides).toContain('money-and-debt');
  });
  it('harassment reaches police 101, hate incidents and the case review', () => {
    const o = outcome({ ...me, situation: 'keeping-home', 'keeping-home': 'neighbours' });
    expect(o.agencies).toContain('police-101');
    expect(o.steps.join(' ')).toMatch(/hate incident/);
    expect(o.steps.join(' ')).toMatch(/case review/);
  });
  it('domestic abuse says priority need is automatic, with no test of vulnerability', () => {
    expect(
      outcome({ ...me, situation: 'tonight', tonight: 'abuse' })
        .rights.map((r) => r.text)
        .join(' '),
    ).toMatch(/you are in priority need\. The council does not have to decide that you are vulnerable/);
  });
  it('nowhere tonight says dependent children give priority need and sofa surfing can count as homeless', () => {
    const rights = outcome({ ...me, situation: 'tonight', tonight: 'other' })
      .rights.map((r) => r.text)
      .join(' ');
    expect(rights).toMatch(/dependent children/);
    expect(rights).toMatch(/sofa/);
  });
  it('sleeping rough says councils should have an out-of-hours number, not must, and StreetLink is for 18 and over', () => {
    const o = outcome({ ...me, situation: 'tonight', tonight: 'sleeping-rough' });
    const steps = [o.first.do, ...o.steps].join(' ');
    expect(steps).not.toMatch(/must have 24-hour/);
    expect(steps).toMatch(/should have one/);
    expect(steps).toMatch(/18 or over/);
  });
  it('every outcome lists its sources', () => {
    for (const o of tree.nodes.filter((n) => n.type === 'outcome')) expect(o.sources.length, o.id).toBeGreaterThan(0);
  });
  it('a professional reaches the duty to refer', () => {
    const o = outcome({ danger: 'no', who: 'professional' });
    expect(o.id).toBe('professional-referral');
    expect(o.rights.map((r) => r.text).join(' ')).toMatch(/must refer/);
  });
  it('mortgage arrears reach debt advice, the council, the lender’s duties before court and Support for Mortgage Interest', () => {
    const o = outcome({ ...me, situation: 'losing-home', 'losing-home': 'mortgage' });
    expect(o.id).toBe('mortgage-arrears');
    expect(o.roles).toEqual(expect.arrayContaining(['advice-service', 'council-housing-options']));
    expect(o.steps.join(' ')).toMatch(/Support for Mortgage Interest/);
    expect(o.rights.map((r) => r.text).join(' ')).toMatch(/only repossess your home if a court/);
    expect(o.rights.map((r) => r.text).join(' ')).toMatch(/15 days/);
  });
  it('a council or housing association eviction says the court must think it reasonable, and who has fewer rights', () => {
    const o = outcome({ ...me, situation: 'losing-home', 'losing-home': 'social-landlord' });
    expect(o.id).toBe('social-tenant-eviction');
    expect(o.rights.map((r) => r.text).join(' ')).toMatch(/reasonable/);
    expect([...o.steps, ...o.rights.map((r) => r.text)].join(' ')).toMatch(/introductory or starter tenancy/);
    expect(o.steps.join(' ')).toMatch(/duty adviser/);
  });
  it('told to leave a hostel or emergency housing: who can be made to leave without a court order, and the council now', () => {
    const o = outcome({ ...me, situation: 'leaving', leaving: 'told-to-leave' });
    expect(o.id).toBe('told-to-leave-hostel');
    expect(o.first.contacts[0]).toBe('council-housing-options');
    expect(o.roles).toContain('council-out-of-hours');
    expect(o.rights.map((r) => r.text).join(' ')).toMatch(/without a court order/);
    expect(o.rights.map((r) => r.text).join(' ')).toMatch(/hostel/);
  });
  it('unsuitable temporary housing: suitability, a review within 21 days, and moving in while asking for one', () => {
    const o = outcome({ ...me, situation: 'keeping-home', 'keeping-home': 'temporary-housing' });
    expect(o.id).toBe('temporary-housing-conditions');
    expect(o.rights.map((r) => r.text).join(' ')).toMatch(/must be suitable/);
    expect(o.rights.map((r) => r.text).join(' ')).toMatch(/21 days/);
    expect(o.steps.join(' ')).toMatch(/move in and still ask for a review/);
  });
  it('disability adaptations: an occupational therapist’s assessment through adult social care first, then the grant', () => {
    const o = outcome({ ...me, situation: 'keeping-home', 'keeping-home': 'adaptations' });
    expect(o.id).toBe('home-adaptations');
    expect(o.first.contacts).toEqual(['adult-social-care']);
    expect(o.first.do).toMatch(/occupational therapist/);
    expect(o.steps.join(' ')).toMatch(/Disabled Facilities Grant/);
    expect(o.steps.join(' ')).toMatch(/before the council agrees/);
  });
  it('cuckooing: 999 for danger, the police on 101, Crimestoppers without your name, adult safeguarding and the council', () => {
    const o = outcome({ ...me, situation: 'taken-over' });
    expect(o.id).toBe('cuckooing');
    expect(o.first.do).toMatch(/999/);
    expect(o.agencies).toEqual(expect.arrayContaining(['emergency-services', 'police-101', 'crimestoppers']));
    expect(o.roles).toContain('adult-social-care');
    expect(o.steps.join(' ')).toMatch(/council’s housing team/);
    expect(o.summary).toMatch(/called cuckooing/);
  });
  it('hoarding puts adult social care first, then the fire service’s home safety visit, then the landlord', () => {
    const o = outcome({ ...me, situation: 'keeping-home', 'keeping-home': 'hoarding' });
    expect(o.id).toBe('hoarding');
    expect(o.first.contacts).toEqual(['adult-social-care']);
    expect(o.roles[0]).toBe('adult-social-care');
    const steps = o.steps.join(' ');
    expect(steps.indexOf('home fire safety visit')).toBeGreaterThan(-1);
    expect(steps.indexOf('landlord')).toBeGreaterThan(steps.indexOf('home fire safety visit'));
    expect(o.rights.map((r) => r.text).join(' ')).toMatch(/hoarding/);
  });
  it('repairs no longer share their answer with hoarding', () => {
    const q = go({ ...me, situation: 'keeping-home' });
    if (q.type !== 'question') throw new Error('keeping-home is a question');
    expect(q.answers.find((a) => a.value === 'repairs')?.label).not.toMatch(/clean|safe/);
  });
});

describe('situations an adviser meets have their own guide page, linked where a person lands', () => {
  const pages: Record<string, string[]> = {
    carers: ['could-lose-home', 'ask-the-council'],
    veterans: ['sleeping-rough', 'nowhere-tonight', 'ask-the-council'],
    pets: ['sleeping-rough', 'nowhere-tonight'],
    'gypsy-and-traveller-sites': ['ask-the-council', 'nowhere-tonight'],
    'families-and-couples': ['nowhere-tonight', 'asked-to-leave'],
    'housing-register': ['move-on', 'ask-the-council', 'tenancy-support'],
    'young-people-18-to-25': ['asked-to-leave'],
  };
  for (const [page, outcomes] of Object.entries(pages)) {
    it(`"${page}" is a guide page in a topic, linked from ${outcomes.join(', ')}`, () => {
      const file = join(process.cwd(), 'content/guide', `${page}.mdx`);
      expect(existsSync(file), `content/guide/${page}.mdx`).toBe(true);
      expect(readFileSync(file, 'utf8')).toMatch(/^topic: [a-z-]+$/m);
      for (const id of outcomes) {
        const o = tree.nodes.find((n) => n.id === id);
        expect(o?.type === 'outcome' && o.guides, id).toContain(page);
      }
    });
  }
});
