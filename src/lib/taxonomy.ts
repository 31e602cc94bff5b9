/**
 * The fixed vocabularies of the guide: topics, directory categories and the roles an
 * edition fills. Labels live here so pages, filters and validation agree.
 */

export const TOPICS = {
  crisis: { title: 'Crisis help', summary: 'If you are in danger or need to talk to someone now.' },
  homelessness: {
    title: 'Homeless or about to be',
    summary: 'Nowhere to stay, losing your home soon, and what the council must do.',
  },
  tenancy: {
    title: 'Keeping your home',
    summary: 'Rent, benefits, notices from a landlord, and problems where you live.',
  },
  'hospital-and-care': {
    title: 'Leaving hospital, prison or care',
    summary: 'Getting a safe place to live before you leave.',
  },
  'supported-housing': {
    title: 'Support and supported housing',
    summary: 'Help to live where you are, or a place with support.',
  },
  'using-this-guide': {
    title: 'Using this guide safely',
    summary: 'Leaving this site quickly and browsing privately.',
  },
} as const;
export type TopicId = keyof typeof TOPICS;
export const TOPIC_IDS = Object.keys(TOPICS) as [TopicId, ...TopicId[]];

export const CATEGORIES = {
  crisis: { title: 'Crisis and emotional support', summary: 'Someone to talk to now, day or night.' },
  'housing-and-homelessness': {
    title: 'Housing and homelessness',
    summary: 'The council, outreach for people sleeping rough, and housing advice.',
  },
  'mental-health': {
    title: 'Mental health services',
    summary: 'NHS teams, safe spaces and mental health charities.',
  },
  'advice-and-money': {
    title: 'Advice, money and benefits',
    summary: 'Free advice on rent, debt, benefits and your rights.',
  },
  'domestic-abuse': {
    title: 'Domestic abuse',
    summary: 'Help if someone you live with, or used to, is hurting or controlling you.',
  },
  'food-and-essentials': {
    title: 'Food and essentials',
    summary: 'Food banks and help with basics.',
  },
  'support-at-home': {
    title: 'Support at home and social care',
    summary: 'Help to manage a home, care assessments and supported housing.',
  },
} as const;
export type CategoryId = keyof typeof CATEGORIES;
export const CATEGORY_IDS = Object.keys(CATEGORIES) as [CategoryId, ...CategoryId[]];

/** Roles each edition fills with one or more agencies (the tree and pages refer to roles). */
export const ROLES = {
  'council-housing-options': 'The council’s housing options or homelessness team',
  'council-out-of-hours': 'The council’s out-of-hours emergency housing line',
  'mental-health-crisis': 'The local NHS mental health crisis line',
  'safe-space': 'A safe space or crisis café',
  'adult-social-care': 'Adult social care (needs assessments)',
  'childrens-services': 'Children’s services (help for under-18s and families)',
  'advice-service': 'Free local advice on housing, debt and benefits',
  'food-help': 'Food banks and emergency food',
  'domestic-abuse': 'The local domestic abuse service, with refuge places',
  'tenancy-support': 'Floating support or tenancy sustainment: help at home to keep a tenancy going',
  'young-people': 'Housing help for young people (16 to 25), including family mediation',
  'home-safety': 'The fire service’s free home fire safety visit',
} as const;
export type RoleId = keyof typeof ROLES;
export const ROLE_IDS = Object.keys(ROLES) as [RoleId, ...RoleId[]];

export const AUDIENCES = ['public', 'professional', 'both'] as const;
export type Audience = (typeof AUDIENCES)[number];
export const AUDIENCE_LABELS: Record<Audience, string> = {
  public: 'The public',
  professional: 'Professionals',
  both: 'The public and professionals',
};

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
