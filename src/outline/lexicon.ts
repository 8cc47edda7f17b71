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
also further still even just very too already soon only often again ahead away back together however overall
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

export const WEEKDAYS = list(`monday tuesday wednesday thursday friday saturday sunday`);

/** Month names but "march" and "may", which are also a noun and a verb. */
export const MONTHS = list(`january february april june july august september october november december`);

/** Adverbs whose loss would change the claim; never dropped when compressing. */
export const MEANINGFUL_ADVERBS = list(`
not never only nearly almost barely hardly scarcely mostly largely partly roughly approximately merely
solely exclusively significantly slightly statistically entirely fully twice once again less more most
rarely seldom infrequently occasionally sometimes often frequently usually typically generally always
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
abandon abolish absorb abuse accelerate accept accommodate accompany accumulate accuse achieve acknowledge
acquire act activate adapt add address adhere adjust administer admire admit adopt advance advertise advise
advocate affect affirm afford aggregate agree aim alarm align allege alleviate allocate allow allude alter
amend amount amplify amuse analyse analyze anchor annotate announce annoy answer anticipate apologise
apologize appeal appear apply appoint appreciate approach approve approximate archive argue arise arrange
arrest arrive articulate ascertain ask assemble assert assess assign assist assume attach attack attain
attempt attend attract attribute augment authorise authorize automate avert avoid await awaken award back bake
balance ban bargain base bathe battle bear beat become beg begin behave believe belong bend benefit bet bias
bid bind bite bleed bless block blow boil bomb bond book boost borrow bother bounce bow brace break breathe
breed brew bridge brief bring broadcast broaden browse brush buckle budget build bump burn burst bury buy
calculate calibrate call camp campaign cancel capitalise capitalize capture care carry carve cast catch
categorise categorize cause cease celebrate centre chair challenge champion change charge chart chase cheat
check cheer chew choose chop circulate cite claim clap clarify clash classify clean clear climb cling clip
clog close cluster coach coexist coincide collaborate collapse collect collide colonise colour combat combine
come comfort command commence comment commission commit communicate compare compensate compete compile
complain complement complete complicate comply compose compress comprise compromise compute conceal concede
conceive concentrate conclude condemn condense conduct confer configure confine confirm conform confront
confuse congratulate connect conquer conserve consider consist consolidate constitute constrain construct
consult consume contact contain contaminate contemplate contend contest continue contract contradict contrast
contribute control convene converge converse convert convey convince cook cool cooperate coordinate cope copy
correct correlate correspond corrupt cost cough count counter counteract counterbalance cover crack craft
crash crawl create credit creep criticise criticize cross crush cry cultivate curb cure curl cut cycle damage
dance dare deal debate decay deceive decentralise decide declare decline decode decorate decrease dedicate
deduce deem deepen defeat defend defer define defy degrade delay delegate delete deliberate delight deliver
demand demolish demonstrate denote deny depart depend depict deplete deploy deport deposit depress deprive
derive descend describe desert deserve design desire despise destabilise destroy detach detail detect deter
deteriorate determine devastate develop devise devote diagnose dictate die differ dig digest dilute diminish
dine dip direct disable disagree disappear disappoint discard discharge disclose discount discourage discover
discuss disguise dislike dismantle dismiss dispatch disperse displace display dispose dispute disregard
disrupt dissolve distinguish distort distract distribute disturb dive diversify divert divide divorce do
document dominate donate double doubt download draft drag drain draw dream dress drift drill drink drive drop
drown dry dump duplicate dwell earn ease eat echo edit educate elaborate elect elevate elicit eliminate embark
embed embody embrace emerge emit emphasise emphasize employ empower empty emulate enable enact enclose encode
encounter encourage end endanger endorse endure energise enforce engage enhance enjoy enlarge enlist enrich
enrol enroll ensure entail enter entertain entitle envisage envision equip erase erect erode erupt escalate
escape escort establish estimate evacuate evade evaluate evaporate evoke evolve exaggerate examine excavate
exceed exchange excite exclude excuse execute exempt exercise exert exhaust exhibit exist exit expand expect
expel experience experiment expire explain explode exploit explore export expose express extend extinguish
extract face fade fail fake fall fasten favor favour fear feature feed feel fetch fight file fill finance find
finish fire fit fix flash flatten flee flourish flow fly focus fold follow forbid force forecast forge forget
forgive form formulate foster found frame free freeze frighten fry fuel fulfil fulfill function fund gain
garner gather gaze generalise generate get give glance glow go govern grab graduate grant grasp greet grind
grip grow guarantee guard guess guide halt hand handle hang happen harm harness harvest hate haunt heal hear
heat heighten help hesitate hide highlight hint hire hit hold honour hope host hug hunt hurry hurt hypothesise
hypothesize idealise identify ignite ignore illuminate illustrate imagine immerse immigrate impact impair
impede implement implore imply import impose improve incline include incorporate increase incur indicate
induce indulge infect infer inflate inflict influence inform inhabit inherit inhibit initiate inject injure
innovate input inquire insert insist inspect inspire install instruct insulate integrate intend intensify
interact intercept interfere interpret interrupt intervene interview intimidate introduce invade invent invest
investigate invite invoke involve isolate issue iterate jail join joke judge juggle jump justify keep kick
kill kneel knit knock know label lack lament land last launch lead lean leap learn lease leave legalise
legislate lend lessen let levy liberate license lick lie lift lighten liken limit linger link liquidate list
listen litigate live load lobby locate lock lodge look loosen loot lose lower lure magnify maintain make
manage mandate manipulate manufacture map march mark marry mask master match matter maximise maximize mean
measure mediate meet melt mention merge migrate mimic mine minimise minimize mislead miss mitigate mix
mobilise model modify monitor motivate mould mount mourn move multiply murder name narrow navigate need
neglect negotiate nominate normalise note notice notify nourish nurture obey object oblige obscure observe
obtain occupy occur offend offer omit open operate oppose optimise optimize orbit order organise organize
originate oust outline outperform outweigh overcome overhaul overlook override overrule oversee overtake
overthrow overturn owe own paint pair pardon park parse participate partner pass paste patrol pause pay peel
penalise penetrate perceive perform permit persist persuade pick pinpoint pioneer pitch place plan plant play
plead please pledge plot plunge point poll pollute ponder populate portray pose possess post postpone pour
practice practise praise pray preach precede precipitate preclude predict predominate prefer prepare prescribe
present preserve preside press presume pretend prevail prevent price print prioritise privatise probe process
proclaim procure produce profit program programme progress prohibit project prolong promise promote prompt
pronounce propagate propel propose prosecute prosper protect protest prove provide provoke prune publicise
publish pull pump punch punish purchase purify pursue push put qualify quantify question quit quote race
radiate raid rain raise rally range rank rate ratify reach react read reaffirm realign realise realize
reassure rebel rebuild recall recapture recede receive recite reckon reclaim recognise recognize recommend
record recover recruit rectify recycle redeem redefine redesign redistribute reduce refer refine reflect
reform refrain refresh refund refuse regain regard regenerate register regret regulate rehabilitate reign
reinforce reinstate reiterate reject rejoice relate relax relay release relieve relocate rely remain remark
remedy remember remind remove render renew renounce renovate rent reorganise repair repay repeat repel replace
replicate reply report represent reproduce request require rescue research resemble reserve reset reside
resign resist resolve resonate respect respond rest restart restore restrict restructure result resume retain
retaliate rethink retire retreat retrieve return reunite revamp reveal reverse review revise revive revoke
revolve reward rewrite rid ride ring rinse rip rise risk roam roll rotate rub ruin rule run rush sacrifice
sail sample sanction satisfy save say scale scan scare scatter schedule score scrap scratch scream screen
scrutinise seal search secure see seek seem seize select sell send sentence separate serve set settle sew
shake shape share sharpen shed shelter shield shift shine shock shoot shout show shrink shuffle shut sigh sign
signal simplify simulate sing sink sit sketch skip slash sleep slide slip slow smash smell smile smoke snap
soak soar solicit solve sort sound span spark speak specialise specify speculate spell spend spill spin split
spoil sponsor spot spray spread sprint squeeze stabilise stage stake stall stamp stand stare start state stay
steal steer stem step stimulate stir stop store strain stream strengthen stress stretch strike strip strive
struggle study stumble subdue subject submit subscribe subsidise substitute subtract succeed suck suffer
suggest suit summarise summon supervise supply support suppose suppress surge surpass surrender surround
survey survive suspect suspend sustain swallow swap sway swear sweep swell swim swing switch symbolise
sympathise synthesise tackle tailor take talk tap target taste tax teach tear tease tell tempt tend terminate
terrify test testify thank think threaten thrive throw tie tighten tilt tip tolerate top topple torture toss
totter touch tour tow trace track trade trail train transcend transfer transform translate transmit transport
trap travel traverse tread treat trigger trim triple triumph trust try tuck tune turn twist type uncover
undergo underline undermine underscore understand undertake unfold unify unite unleash unlock unveil update
uphold upset urge use utilise utilize utter vacate validate value vanish vary venture verify veto vibrate view
violate visit visualise voice volunteer vote wait wake walk wander wane want warm warn wash waste watch water
wave weaken wear weave wed weep weigh welcome whisper widen wield win wind wipe wire wish withdraw withhold
withstand witness wonder work worry worsen wound wrap wreck write yell yield
`);

