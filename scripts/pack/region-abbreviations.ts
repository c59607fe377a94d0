/**
 * The abbreviations North American news writes after a town ("Shelby, N.C.", "Toronto, Ont."):
 * the AP stylebook's forms for U.S. states and the Canadian Press forms for provinces. Postal
 * codes ("NC", "OR", "IN") are left out: in capitals they are other words. Facts, written for
 * Backstory (CC0); the pack's validation still drops a form that is a common word ("Wash.",
 * "Miss.", "Mass.").
 */
import type { Built } from './types';

const US: Record<string, string[]> = {
  Alabama: ['Ala.'],
  Arizona: ['Ariz.'],
  Arkansas: ['Ark.'],
  California: ['Calif.'],
  Colorado: ['Colo.'],
  Connecticut: ['Conn.'],
  Delaware: ['Del.'],
  Florida: ['Fla.'],
  Georgia: ['Ga.'],
  Illinois: ['Ill.'],
  Indiana: ['Ind.'],
  Kansas: ['Kan.'],
  Kentucky: ['Ky.'],
  Louisiana: ['La.'],
  Maryland: ['Md.'],
  Massachusetts: ['Mass.'],
  Michigan: ['Mich.'],
  Minnesota: ['Minn.'],
  Mississippi: ['Miss.'],
  Missouri: ['Mo.'],
  Montana: ['Mont.'],
  Nebraska: ['Neb.'],
  Nevada: ['Nev.'],
  'New Hampshire': ['N.H.'],
  'New Jersey': ['N.J.'],
  'New Mexico': ['N.M.'],
  'New York': ['N.Y.'],
  'North Carolina': ['N.C.'],
  'North Dakota': ['N.D.'],
  Oklahoma: ['Okla.'],
  Oregon: ['Ore.'],
  Pennsylvania: ['Pa.'],
  'Rhode Island': ['R.I.'],
  'South Carolina': ['S.C.'],
  'South Dakota': ['S.D.'],
  Tennessee: ['Tenn.'],
  Vermont: ['Vt.'],
  Virginia: ['Va.'],
  Washington: ['Wash.'],
  'West Virginia': ['W.Va.'],
  Wisconsin: ['Wis.'],
  Wyoming: ['Wyo.'],
};

const CANADA: Record<string, string[]> = {
  Alberta: ['Alta.'],
  'British Columbia': ['B.C.'],
  Manitoba: ['Man.'],
  'New Brunswick': ['N.B.'],
  'Newfoundland and Labrador': ['N.L.'],
  'Nova Scotia': ['N.S.'],
  Ontario: ['Ont.'],
  'Prince Edward Island': ['P.E.I.'],
  Quebec: ['Que.'],
  Saskatchewan: ['Sask.'],
};

const BY_COUNTRY: Record<string, Record<string, string[]>> = { us: US, ca: CANADA };

/** The region with its abbreviations added, when it is a U.S. state or a Canadian province. */
export function withRegionAbbreviations(region: Built): Built {
  const country = /^starter:factbook-([a-z]{2})-region-/.exec(region.id)?.[1];
  const forms = country ? BY_COUNTRY[country]?.[region.name] : undefined;
  if (!forms) return region;
  return {
    ...region,
    aliases: [...region.aliases, ...forms.filter((f) => !region.aliases.includes(f))],
  };
}
