import { describe, expect, it } from 'vitest';
import { aliasesOf, entityNamed, runUpTo } from './test-helpers.ts';

const resolved = (text: string) => runUpTo(text, 'resolve');
const typeOf = (text: string, name: string) => entityNamed(resolved(text), name)?.type;

describe('general naming rules', () => {
  it('keeps an ordinal or a number word at the start of a unit name', () => {
    const s = resolved('The 3rd Mechanized Brigade moved north while the 201st Division and the 49th Army stayed. Cadets trained at the Seven Rivers Training Center.');
    expect(entityNamed(s, '3rd Mechanized Brigade')?.type).toBe('ORG');
    expect(entityNamed(s, '49th Army')?.type).toBe('ORG');
    expect(entityNamed(s, 'Seven Rivers Training Center')?.type).toBe('ORG');
    expect(entityNamed(s, 'Mechanized Brigade')).toBeUndefined();
  });

  it('names a numbered unit written in lower case, a border between two states and a titled person before "and"', () => {
    const s = resolved('The 12th motorized rifle division and the 34th Kazakh military base guard the Latvian-Estonian border, the Ruritania-Latvia border and the Shamrock training base. President Juhan Tamm and Latvian leader Karlis Ozols met.');
    expect(entityNamed(s, '12th motorized rifle division')?.type).toBe('ORG');
    expect(entityNamed(s, '34th Kazakh military base')?.type).toBe('ORG');
    expect(entityNamed(s, 'Latvian-Estonian border')?.type).toBe('PLACE');
    expect(entityNamed(s, 'Shamrock training base')?.type).toBe('PLACE');
    expect(entityNamed(s, 'Juhan Tamm')?.type).toBe('PERSON');
    expect(typeOf('In the 21st century armies changed.', '21st century')).toBeUndefined();
    // A country's own border is no place name of its own.
    expect(typeOf('Estonia border guards met.', 'Estonia border')).toBeUndefined();
  });

  it("gives a body every country has the country written before it, and a bare one the country of the one just named", () => {
    const s = resolved('Estonia held drills with Latvia. Battalions trained with US armed forces. The Latvian Defence Ministry said troops left. The Defence Ministry added that sites were handed over.');
    expect(aliasesOf(entityNamed(s, 'Armed Forces of United States'))).toContain('US armed forces');
    expect(aliasesOf(entityNamed(s, 'Ministry of Defense of Latvia'))).toEqual(expect.arrayContaining(['Latvian Defence Ministry', 'Defence Ministry']));
  });

  it('reads a manager, a representative or a supreme commander as a post, naming the body after it', () => {
    const s = resolved('The Regional Manager of the Latvian State Border Guard Maris Domins spoke.');
    expect(entityNamed(s, 'Latvian State Border Guard')?.type).toBe('ORG');
    expect(entityNamed(s, 'Maris Domins')?.type).toBe('PERSON');
    expect(typeOf('The Supreme Commander of the Armed Forces visited a unit.', 'Supreme Commander of the Armed Forces')).toBeUndefined();
  });

  it('names an exercise by its quoted or dubbed name next to an exercise word', () => {
    const s = resolved('In 2024, Kazakhstan will hold training exercises "Birlestik" with Azerbaijan. The "Kazakhstan-2019" drills began. The drill, dubbed Steppe Shield, ended. The exercise will be held in "Almaty" region.');
    expect(entityNamed(s, 'Birlestik')?.type).toBe('PROGRAM');
    expect(entityNamed(s, 'Kazakhstan-2019')?.type).toBe('PROGRAM');
    expect(entityNamed(s, 'Steppe Shield')?.type).toBe('PROGRAM');
    expect(entityNamed(s, 'Almaty')?.type).toBe('PLACE');
  });

  it('names an exhibition as a program', () => {
    const s = resolved('The ministers met on the margins of the Caspian Defence Exhibition held in Baku.');
    expect(entityNamed(s, 'Caspian Defence Exhibition')?.type).toBe('PROGRAM');
  });

  it('names a shipyard, plant or design bureau by its lower-case tail', () => {
    const s = resolved('The boats were built by the Sredne-Nevsky shipyard and the Zelenodolsk plant.');
    expect(entityNamed(s, 'Sredne-Nevsky shipyard')?.type).toBe('ORG');
    expect(entityNamed(s, 'Zelenodolsk plant')?.type).toBe('ORG');
  });

  it('names a place and the sea it lies on apart', () => {
    const s = resolved('The navy competes with Azerbaijan and Iran on the Caspian Sea.');
    expect(entityNamed(s, 'Iran')?.type).toBe('PLACE');
    expect(entityNamed(s, 'Caspian Sea')?.type).toBe('PLACE');
  });

  it('names a place and the region after "of" apart', () => {
    const s = resolved('The troops left Atushi of Xinjiang Uygur Autonomous Region and flew from Kashi Airport of Xinjiang Uygur Autonomous Region.');
    expect(entityNamed(s, 'Atushi')?.type).toBe('PLACE');
    expect(entityNamed(s, 'Kashi Airport')?.type).toBe('PLACE');
    expect([...s.entities.values()].some((e) => / of Xinjiang/.test(e.name))).toBe(false);
  });

  it('ends a name at a line break and at a photo credit', () => {
    const s = resolved('Drills in the steppe\nU.S. Department of State\nU.S. Department of State\nPhoto: Courtesy of Office of the President\nThe drills began.');
    expect([...s.entities.values()].some((e) => /State\s+U\.S\./.test(e.name))).toBe(false);
    expect(entityNamed(s, 'Office of the President')?.type).toBe('ORG');
  });

  it('keeps a Turkic patronymic particle inside a name', () => {
    expect(typeOf('The President of Azerbaijan, Ilham Heydar oglu Aliyev, visited Brussels.', 'Ilham Heydar oglu Aliyev')).toBe('PERSON');
  });

  it('names a person whose name closes a chunk that a headed name opens', () => {
    const s = resolved('Talks with the High Representative for Foreign Affairs and Security Policy Josep Borrell were held. Mohammad Tawfiq Safi flew.');
    expect(entityNamed(s, 'Josep Borrell')?.type).toBe('PERSON');
    expect(entityNamed(s, 'Mohammad Tawfiq Safi')?.type).toBe('PERSON');
  });

  it("names a person after a post and the post's country", () => {
    const s = resolved('The delegation was led by Deputy Minister of National Defense of the Republic of Estonia Celal Sami Tüfekçi.');
    expect(entityNamed(s, 'Celal Sami Tüfekçi')?.type).toBe('PERSON');
    expect([...s.entities.values()].some((e) => e.type === 'PLACE' && /Estonia/.test(e.name))).toBe(true);
  });

  it('names a person written after a post and a comma', () => {
    const s = resolved('On Monday the Ruritanian Ambassador to Latvia, Oskar Vendel, met the minister. Estonian Foreign Minister, Tarmo Kuusk said so.');
    expect(entityNamed(s, 'Oskar Vendel')?.type).toBe('PERSON');
    expect(entityNamed(s, 'Tarmo Kuusk')?.type).toBe('PERSON');
    // Common capitalized words after a post are no name.
    expect(entityNamed(resolved('The Defense Minister, General Staff and Navy met.'), 'General Staff')?.type).toBe('ORG');
  });

  it('reads capitalized words with a year in a sentence about exercises as an exercise', () => {
    const s = resolved('Troops from six states joined the exercise Golden Falcon 2016 and later the drills Steel Ridge-2019.');
    expect(entityNamed(s, 'Golden Falcon 2016')?.type).toBe('PROGRAM');
    expect(entityNamed(s, 'Steel Ridge-2019')?.type).toBe('PROGRAM');
    expect(typeOf('The budget of Estonia 2016 grew.', 'Estonia 2016')).toBeUndefined();
  });

  it('names a place after "the town of" and ends a lower-case region tail at a list', () => {
    const s = resolved('Guards were posted in the village of Zemo Nikozi and in Khulo and the Ajameti region.');
    expect(entityNamed(s, 'Zemo Nikozi')?.type).toBe('PLACE');
    expect(entityNamed(s, 'Ajameti region')?.type).toBe('PLACE');
  });

  it('reads a maker\'s or weapon\'s name after a given name as a surname, and a name opened by a given name inside a chunk', () => {
    const s = resolved('The TB2 is built by Baykar, headed by Selcuk Bayraktar. The commander of the Group of Forces in the Transcaucasus Andrei Popov attended.');
    expect(entityNamed(s, 'Selcuk Bayraktar')?.type).toBe('PERSON');
    expect(entityNamed(s, 'Andrei Popov')?.type).toBe('PERSON');
    expect(entityNamed(s, 'Transcaucasus Andrei Popov')).toBeUndefined();
    // A religious honorific is a title, not part of the body before it.
    const t = resolved('The Caretaker Government of Afghanistan Mavlavi Mohammad Yakub Mujahid demanded the aircraft back.');
    expect(entityNamed(t, 'Mohammad Yakub Mujahid')?.type).toBe('PERSON');
    expect(entityNamed(t, 'Caretaker Government of Afghanistan')?.type).toBe('ORG');
  });

  it('names a person written with an initial glued to the name, not a known abbreviation', () => {
    const s = resolved('As President Kh.Battulga said at the opening, the director, B.Erdenebat, agreed. He flew to St.Petersburg.');
    expect(entityNamed(s, 'Kh.Battulga')?.type).toBe('PERSON');
    expect(entityNamed(s, 'B.Erdenebat')?.type).toBe('PERSON');
    expect(entityNamed(s, 'St.Petersburg')?.type).not.toBe('PERSON');
  });

  it('names a peacekeeping mission as a program (an operation), not an organization', () => {
    const s = resolved('Mongolia sent troops to the United Nations Mission in South Sudan and to UNIFIL.');
    expect(entityNamed(s, 'United Nations Mission in South Sudan')).toMatchObject({ type: 'PROGRAM', attributes: { kind: 'operation' } });
  });

  it('names a website a text cites as an organization, not an address given for reference', () => {
    const s = resolved('Uzbek media (uzdaily.com, jahonnews.uz) reported the deal, and News.MN confirmed it (see www.mod.kz). The U.S. agreed.');
    for (const n of ['uzdaily.com', 'jahonnews.uz', 'News.MN']) expect(entityNamed(s, n)?.type, n).toBe('ORG');
    expect(entityNamed(s, 'www.mod.kz')).toBeUndefined();
    expect(entityNamed(s, 'U.S.')?.type).toBe('PLACE');
  });

  it('keeps a rank word that opens a body\'s name in the name', () => {
    const s = resolved('The pupils of General Education School No. 7 met the troops serving in the Chief Border Guard Directorate. Army General Sergei Shoigu spoke.');
    expect(entityNamed(s, 'General Education School')?.type).toBe('ORG');
    expect(entityNamed(s, 'Chief Border Guard Directorate')?.type).toBe('ORG');
    expect(entityNamed(s, 'Sergei Shoigu')?.type).toBe('PERSON');
  });

  it('reads a city-named given name before a surname-shaped word as a person', () => {
    expect(typeOf('Later Kabul Rakhimov became head of the staff.', 'Kabul Rakhimov')).toBe('PERSON');
  });

  it('keeps named texts whole and stops them before a month', () => {
    const s = resolved('The Concept of Military Security of March 2011 was replaced. Parliament passed the Law on Mobilization and Reserve Service. It published its Defense White Paper.');
    expect(entityNamed(s, 'Concept of Military Security')?.type).toBe('PROGRAM');
    expect(entityNamed(s, 'Law on Mobilization and Reserve Service')?.type).toBe('PROGRAM');
    expect(entityNamed(s, 'Defense White Paper')?.type).toBe('PROGRAM');
  });

  it('takes neither a place nor a name from a summit, and a place word inside a media name is no place', () => {
    const s = resolved('Leaders gathered at the Lisbon Summit in spring. The Balkan Security Monitor wrote about it.');
    expect(entityNamed(s, 'Lisbon')).toBeUndefined();
    expect(entityNamed(s, 'Balkan Security Monitor')?.type).toBe('ORG');
  });

  it('keeps suffixed and slash designations whole', () => {
    const s = resolved('The army kept T-62/64 tanks and bought Buk-M2E and Tor-M1-2 systems.');
    expect(entityNamed(s, 'T-62/64')?.type).toBe('EQUIPMENT');
    expect(entityNamed(s, 'Buk-M2E')?.type).toBe('EQUIPMENT');
    expect(entityNamed(s, 'Tor-M1-2')?.type).toBe('EQUIPMENT');
  });
  it('keeps a body named before "of the Armed Forces" and gives "of <Country>" forms as names', () => {
    const s = resolved('The Joint Staff of the Armed Forces met the Frontier Patrol Service of Moldova while officials from the General Staff of the Defense Forces of Estonia watched.');
    expect(entityNamed(s, 'Joint Staff of the Armed Forces')?.type).toBe('ORG');
    const all = [...s.entities.values()];
    const patrol = all.find((e) => e.name === 'Frontier Patrol Service of Moldova' || aliasesOf(e).includes('Frontier Patrol Service of Moldova'));
    expect(patrol?.type).toBe('ORG');
    expect(all.some((e) => e.name.startsWith('Staff of'))).toBe(false);
  });

  it('reads bases and training areas as places and a national text "of <Country>" as a program', () => {
    const s = resolved('Jets flew from the Tarn Air Base and troops trained at the Oskar training area. Moldova adopted the National Security Strategy of Moldova.');
    expect(entityNamed(s, 'Tarn Air Base')?.type).toBe('PLACE');
    expect(entityNamed(s, 'Oskar training area')?.type).toBe('PLACE');
    const strat = [...s.entities.values()].find((e) => e.name.startsWith('National Security Strategy'));
    expect(strat?.type).toBe('PROGRAM');
  });

  it('reads a byline in Title Case: two people joined by "and" and a long affiliation', () => {
    const s = resolved('Rethinking Steppe Airpower\n\nBy Gulnara Sadykova and Thomas Brennan\nAlmaty Center for Regional Defense Studies\n\nThe air force grew.');
    expect(entityNamed(s, 'Gulnara Sadykova')?.type).toBe('PERSON');
    expect(entityNamed(s, 'Thomas Brennan')?.type).toBe('PERSON');
    expect(entityNamed(s, 'Almaty Center for Regional Defense Studies')?.type).toBe('ORG');
    expect(entityNamed(s, 'Steppe Airpower')).toBeUndefined();
  });

  it('takes the main country from country names and adjectives alike', () => {
    const s = resolved('Russia and Russia again. Kyrgyzstan is small. The Kyrgyz army and Kyrgyz border guards report to the Ministry of Defense. Kyrgyz officers agree.');
    expect(entityNamed(s, 'Ministry of Defense of Kyrgyzstan')?.type).toBe('ORG');
  });

  it('names the body inside a longer name after "of the", with the country that follows it', () => {
    const s = resolved('On Monday the Peace Operations Center of the Ministry of Defense of the Republic of Estonia met the Border Troops of the State Committee for National Security of the Republic of Latvia.');
    expect(entityNamed(s, 'Peace Operations Center of the Ministry of Defense of the Republic of Estonia')?.type).toBe('ORG');
    const ministry = entityNamed(s, 'Ministry of Defense of Estonia');
    expect(ministry?.type).toBe('ORG');
    expect(aliasesOf(ministry)).toContain('Ministry of Defense of the Republic of Estonia');
    const committee = [...s.entities.values()].find((e) => e.type === 'ORG' && /^(?:State )?Committee for National Security/.test(e.name));
    expect(committee && [committee.name, ...aliasesOf(committee)]).toContain('State Committee for National Security of the Republic of Latvia');
  });

  it('attributes a body to a country named in full ("of the Republic of X")', () => {
    const s = resolved('The Armed Forces of the Republic of Tajikistan were formed in 1993. The Armed Forces grew.');
    const e = entityNamed(s, 'Armed Forces of Tajikistan');
    expect(aliasesOf(e)).toContain('Armed Forces of the Republic of Tajikistan');
    expect(entityNamed(s, 'Armed Forces of the Republic of Tajikistan')).toBeUndefined();
  });

  it('names a government or ministry written in lower case after its country', () => {
    const s = resolved('The U.S. government asked Latvia. The Chinese government funded the base. The Russian defence ministry agreed, and Estonian border guards watched.');
    expect(aliasesOf(entityNamed(s, 'Government of United States'))).toContain('U.S. government');
    expect(aliasesOf(entityNamed(s, 'Government of China'))).toContain('Chinese government');
    expect(aliasesOf(entityNamed(s, 'Ministry of Defense of Russia'))).toContain('Russian defence ministry');
    expect([...s.entities.values()].some((e) => /border guards/i.test(e.name))).toBe(false);
    const branch = resolved('Among the Russian airborne forces, Latvia sent a company.');
    expect([...branch.entities.values()].find((e) => e.type === 'ORG')?.aliases.map((a) => a.alias)).toContain('Russian airborne forces');
  });

  it('reads a senate as the legislature of its country', () => {
    const s = resolved('Latvia plans to spend more on defense, said the Senate of Latvia. The Senate approved it.');
    expect(entityNamed(s, 'Senate of Latvia')?.type).toBe('ORG');
  });

  it('reads an embassy as an organization and knows Central Asian parliaments', () => {
    const s = resolved('The U.S. Embassy in Dushanbe coordinated the aid, and the Jogorku Kenesh ratified the deal.');
    const embassy = [...s.entities.values()].find((e) => e.type === 'ORG' && /Embassy/.test(e.name));
    expect([embassy?.name, ...aliasesOf(embassy)]).toEqual(expect.arrayContaining(['U.S. Embassy', 'U.S. Embassy in Dushanbe']));
    expect(entityNamed(s, 'Jogorku Kenesh')?.type).toBe('ORG');
  });

  it('takes no branch from a show named with a year ("Army-2022 forum")', () => {
    const s = resolved('At the Army-2022 forum, officials met. The Army bought trucks.');
    const armies = [...s.entities.values()].filter((e) => e.name === 'Army');
    expect(armies).toHaveLength(1);
    expect(s.mentions.filter((m) => m.entityKey === armies[0]!.key)).toHaveLength(1);
  });
});