/** Irregular past tenses and participles. */
export const IRREGULAR_PAST = list(`
was were been being is are am has had did done does went gone came become became began begun broke broken
brought built bought caught chose chosen dealt drew drawn drank driven drove ate eaten fell fallen felt
fought found fled flew flown forgot forgotten froze frozen gave given got gotten grew grown held hid hidden
hit hurt kept knew known laid led left lent lay lost made meant met paid put ran read rode risen rose said
saw seen sought sold sent set shook shot shown shut sang sat slept spoke spoken spent spread stood stole
struck swore swept swam took taken taught told thought threw thrown understood woke won withdrew withdrawn
wrote written bent bound bled blew blown bred burnt dug fed fled flung forbade forbidden forgave forgiven ground
hung knelt leapt lit mistook misled overcame overtook overthrew rang rung sank sunk shone shrank slid spun
sprang stuck stung stank strove swung swollen tore torn trod undertook underwent undergone upheld wept wound
wove woven wrung
`);

/** Nouns and adjectives that look like verb forms (-ed, -s) but rarely are. */
export const NOT_VERBS = list(`
bed red shed need seed speed hundred kindred sacred naked wicked rugged ragged united news series species
analysis basis crisis thesis physics economics politics mathematics statistics means
evening morning building buildings meeting meetings funding training ceiling spring thing things king ring
string wing nothing something anything everything during offspring wedding pudding clothing feeling
feelings beginning setting settings findings finding understanding painting heading headings earnings
savings housing shooting ruling hearing warning warnings listing
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

export const VERB_FORMS = new Set<string>([...IRREGULAR_PAST]);
for (const base of VERB_BASES) for (const form of inflections(base)) VERB_FORMS.add(form);
for (const w of NOT_VERBS) VERB_FORMS.delete(w);

/** Verbs that report speech or thought: "X said …", "…, according to Y". */
/** Pronouns only ever a subject ("it" and "you" can be objects too). */
export const SUBJECT_ONLY_PRONOUNS = list(`i he she we they`);

/** Plurals without an -s, which take a verb's base form ("people get"). */
export const IRREGULAR_PLURALS = list(`people men women children police`);

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
