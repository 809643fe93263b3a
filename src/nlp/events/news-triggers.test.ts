import { describe, expect, it } from 'vitest';
import { formatPartialDate } from '../../model/date.ts';
import { loadKnowledge } from '../knowledge/load.ts';
import { newState, runSteps } from '../pipeline.ts';

const kb = loadKnowledge();
const typed = (text: string) => runSteps(newState(text, kb)).events.map((e) => [e.type, formatPartialDate(e.date)]);

describe('event triggers of news reports', () => {
  it('dates what was done at the end of a meeting by the meeting told before', () => {
    const got = typed('On October 9, 2017, the defense minister met his Belarusian counterpart in Minsk. The sides noted their ties. At the end of their meeting, the ministers signed a cooperation plan for 2018.');
    expect(got).toContainEqual(['agreement', '2017-10-09']);
  });

  it.each([
    ['NATO and Azerbaijan agreed in December 2011 a new Individual Partnership Action Plan.', 'agreement', '2011-12'],
    ['In March 2019, Moscow and Bishkek adopted a protocol amending the base agreement.', 'agreement', '2019-03'],
    ['The handover of the equipment to the border troops took place on 30 November 2021.', 'procurement', '2021-11-30'],
    ['In February 2025, seven helicopters were transferred from Uzbekistan to the United States.', 'deployment', '2025-02'],
    ['Over 2,000 troops from Russia and Belarus arrived in the country on January 6, 2022.', 'deployment', '2022-01-06'],
    ['The United States will withdraw all its troops from Afghanistan by September 11, 2021.', 'deployment', '2021-09-11'],
    ['In August 2021 the ground forces in the city surrendered.', 'incident', '2021-08'],
    ['In August 2021, 22 military aircraft crossed the Uzbek-Afghan border.', 'incident', '2021-08'],
    ['A session of the CIS Defense Ministers Council will take place in Anapa on 5 June 2019.', 'meeting', '2019-06-05'],
    ['On June 3, 2012 the ground troops of the exercise left Atushi for the exercise area.', 'deployment', '2012-06-03'],
    ['In 2023, the Indonesian Ministry of Defense signed a deal to buy 12 ANKA drones.', 'procurement', '2023'],
    ['In January 2022 the acting defense minister demanded that Uzbekistan return the aircraft.', 'statement', '2022-01'],
    ['On 24 June 2010 the foreign minister stated that this conference demonstrates their resolve.', 'statement', '2010-06-24'],
    ['The Naval Forces will be deployed at the Caspian Sea port by 2015 under the programme.', 'deployment', '2015'],
    ['On October 9, 2015 the president led the opening ceremony of the naval institute.', 'education', '2015-10-09'],
    ['In February 2024, Pakistan inked its largest defence equipment export deal with Azerbaijan.', 'procurement', '2024-02'],
    ['From August 24-29, the SCO held \u201cPeace Mission 2014\u201d at the Zhurihe Training Base.', 'exercise', '2014-08-24'],
    ['During the Peacekeeping Ministerial 2025 held on May 13-14, 2025, in Berlin, the minister met with the UN Secretary-General.', 'meeting', '2025-05-13/2025-05-14'],
  ])('%s -> %s', (text, type, date) => {
    expect(typed(text)).toContainEqual([type, date]);
  });

  it('dates a statement by when it was said, not by a date in what was said', () => {
    const got = typed('Generals meet\nSOFIA, May 4, 2024 - The general said that in 2001 the region was calm.');
    expect(got).toContainEqual(['statement', '2024-05-04']);
    expect(got).not.toContainEqual(['statement', '2001']);
    // A date before the "that" is the saying's own.
    expect(typed('The minister said on 3 March 2015 that the army would grow.')).toContainEqual(['statement', '2015-03-03']);
  });

  it('types a saying whose audience or occasion is a happening as a statement', () => {
    const text = 'Drills\nMOSCOW, October 17, 2024 - "The forces are important," General Sobirzoda told the troops participating in the drills.\nColonel-General Sidorov said at the ceremony of opening the drills.';
    expect(typed(text)).toEqual([['statement', '2024-10-17'], ['statement', '2024-10-17']]);
  });

  it('tells one person speaking on one day as one statement', () => {
    const text = 'Army news\nKABUL, February 15, 2022 - Minister Ruslan Zhaksylykov said the army would grow. "Experienced soldiers are needed," Zhaksylykov said. Zhaksylykov also noted that the army would have its own uniform.';
    expect(typed(text).filter((e) => e[0] === 'statement')).toEqual([['statement', '2022-02-15']]);
    // Two people are two statements.
    expect(typed('Army news\nKABUL, February 15, 2022 - Minister Ruslan Zhaksylykov said the army would grow. Zabihullah Mujahid said it would not.')
      .filter((e) => e[0] === 'statement')).toHaveLength(2);
  });

  it('does not take the phrase "that said" for a statement', () => {
    const got = typed('News\nASHGABAT, October 11, 2015 - That said, the present times carry a mix of threats. The president said the navy would grow.');
    expect(got).toEqual([['statement', '2015-10-11']]);
  });

  it('does not take meeting a pledge or a target for a meeting', () => {
    expect(typed('In 2023 Mongolia met its pledge to raise the share of women to 15 percent.').map((e) => e[0])).not.toContain('meeting');
    expect(typed('In 2023 the two ministers met in Ulaanbaatar.')).toEqual([['meeting', '2023']]);
  });

  it('types training that a named exercise is as that exercise', () => {
    const got = typed('Khaan Quest 2016, an international peace operations training, opened at the training center on May 22, 2016.');
    expect(got).toContainEqual(['exercise', '2016-05-22']);
    expect(got.map((e) => e[0])).not.toContain('education');
  });

  it('types the founding of an international organization as other, the creation of a unit as a reform', () => {
    expect(typed('The CIS Defense Ministers Council was established in 1992.')).toEqual([['other', '1992']]);
    expect(typed('In 2000, the Kazakhstan Peacekeeping Battalion was formed.')).toEqual([['reform', '2000']]);
  });
});
