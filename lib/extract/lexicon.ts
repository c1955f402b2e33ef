/**
 * Word lists shared by the number, metric, group and distractor rules. They
 * describe English news prose about wars in general, not any one report.
 */

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Nouns that name people (the things a figure may count). */
export const PERSON_NOUNS = words(`
  people persons person civilians civilian children child kids kid minors boys boy girls girl
  babies baby infants infant toddlers teenagers teens women woman men man elderly
  soldiers soldier troops trooper troopers servicemen serviceman personnel officers officer
  fighters fighter rebels rebel insurgents insurgent militants militant jihadists jihadist jihadis
  combatants combatant gunmen gunman militiamen militiaman recruits conscripts policemen policeman
  police guards guard members member residents resident inhabitants villagers villager syrians
  refugees refugee displaced idps migrants individuals journalists journalist reporters reporter
  photographers photographer cameraman cameramen activists activist protesters protester
  demonstrators students student teachers doctors doctor medics medic nurses nurse paramedics
  rescuers rescuer workers worker volunteers volunteer patients detainees prisoners hostages
  victims victim dead casualties lives bodies body corpses corpse others kurds alawites christians druze
  palestinians iraqis lebanese turks russians iranians afghans americans relatives pilgrims
  worshippers shoppers passengers farmers mourners loyalists defectors deserters shabiha islamists
  extremists terrorists commanders commander staff employees citizens nationals wounded injured
  survivors evacuees returnees youths youngsters sons daughters brothers sisters cousins nephews nieces
  grandchildren husbands wives mothers fathers siblings
`);

/** The people a place holds, whom a share may be counted from ("500,000 of the 1.6 million inhabitants"). */
export const POPULATION_NOUNS = words(`inhabitants residents population`);

/** Singular person nouns that "a"/"an" may count as one ("a civilian was killed"). */
export const SINGULAR_PERSON_NOUNS = words(`
  person civilian child boy girl baby infant toddler teenager woman man soldier officer fighter rebel
  militant jihadist gunman militiaman policeman resident villager journalist reporter photographer
  cameraman activist protester doctor medic nurse paramedic rescuer volunteer worker student teacher
  commander general colonel pilot
`);

/** Nouns after a number that show it counts something other than people. */
export const NON_PERSON_NOUNS = words(`
  km kms kilometers kilometres kilometer kilometre miles mile meters metres meter metre feet foot yards
  yard square sq hectares hectare acres acre tons tonnes ton tonne kg kilograms kilogram liters litres
  degrees dollars dollar euros euro pounds pound lira liras riyals dinars usd cents billion
  percent per percentage pc points point
  years year months month weeks week days day hours hour minutes minute seconds nights night
  decades decade centuries times occasions rounds phases phase stages stage sides side fronts
  villages village towns town cities city districts district neighborhoods neighbourhoods
  neighborhood neighbourhood areas area positions position checkpoints checkpoint posts post bases
  base airbases hills hill buildings building houses house homes home schools school hospitals
  hospital clinics clinic mosques mosque churches church markets market bakeries shelters shelter
  camps camp tents tent trucks truck lorries buses bus cars car vehicles vehicle tanks tank jets
  planes plane aircraft warplanes helicopters helicopter drones drone missiles missile rockets rocket
  shells shell mortars mortar bombs bomb barrels barrel mines mine grenades bullets weapons weapon
  guns gun rifles artillery airstrikes airstrike strikes strike raids raid sorties attacks attack
  bombings explosions blasts clashes battles operations convoys convoy boxes parcels meals rations
  doses loads truckloads beds ministers countries nations states factions groups brigades battalions
  units divisions organisations organizations agencies resolutions articles votes seats lines routes
  crossings bridges roads highways provinces province governorates regions sites facilities
  factories wells fields animals sheep cattle heads pages reports cases calls messages videos photos
  documents images names trips flights million millions thousand hundred dozen kilometers families
  tolls tallies estimates figures counts massacres incidents
  households tents projectiles munitions containers tonnes kits centres centre centers center
  attempts attempt incidents incident violations violation assassinations massacres infections family
  ambulances ambulance boats boat batches bouts waves places applications application requests
`);

