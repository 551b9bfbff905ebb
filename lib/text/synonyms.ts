/**
 * Small tables of general English that let two wordings of one fact agree:
 * irregular forms that a suffix stemmer cannot reduce, and groups of words
 * that news prose uses for one another. They are general, not taken from any
 * one story: each group would read the same in a report on floods or trade.
 * Folded words; `contentStem` applies them.
 */

/** Irregular plurals, to their singular. */
export const IRREGULAR_PLURALS: Readonly<Record<string, string>> = {
  children: 'child', men: 'man', women: 'woman', people: 'person', lives: 'life', wives: 'wife',
  feet: 'foot', teeth: 'tooth', mice: 'mouse', analyses: 'analysis', crises: 'crisis',
};

/** Irregular verb forms, to their base form. */
export const IRREGULAR_VERBS: Readonly<Record<string, string>> = {
  wrote: 'write', written: 'write', began: 'begin', begun: 'begin', brought: 'bring', took: 'take', taken: 'take',
  gave: 'give', given: 'give', sent: 'send', met: 'meet', held: 'hold', kept: 'keep', made: 'make', found: 'find',
  led: 'lead', left: 'leave', spoke: 'speak', spoken: 'speak', went: 'go', gone: 'go', came: 'come', got: 'get',
  gotten: 'get', thought: 'think', felt: 'feel', heard: 'hear', knew: 'know', known: 'know', saw: 'see', seen: 'see',
  chose: 'choose', chosen: 'choose', drove: 'drive', driven: 'drive', fell: 'fall', fallen: 'fall', grew: 'grow',
  grown: 'grow', flew: 'fly', flown: 'fly', fought: 'fight', caught: 'catch', bought: 'buy', sold: 'sell', paid: 'pay',
  won: 'win', lost: 'lose', built: 'build', broke: 'break', broken: 'break', struck: 'strike', ran: 'run', rose: 'rise',
  risen: 'rise', shot: 'shoot', stood: 'stand', understood: 'understand', sought: 'seek', taught: 'teach', meant: 'mean',
  sat: 'sit', threw: 'throw', thrown: 'throw', withdrew: 'withdraw', withdrawn: 'withdraw', froze: 'freeze',
  frozen: 'freeze', hid: 'hide', hidden: 'hide', bore: 'bear', borne: 'bear', swore: 'swear', sworn: 'swear',
  drew: 'draw', drawn: 'draw', fled: 'flee', fed: 'feed', dealt: 'deal', spent: 'spend', lent: 'lend', forgave: 'forgive',
  forgiven: 'forgive', undertook: 'undertake', undertaken: 'undertake', overtook: 'overtake', overtaken: 'overtake',
  arose: 'arise', arisen: 'arise', woke: 'wake', woken: 'wake', shook: 'shake', shaken: 'shake', tore: 'tear',
  torn: 'tear', wore: 'wear', worn: 'wear', hung: 'hang', slid: 'slide', stuck: 'stick', swept: 'sweep', wept: 'weep',
  slept: 'sleep', shown: 'show', sped: 'speed', told: 'tell', said: 'say', did: 'do', done: 'do', had: 'have', has: 'have',
};

/** Words whose Porter stem is another word's ("aide" and "aid" both stem to aid), to a word of their own sense. */
export const STEM_COLLISIONS: Readonly<Record<string, string>> = { aide: 'representative', aides: 'representative' };

/** Irregular plurals and verb forms, and stem collisions, to their base form. */
export const IRREGULAR: Readonly<Record<string, string>> = { ...IRREGULAR_PLURALS, ...IRREGULAR_VERBS, ...STEM_COLLISIONS };

