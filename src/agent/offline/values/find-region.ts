// US states and Canadian provinces (a region implies its country), and well-known cities, so that a bare
// "Austin, Texas", "Seattle, WA" or a trailing "Lisbon" reads as a place and not as a name.
const US = 'AL Alabama|AK Alaska|AZ Arizona|AR Arkansas|CA California|CO Colorado|CT Connecticut|DE Delaware|FL Florida|GA Georgia|HI Hawaii|ID Idaho|IL Illinois|IN Indiana|IA Iowa|KS Kansas|KY Kentucky|LA Louisiana|ME Maine|MD Maryland|MA Massachusetts|MI Michigan|MN Minnesota|MS Mississippi|MO Missouri|MT Montana|NE Nebraska|NV Nevada|NH New Hampshire|NJ New Jersey|NM New Mexico|NY New York|NC North Carolina|ND North Dakota|OH Ohio|OK Oklahoma|OR Oregon|PA Pennsylvania|RI Rhode Island|SC South Carolina|SD South Dakota|TN Tennessee|TX Texas|UT Utah|VT Vermont|VA Virginia|WA Washington|WV West Virginia|WI Wisconsin|WY Wyoming|DC District of Columbia';
const CA = 'AB Alberta|BC British Columbia|MB Manitoba|NB New Brunswick|NL Newfoundland and Labrador|NS Nova Scotia|ON Ontario|PE Prince Edward Island|QC Quebec|SK Saskatchewan|NT Northwest Territories|NU Nunavut|YT Yukon';

export type Region = { region: string; country: string };

const BY_NAME = new Map<string, Region>();
const BY_CODE = new Map<string, Region>();
for (const [list, country] of [[US, 'US'], [CA, 'CA']] as const) {
  for (const entry of list.split('|')) {
    const code = entry.slice(0, 2);
    BY_CODE.set(code, { region: code, country });
    BY_NAME.set(entry.slice(3).toLowerCase(), { region: code, country });
  }
}
BY_NAME.set('québec', { region: 'QC', country: 'CA' });

/** "Texas", "British Columbia", "WA" (codes only in capitals: "in", "or" and "me" are words). */
export function regionOf(phrase: string): Region | undefined {
  const p = phrase.trim().replace(/[.,;!?]+$/, '').replace(/^(?:the\s+)?(?:state|province)\s+of\s+/i, '');
  if (/^[A-Z]{2}$/.test(p)) return BY_CODE.get(p);
  return /^\p{Lu}/u.test(p) ? BY_NAME.get(p.toLowerCase()) : undefined;
}

const CITIES = new Set(`amsterdam,rotterdam,the hague,utrecht,eindhoven,antwerp,brussels,ghent,luxembourg,paris,lyon,marseille,toulouse,nice,bordeaux,lille,nantes,berlin,
munich,hamburg,frankfurt,cologne,stuttgart,düsseldorf,dusseldorf,leipzig,dresden,hanover,nuremberg,bremen,vienna,salzburg,graz,zurich,zürich,geneva,
basel,bern,lausanne,london,manchester,birmingham,leeds,liverpool,bristol,glasgow,edinburgh,cardiff,belfast,sheffield,newcastle,nottingham,oxford,
cambridge,brighton,dublin,cork,galway,madrid,barcelona,valencia,seville,sevilla,bilbao,malaga,málaga,lisbon,porto,rome,milan,naples,turin,florence,
bologna,venice,genoa,athens,thessaloniki,copenhagen,aarhus,stockholm,gothenburg,malmö,malmo,oslo,bergen,helsinki,reykjavik,tallinn,riga,vilnius,warsaw,
krakow,kraków,wroclaw,wrocław,gdansk,gdańsk,poznan,prague,brno,bratislava,budapest,bucharest,belgrade,zagreb,ljubljana,istanbul,ankara,tel aviv,
jerusalem,dubai,abu dhabi,doha,riyadh,cairo,lagos,nairobi,johannesburg,cape town,new york,los angeles,san francisco,chicago,houston,dallas,austin,
seattle,boston,denver,atlanta,miami,philadelphia,phoenix,portland,san diego,san jose,detroit,minneapolis,nashville,las vegas,baltimore,pittsburgh,
salt lake city,brooklyn,palo alto,mountain view,toronto,montreal,montréal,vancouver,calgary,ottawa,edmonton,winnipeg,quebec city,halifax,mexico city,
guadalajara,monterrey,são paulo,sao paulo,rio de janeiro,buenos aires,santiago,lima,bogotá,bogota,medellín,medellin,montevideo,tokyo,osaka,kyoto,
yokohama,seoul,busan,beijing,shanghai,shenzhen,guangzhou,hong kong,taipei,singapore,kuala lumpur,bangkok,jakarta,manila,hanoi,ho chi minh city,mumbai,
delhi,new delhi,bangalore,bengaluru,hyderabad,chennai,pune,kolkata,karachi,lahore,sydney,melbourne,brisbane,perth,adelaide,auckland,wellington,
christchurch`.split(/\s*,\s*/));

/** A well-known city name ("Lisbon", "Palo Alto"); capitalised as typed. */
export function isKnownCity(phrase: string): boolean {
  const p = phrase.trim().replace(/[.!?]+$/, '');
  return /^\p{Lu}/u.test(p) && CITIES.has(p.toLowerCase());
}