/** Words that may sit between a number and its verb ("have already been", "were reportedly"). */
export const AUX_WORDS = words(`
  have has had were was are is be been being also already now all so far both either
  mostly mainly allegedly apparently still just recently later subsequently since then thus
  believed thought feared presumed estimated reported confirmed known understood likely
  to were're among
`);

/** Words that end the noun phrase after a number: a new clause or a reporting verb begins. */
export const STOP_WORDS = words(`
  that which who whom whose when where because if than after before until while although though
  whereas said says told according remain remained remains live lived need needed needs
  trapped besieged stranded living staying sheltering
`);

const AT_LEAST_WORDS =
  "at least|more than|over|upwards of|in excess of|no fewer than|no less than|not less than|above|exceeding|well over|just over|greater than|a minimum of|a total of more than|beyond|a little over|a little more than|slightly over|slightly more than";
const APPROXIMATELY_WORDS =
  "nearly|almost|some|about|around|roughly|an estimated|estimated|approximately|approx\\.?|close to|closer to|nearer|nearer to|circa|just under|a little under|slightly under|just below|a little below|an approximate|perhaps|an estimate of";
const AT_MOST_WORDS =
  "up to|fewer than|less than|as many as|as high as|no more than|at most|under|a maximum of|not more than";

/** Hedges before a number, longest first, with the qualifier they give. */
export const HEDGES_BEFORE: ReadonlyArray<readonly [RegExp, "at_least" | "approximately" | "at_most"]> = [
  [new RegExp(`\\b(?:${AT_LEAST_WORDS})$`), "at_least"],
  [new RegExp(`\\b(?:${APPROXIMATELY_WORDS})$`), "approximately"],
  [new RegExp(`\\b(?:${AT_MOST_WORDS})$`), "at_most"],
];
/** Any of those hedges (regular-expression source), for a pattern that lets one stand before its number. */
export const HEDGE_WORDS = `(?:${AT_LEAST_WORDS}|${APPROXIMATELY_WORDS}|${AT_MOST_WORDS})`;

/** Nouns a count is given again by: "the figure stood at", "its tally had reached" (regular-expression source). */
export const COUNT_NOUN = "(?:figure|number|total|count|tally|toll)";
/** What may qualify such a noun: "the UN's first estimate", "the office's previous figure". */
export const COUNT_ADJECTIVE =
  "(?:first|initial|earliest|original|latest|last|new|revised|updated|official|overall|own|previous|earlier|documented|recorded|confirmed|verified|true|real|running|cumulative|regional|national|combined|global|monthly|weekly|daily|annual|working|provisional|preliminary|rough|best|same)";

/**
 * A count named as one told before, and where it stood: "the figure was", "OCHA's count stood at", "her
 * office's estimate on 8 November was", "the tally, compiled up to Monday, stood at", "that number has
 * since grown to" (regular-expression source).
 */
export const COUNT_STOOD_AT =
  String.raw`(?:(?:the|that|this|its|their|his|her|our|a (?:separate|second|third|rival|parallel|different)) (?:[\w-]+ ?['’]s |(?!(?:planning|projected|expected|target|forecast|budget|funding)\b)[\w.-]+ (?=(?:${COUNT_ADJECTIVE} )?(?:${COUNT_NOUN}|estimates?)\b))?|[\w-]+ ?['’]s )(?:${COUNT_ADJECTIVE} )?(?:${COUNT_NOUN}|estimates?|registration)` +
  String.raw`(?: (?:for|of|in|on|as of|as at|since|after|over|to|through|until|kept by|compiled by) [\w' -]{1,50}?)?(?: ?, [^,.;]{1,60} ?,)?(?: (?:there|that day|at the time|then|now|later|had|has|have))?(?: (?:only|just|already|barely|since|probably|likely|perhaps)){0,2}` +
  " (?:stood at|stands at|lay|lies|reached|rose to|climbed to|grew to|grown to|risen to|jumped to|surged to|soared to|swelled to|passed|passes|topped|tops|exceeded|exceeds|surpassed|surpasses|hit|was|were|is|been|(?:rose|risen|rises|climbed|climbs|went|gone) (?:past|above|beyond)|(?:was|were|is|stood) (?:(?:far|much|slightly|even|somewhat) )?(?:lower|higher|smaller|larger)(?: still)?(?: ?,)? at)";

