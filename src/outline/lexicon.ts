/**
 * A small English lexicon: closed word classes, frequent verbs and adjectives.
 * Enough to find noun phrases and clause boundaries without a statistical tagger,
 * which would cost more start-up time than the whole build.
 */

const list = (s: string) => new Set(s.trim().split(/\s+/));

export const DETERMINERS = list(`
a an the this that these those each every either neither some any no another such what which whose
all both half several many much more most few fewer less least enough own other
`);

export const POSSESSIVES = list(`my your his her its our their`);

export const PRONOUNS = list(`
i me we us you he him she her it they them myself yourself himself herself itself ourselves themselves
mine yours hers ours theirs one someone somebody something anyone anybody anything everyone everybody
everything nobody nothing none who whom whoever whatever
`);

export const PREPOSITIONS = list(`
of in on at by for with about against between into through during before after above below to from up
down out off over under across along amid amidst among around as behind beneath
beside besides beyond despite except inside like near onto outside past per since than toward towards
upon via within without throughout until till unlike versus vs regarding concerning including following
amid
`);

export const CONJUNCTIONS = list(`
and or but nor yet so because although though while whereas if unless whether when whenever where
wherever since after before until once that than as how why
`);

export const AUXILIARIES = list(`
be is are was were been being am have has had having do does did doing will would shall should can could
may might must ought 's 're 've 'd 'll
`);

export const NEGATIONS = list(`not no never n't cannot`);

export const ADVERBS = list(`
also further still even just very too already soon often again ahead away back together however overall
meanwhile instead therefore thus hence moreover furthermore nevertheless nonetheless indeed perhaps maybe
rather quite almost well so then once now here there yet always never sometimes usually later earlier
recently currently
`);

export const NUMBER_WORDS = list(`
zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand
thousands million millions billion billions trillion dozen dozens first second third fourth fifth sixth
seventh eighth ninth tenth half quarter
`);

/** Adverbs whose loss would change the claim; never dropped when compressing. */
export const MEANINGFUL_ADVERBS = list(`
not never only nearly almost barely hardly scarcely mostly largely partly roughly approximately merely
solely exclusively significantly slightly statistically entirely fully twice once again less more most
`);

export const STOPWORDS = new Set([
  ...DETERMINERS, ...POSSESSIVES, ...PRONOUNS, ...PREPOSITIONS, ...CONJUNCTIONS, ...AUXILIARIES, ...NEGATIONS,
  ...list(`
  also just very too quite rather really still even ever however therefore thus hence moreover furthermore
  meanwhile otherwise instead indeed perhaps maybe here there now then today yesterday tomorrow said says say
  says told according mr mrs ms dr new way ways well get got make made use used using s t like would could
  around often always sometimes usually thing things lot lots able another whether yes etc eg ie al et
  `),
]);

/** Frequent verbs in base form; their inflections are derived below. */
const VERB_BASES = list(`
accept accuse achieve acknowledge acquire act adapt add address adjust admit adopt advance affect agree aim
allow alter analyse analyze announce answer appear apply appoint approach approve argue arise arrest arrive
ask assess assign assist assume attach attack attempt attend attract avoid award back ban base bear beat
become begin believe belong benefit block boost borrow break bring build buy calculate call campaign cancel
capture care carry cause cease challenge change charge check choose claim clarify classify clear close
collapse collect combine come comment commit compare compete complain complete comply compose compute
conclude conduct confirm connect consider consist construct consume contact contain continue contribute
control convert convince cooperate cope correct cost count counter cover create criticise criticize cross
cut damage deal debate decide declare decline decrease defeat defend define delay deliver demand demonstrate
deny depend deploy derive describe deserve design destroy detect determine develop die differ direct disagree
disappear discover discuss dismiss display distinguish distribute divide do double doubt drag draw drink
drive drop earn ease eat educate elect eliminate emerge emphasise emphasize employ enable encode encourage
end endorse enforce engage enhance enjoy ensure enter establish estimate evaluate examine exceed exist expand
expect experience explain explore export express extend extract face fail fall fear feature feel fight
file fill find finish fire fit fix flee fly focus follow forbid force forecast forget form found free freeze
fund gain garner gather generate get give go govern grant grow guarantee handle happen hear help hide
highlight hire hit hold hope host identify ignore illustrate imagine impact implement imply import impose
improve include incorporate increase indicate influence inform injure insist inspire install intend interpret
intervene introduce invade invest investigate invite involve issue join judge jump justify keep kill know
label lack land last launch lead learn leave lend let lie lift limit link list listen live load locate look
lose lower maintain make manage mark matter mean measure meet mention migrate minimize minimise miss model
monitor motivate move name need negotiate note notice observe obtain occupy occur offer open operate oppose
order organise organize outline overcome owe own participate pass pay perceive perform permit persuade
pick place plan play plead point pose possess post predict prefer prepare present preserve press prevent
process produce promise promote propose protect protest prove provide publish pull pump purchase pursue push
put qualify question raise rank reach react read realise realize receive recognise recognize recommend
record recover reduce refer reflect refuse regard register reject relate release rely remain remember remind
remove repeat replace reply report represent request require rescue research resign resist resolve respond
rest restore restrict result retain retire return reveal review ride rise risk rule run save say score
search secure see seek seem select sell send sentence separate serve set settle share shift shoot show shut
sign signal sing sit sleep slow solve sound speak spend split spread stand start state stay steal step stop
store strengthen strike struggle study submit succeed suffer suggest suit supply support suppose surround
survive suspect sustain switch take talk target teach tell tend test testify thank think threaten throw tie
totter track trade train transfer transform translate travel treat trigger trust try turn underline
underscore understand undermine unite update urge use utilise utilize value vary visit vote wait walk want
warn wash watch wear win wish withdraw witness wonder work worry write yield
`);