/**
 * Groups of words used for one another in news prose; the first word names
 * the group. Kept small and general: kids are children, relatives are
 * family, a reunion is a reunification, a photo is a photograph.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['child', 'kid', 'youngster', 'minor', 'juvenile'],
  ['family', 'relative', 'kin', 'parent', 'household'],
  ['reunite', 'reunification', 'reunion', 'reunify', 'rejoin'],
  ['return', 'repatriate', 'repatriation'],
  ['meeting', 'meet', 'talk', 'negotiation', 'negotiate', 'discussion', 'dialogue', 'summit'],
  ['call', 'phone', 'telephone'],
  ['letter', 'correspondence'],
  ['respond', 'response', 'reply', 'answer'],
  ['willing', 'willingness', 'ready', 'readiness'],
  ['photograph', 'photo', 'picture', 'image'],
  ['document', 'documentation', 'paperwork', 'record'],
  ['verify', 'verification', 'confirm', 'confirmation', 'corroborate', 'check', 'validate', 'authenticate'],
  ['accurate', 'accuracy', 'correct'],
  ['government', 'administration'],
  ['representative', 'envoy', 'emissary', 'team', 'staff'],
  ['separate', 'separation', 'split'],
  ['displace', 'displacement', 'uproot'],
  ['fight', 'combat', 'clash', 'battle', 'hostility'],
  ['war', 'conflict', 'warfare'],
  ['border', 'frontier'],
  ['cooperate', 'cooperation', 'collaborate', 'collaboration'],
  ['agree', 'agreement', 'consent'],
  ['welfare', 'wellbeing'],
  ['communication', 'communicate', 'contact'],
  ['begin', 'start', 'launch'],
  ['effort', 'initiative', 'campaign', 'endeavour', 'endeavor'],
  ['plan', 'intend', 'intention'],
  ['safe', 'safety', 'secure'],
  ['help', 'assist', 'assistance'],
  ['thank', 'gratitude', 'grateful'],
  ['deport', 'deportation', 'expel', 'expulsion'],
  ['abduct', 'abduction', 'kidnap', 'kidnapping'],
  ['evacuate', 'evacuation'],
  ['kill', 'slay'],
  ['die', 'death', 'dead'],
  ['arrest', 'detain', 'detention'],
  ['release', 'free', 'freed'],
  ['increase', 'rise', 'grow', 'growth', 'climb'],
  ['decrease', 'fall', 'drop', 'decline'],
  ['attack', 'strike', 'assault', 'raid'],
  ['missile', 'rocket'],
  ['hospital', 'clinic'],
  ['doctor', 'physician'],
  ['official', 'authority'],
  ['law', 'legislation', 'statute'],
  ['country', 'nation', 'state'],
  ['town', 'city'],
  ['purchase', 'buy'],
  ['job', 'employment'],
  ['price', 'cost'],
  ['show', 'demonstrate'],
  ['disclose', 'reveal'],
  ['deliver', 'delivery', 'hand', 'relay', 'convey', 'transmit'],
  ['secret', 'private', 'confidential', 'covert', 'discreet'],
  ['diplomacy', 'diplomatic', 'diplomat'],
  ['provide', 'supply', 'furnish'],
  ['broker', 'mediate', 'facilitate'],
  ['deny', 'reject', 'dispute'],
  ['relocate', 'relocation'],
];

/**
 * Word pairs that outlets also write as one word or with a hyphen: "back
 * channel", "back-channel" and "backchannel" are one term.
 */
export const COMPOUNDS: readonly string[] = [
  'backchannel', 'frontline', 'ceasefire', 'wartime', 'worldwide', 'nationwide', 'online', 'offline',
  'healthcare', 'stakeholder', 'policymaker', 'lawmaker', 'peacekeeper', 'peacekeeping', 'airstrike',
  'counteroffensive', 'counterattack', 'crossborder', 'longterm', 'shortterm', 'wellbeing', 'freeflow',
  'lifelong', 'nonprofit', 'email', 'website', 'database', 'livestream', 'handover', 'takeover', 'breakthrough',
  'twofold', 'threefold', 'hometown', 'homeland', 'grandmother', 'grandfather', 'grandparent',
];