/** A count something took to a number, as "it": "had probably pushed it to", "brought it to" (regular-expression source). */
export const PUSHED_IT_TO = String.raw`(?:(?:pushed|pushes|pushing|brought|brings|bringing|took|takes|taking|taken|lifted|lifting|raised|raising|driven|drove) it (?:up )?to|(?:put|puts|putting|placed|places) it at)`;

/** A sentence or line that gives a total as its label: "Total: 396,931", "- In all: 779,000" (regular-expression source). */
export const TOTAL_LABEL = String.raw`(?:[-•*–] ?)?(?:the )?(?:total|overall total|grand total|in all|all told) ?:`;

/** A count someone raised or cut to a number: "raised the figure to", "revised its toll down to" (regular-expression source). */
/** A count raised to a number with no noun of its own: "raised that to", "revised it down to" (regular-expression source). */
export const RAISED_IT_TO = String.raw`(?:raised|raises|revised|revises|lowered|lowers) (?:that|it) (?:up |down )?to`;
// ("bringing its count since the start of November to 109,408"; "On Monday he raised that to more than 80,000")
// (a count "brought to" a number is the speaker's own: "bringing the number in the tent city to 1,577" may be of
// another kind than the count before it)
export const RAISED_THE_COUNT_TO = String.raw`(?:(?:raised|raises|revised|revises|lowered|lowers|increased|updated|cut) (?:the|its|their|his|her|that)|(?:bringing|brings|brought) (?:its|their|his|her)) (?:(?:own|initial|first|earlier) )?(?:number|figure|toll|tally|count|total|estimate)(?: (?:since|for|in|of) [\w' -]{1,40}?)? (?:up |down )?to|${RAISED_IT_TO}`;

/** The verb of a share of a count: "civilians account for 112,623", "children made up 37" (regular-expression source). */
export const SHARE_VERB = "(?:account(?:s|ed)? for|makes? up|made up)";

/** A figure someone gave or cites, with its hedge after: "was citing a figure above 900,000", "gave the same number, some 3,000" (regular-expression source). */
export const CITES_A_FIGURE = String.raw`(?:citing|cited|cites|gave|giving|gives) (?:(?:a|an) (?:[\w-]+ )?(?:figure|estimate)|the same (?:number|figure|estimate|count|total))`;

/** A count someone put at or gave as a number: "put the regional total at", "gave the total as" (regular-expression source). */
export const PUT_THE_COUNT = String.raw`(?:(?:put|puts|putting|placed|places) (?:the|its|their) (?:[\w-]+ )?${COUNT_NOUN}(?: (?:(?:much|far|even|slightly) )?(?:higher|lower)(?: still)?(?: ,)?)? at|(?:gave|gives|give|giving) (?:the|its|their) (?:[\w-]+ )?${COUNT_NOUN} as)`;

/** What a body keeps its count of people on: "on UNHCR's books", "on its register", "the lists of UNHCR" (regular-expression source). */
export const REGISTER_NOUN = "(?:books|registers?|rolls|lists?|records)";

/** What a host country does with the refugees it counts: "Jordan has 125,670", "Lebanon had taken in 716,000" (regular-expression source). */
export const HOST_HOLDS =
  "(?:has|had|hosts|hosted|holds|held|counts|counted|shelters|sheltered|houses|housed|(?:has |had |have )?taken in|took in|(?:is|was|has been|had been) (?:now )?(?:hosting|sheltering|housing))";