const IRREGULAR = list(`
was were been being is are am has had did done does went gone came become became began begun broke broken
brought built bought caught chose chosen dealt drew drawn drank driven drove ate eaten fell fallen felt
fought found fled flew flown forgot forgotten froze frozen gave given got gotten grew grown held hid hidden
hit hurt kept knew known laid led left lent lay lost made meant met paid put ran read rode risen rose said
saw seen sought sold sent set shook shot shown shut sang sat slept spoke spoken spent spread stood stole
struck swore swept swam took taken taught told thought threw thrown understood woke won withdrew withdrawn
wrote written
`);

/** Nouns and adjectives that look like verb forms (-ed, -s) but rarely are. */
export const NOT_VERBS = list(`
bed red shed need seed speed hundred kindred sacred naked wicked rugged ragged united news series species
analysis basis crisis thesis physics economics politics mathematics statistics means
`);

function inflections(base: string): string[] {
  const forms = [base];
  const last = base[base.length - 1]!;
  const doubles = /[^aeiou][aeiou][bdgmnprt]$/.test(base) && base.length <= 5;
  if (/(s|x|z|ch|sh)$/.test(base)) forms.push(base + 'es');
  else if (/[^aeiou]y$/.test(base)) forms.push(base.slice(0, -1) + 'ies');
  else forms.push(base + 's');
  if (last === 'e') forms.push(base + 'd', base.slice(0, -1) + 'ing');
  else if (/[^aeiou]y$/.test(base)) forms.push(base.slice(0, -1) + 'ied', base + 'ing');
  else if (doubles) forms.push(base + last + 'ed', base + last + 'ing', base + 'ed', base + 'ing');
  else forms.push(base + 'ed', base + 'ing');
  return forms;
}

export const VERB_FORMS = new Set<string>([...IRREGULAR]);
for (const base of VERB_BASES) for (const form of inflections(base)) VERB_FORMS.add(form);
for (const w of NOT_VERBS) VERB_FORMS.delete(w);

/** Verbs that report speech or thought: "X said …", "…, according to Y". */
export const REPORTING_VERBS = list(`
said says say told tells added adds explained explains noted notes argued argues claimed claims stated
states suggested suggests believes believed insisted insists warned warns wrote writes reported reports
announced announces confirmed confirms revealed reveals admitted admits acknowledged acknowledges estimated
estimates predicted predicts thinks thought recalled recalls observed observes remarked remarks emphasized
emphasizes emphasised emphasises stressed stresses concluded concludes found finds showed shows indicated
indicates
`);

export const COMMON_ADJECTIVES = list(`
new old good bad big small large great high low long short major minor key main early late recent former
current future past present strong weak full free public private social political economic military
financial national international global local foreign domestic federal regional chinese russian american
european british western eastern northern southern human natural important possible different similar
common certain clear real true false open closed able likely unlikely available significant serious simple
complex difficult hard easy young top best worst better worse higher lower whole general special specific
particular various several further additional total average single double multiple previous next final
initial first last senior junior critical central vital basic deep wide broad rapid slow fast quick
stiff robust mutual shared strategic diplomatic external internal clear closer broader greater wider
larger smaller higher lower stronger weaker deeper harder easier faster slower newer older
`);

// Suffixes that mark adjectives far more often than nouns ("-al", "-ent" do not: proposal, government).
const ADJECTIVE_SUFFIX = /(?:ical|ive|ous|ful|less|able|ible)$/;

export function looksAdjective(word: string): boolean {
  return COMMON_ADJECTIVES.has(word) || (word.length > 4 && ADJECTIVE_SUFFIX.test(word) && !VERB_FORMS.has(word));
}
