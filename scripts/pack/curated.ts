/**
 * Organisations and institutions that news names constantly but none of the open data sets
 * covers: written for Backstory (CC0), one neutral line and one sentence of background each.
 */
import { slug } from './text';
import type { Built } from './types';

type Row = [type: 'org' | 'place', name: string, aliases: string[], description: string, background: string];

const CURATED_DATE = '2025-12-01';

const ROWS: Row[] = [
  ['org', 'TASS', ['Tass', 'TASS news agency'], 'Russian state news agency', 'TASS is Russia’s state-owned news agency, founded in 1904 and headquartered in Moscow.'],
  ['org', 'RIA Novosti', ['RIA'], 'Russian state news agency', 'RIA Novosti is a Russian state-owned news agency, part of the Rossiya Segodnya media group.'],
  ['org', 'Interfax', [], 'Russian news agency', 'Interfax is a privately held Russian news agency founded in 1989.'],
  ['org', 'Ukrinform', [], 'Ukrainian national news agency', 'Ukrinform is Ukraine’s state news agency, based in Kyiv.'],
  ['org', 'Reuters', [], 'International news agency', 'Reuters is an international news agency headquartered in London, owned by Thomson Reuters.'],
  ['org', 'Associated Press', ['AP', 'The Associated Press'], 'U.S. news agency', 'The Associated Press is a not-for-profit news cooperative based in New York.'],
  ['org', 'Agence France-Presse', ['AFP'], 'French international news agency', 'Agence France-Presse is a news agency headquartered in Paris, founded in 1835.'],
  ['org', 'Xinhua', ['Xinhua News Agency'], 'Chinese state news agency', 'Xinhua is the official state news agency of the People’s Republic of China.'],
  ['org', 'India Today TV', ['India Today'], 'Indian news channel', 'India Today TV is an English-language news channel in India, part of the India Today Group.'],
  ['org', 'BBC', ['British Broadcasting Corporation'], 'British public broadcaster', 'The BBC is the United Kingdom’s national public broadcaster, founded in 1922.'],
  ['org', 'CNN', ['Cable News Network'], 'U.S. news channel', 'CNN is a U.S. cable news channel founded in 1980 and based in Atlanta.'],
  ['org', 'Al Jazeera', [], 'Qatar-based broadcaster', 'Al Jazeera is a news broadcaster funded by the government of Qatar and based in Doha.'],
  ['place', 'Kremlin', ['the Kremlin', 'Moscow Kremlin'], 'Seat of the Russian presidency, Moscow', 'The Kremlin is the fortified complex in central Moscow that houses the office of the Russian president; the name also stands for the Russian government.'],
  ['place', 'White House', ['the White House'], 'Residence and office of the U.S. president', 'The White House in Washington is the official residence and workplace of the President of the United States.'],
  ['org', 'Pentagon', ['the Pentagon', 'U.S. Department of Defense', 'Department of Defense'], 'Headquarters of the U.S. Department of Defense', 'The Pentagon, in Arlington, Virginia, is the headquarters of the U.S. Department of Defense and stands for the U.S. military leadership.'],
  ['place', 'Downing Street', ['10 Downing Street'], 'Office of the British prime minister', 'Number 10 Downing Street in London is the residence and office of the Prime Minister of the United Kingdom.'],
  ['place', 'Elysee Palace', ['Élysée Palace', 'Elysee', 'Élysée'], 'Office of the French president', 'The Élysée Palace in Paris is the official residence of the President of France.'],
  ['org', 'NATO', ['North Atlantic Treaty Organization'], 'Western military alliance', 'NATO is a military alliance of European and North American countries founded in 1949, headquartered in Brussels.'],
  ['org', 'United Nations', ['UN', 'U.N.'], 'International organisation of 193 member states', 'The United Nations was founded in 1945 to maintain international peace and security; it is headquartered in New York.'],
  ['org', 'UN Security Council', ['Security Council', 'United Nations Security Council'], 'UN body responsible for peace and security', 'The Security Council has 15 members, five of them permanent with a veto: China, France, Russia, the United Kingdom and the United States.'],
  ['org', 'European Union', ['EU', 'E.U.'], 'Political and economic union of 27 European states', 'The European Union is a political and economic union of 27 member states, with institutions in Brussels, Strasbourg and Luxembourg.'],
  ['org', 'European Commission', [], 'Executive body of the European Union', 'The European Commission proposes EU laws and manages the bloc’s policies and budget.'],
  ['org', 'International Atomic Energy Agency', ['IAEA'], 'UN nuclear watchdog', 'The IAEA, based in Vienna, promotes the peaceful use of nuclear energy and inspects nuclear facilities.'],
  ['org', 'World Health Organization', [], 'UN health agency', 'The World Health Organization, based in Geneva, directs international health work within the UN system.'],
  ['org', 'International Monetary Fund', ['IMF'], 'International financial institution', 'The IMF, based in Washington, lends to member countries and monitors the world economy.'],
  ['org', 'World Bank', [], 'International development lender', 'The World Bank, based in Washington, lends to developing countries for development projects.'],
  ['org', 'International Criminal Court', ['ICC'], 'Court for war crimes and genocide', 'The International Criminal Court in The Hague tries individuals for genocide, crimes against humanity and war crimes.'],
  ['org', 'G7', ['Group of Seven'], 'Forum of seven large advanced economies', 'The G7 brings together Canada, France, Germany, Italy, Japan, the United Kingdom and the United States, with the EU.'],
  ['org', 'G20', ['Group of Twenty'], 'Forum of major economies', 'The G20 is a forum of 19 countries, the European Union and the African Union.'],
  ['org', 'OPEC', ['Organization of the Petroleum Exporting Countries'], 'Oil exporters’ cartel', 'OPEC is an organisation of oil-exporting countries founded in 1960, based in Vienna.'],
  ['org', 'Hamas', [], 'Palestinian Islamist group', 'Hamas is a Palestinian Islamist political and militant group that has governed the Gaza Strip since 2007.'],
  ['org', 'Hezbollah', [], 'Lebanese Shiite political and militant group', 'Hezbollah is a Lebanese Shiite Islamist political party and militant group backed by Iran.'],
  ['org', 'U.S. Congress', ['Congress', 'US Congress'], 'Legislature of the United States', 'Congress is the bicameral legislature of the United States: the Senate and the House of Representatives.'],
  ['org', 'U.S. Supreme Court', ['Supreme Court'], 'Highest court of the United States', 'The Supreme Court is the highest court in the U.S. federal judiciary, with nine justices.'],
  ['org', 'State Duma', ['Duma'], 'Lower house of Russia’s parliament', 'The State Duma is the lower house of the Federal Assembly of Russia.'],
  ['org', 'Verkhovna Rada', ['Rada'], 'Parliament of Ukraine', 'The Verkhovna Rada is Ukraine’s unicameral parliament, based in Kyiv.'],
  ['org', 'Federal Reserve', ['the Fed', 'Fed'], 'Central bank of the United States', 'The Federal Reserve is the central banking system of the United States, created in 1913.'],
  ['org', 'European Central Bank', ['ECB'], 'Central bank of the euro area', 'The European Central Bank, based in Frankfurt, sets monetary policy for the euro area.'],
  ['org', 'Gazprom', [], 'Russian state-controlled gas company', 'Gazprom is a Russian majority state-owned energy company, one of the world’s largest natural gas producers.'],
  ['org', 'Zaporizhzhia Nuclear Power Plant', ['Zaporizhzhia nuclear plant'], 'Nuclear power plant in southern Ukraine', 'The Zaporizhzhia plant in Enerhodar is Europe’s largest nuclear power plant; Russian forces have held it since March 2022.'],
  ['org', 'Wagner Group', ['Wagner'], 'Russian private military company', 'The Wagner Group is a Russian mercenary organisation that fought in Ukraine, Syria and several African countries.'],
  ['org', 'FSB', ['Federal Security Service'], 'Russia’s main security service', 'The FSB is Russia’s principal security agency, successor to the Soviet KGB.'],
  ['org', 'CIA', ['Central Intelligence Agency'], 'U.S. foreign intelligence agency', 'The Central Intelligence Agency is the civilian foreign intelligence service of the United States.'],
  ['org', 'FBI', ['Federal Bureau of Investigation'], 'U.S. federal law enforcement agency', 'The FBI is the domestic intelligence and security service and federal law enforcement agency of the United States.'],
];

export function curatedEntities(): Built[] {
  return ROWS.map(([type, name, aliases, description, background]) => ({
    id: `starter:backstory-${slug(name)}`,
    type,
    name,
    aliases: [name, ...aliases],
    description,
    background,
    sourceId: 'backstory',
    updatedAt: CURATED_DATE,
    // Institutions named in news are what a reader means by these names ("Kremlin", "NATO").
    prominence: 0.92,
  }));
}