/** Where a place stands in a table of shares: "Lebanon tops the table", "Jordan comes next" (regular-expression source). */
export const LEADS_THE_LIST = "(?:(?:tops|topped|leads|led) the (?:table|list)|(?:is|was|comes|came) next)";

/** People a count is told again for, as the subject of where it stood: "Civilians then stood at about 34,437". */
export const COUNTED_GROUP =
  "(?:civilians|children|women|men|boys|girls|minors|soldiers|fighters|rebels|combatants|militiamen)";

/** Verbs that give a count as a bare number, told again: "reporters soon said 50", "the monitor settled on 126". */
export const GIVES_A_COUNT =
  "(?:said|says|gave|gives|settled on|settles on|put it at|puts it at|put it above|revised it to|raised it to|lowered it to|(?:had |has |have )?(?:counted|recorded|documented|tallied))";

/** What leads into the second number of a ratio: "one in every", "one victim in", "eight in every". */
export const IS_RATIO =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|[1-9]) (?:[a-z]+ )?in (?:every )?$|\bin every $/;

/** A count told as background, not as news: "had already fled there", "since the war began". */
export const ALREADY = /\b(?:already|since the (?:war|conflict|uprising|revolt) (?:began|started|broke out))\b/;

/** A line of a bulleted list: "- Jordan: 81,456". */
export const BULLET_LINE = /^\s*[-•*–]\s/;

/** The months' names and their abbreviations, capitalised, as a regular-expression group: "March", "Nov". */
export const MONTH_NAMES =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

/** A month's name or its abbreviation, as a whole word: "November", "Nov" (capitalised: "may" is no month). */
export const MONTH_WORD = new RegExp(`^${MONTH_NAMES}$`);

/** The UN's agencies, each a body of its own that "the UN" may stand for or be described as. */
export const UN_AGENCIES: ReadonlySet<string> = new Set([
  "UNHCR",
  "OCHA",
  "OHCHR",
  "UNICEF",
  "WFP",
  "WHO",
  "UNRWA",
  "IOM",
]);

/** The months' names in lower case, as a regular-expression alternation. */
export const MONTHS_LOWER = "january|february|march|april|may|june|july|august|september|october|november|december";

/** Before "into Jordan" and the like, people who are not there yet: "hoping to be allowed into" (regular-expression source, a lookbehind). */
// ("camped near the Nasib crossing into Jordan": at the crossing, not yet across it)
export const NOT_YET_LET_IN = String.raw`(?<!\bto (?:be )?(?:allowed|permitted|let|admitted)\s)(?<!\b(?:near|at|to|through|via|by|towards?|outside) the (?:[\w'-]+ ){0,3}crossing (?:point )?)`;

/** A report naming the refugee agency: "UNHCR", "the UN refugee agency". */
export const NAMES_UNHCR =
  /\bUNHCR\b|\b(?:UN|U\.N\.|United Nations) refugee agency\b|\bHigh Commissioner for Refugees\b/i;
/** People on a register: "registered", "awaiting registration". */
export const REGISTERED = /\bregist(?:ered|ration|rations)\b/i;

/** Others' counts that run over a range: "Other estimates quoted by the paper ranged between" (regular-expression source). */
export const ESTIMATES_RANGE = String.raw`\b(?:estimates|counts|tallies|tolls|figures)\b(?: [^.;,\d]{1,70})? (?:ranged|range|ranging|ran|run|varied|vary|varying)(?: from| anywhere| somewhere)?(?: between)?`;

/** What a count or report runs over, said of its span: "the count runs to", "the overview covers" (regular-expression source). */
export const RUNS_OVER = "(?:runs?|ran|covers?|covered|covering|spans?|spanned|goes|extends?|is current)";
