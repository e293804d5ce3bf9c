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
christchurch,curitiba,porto alegre,belo horizonte,recife,fortaleza,brasília,brasilia,campinas,florianópolis,florianopolis,córdoba,cordoba,
rosario,mendoza,valparaíso,valparaiso,quito,guayaquil,caracas,panama city,san josé,havana,santo domingo,puebla,tijuana,cancún,cancun,mérida,merida,
umeå,umea,uppsala,linköping,tampere,turku,oulu,stavanger,trondheim,odense,aalborg,tartu,kaunas,lodz,łódź,katowice,szczecin,lublin,ostrava,plzeň,
košice,debrecen,cluj-napoca,cluj,timișoara,iași,plovdiv,varna,skopje,sarajevo,podgorica,tirana,rijeka,novi sad,izmir,bursa,antalya,
nicosia,limassol,valletta,beirut,amman,haifa,kuwait city,manama,muscat,jeddah,sharjah,casablanca,marrakesh,rabat,tunis,algiers,accra,abuja,
kano,dakar,addis ababa,kampala,kigali,dar es salaam,mombasa,lusaka,harare,gaborone,windhoek,maputo,luanda,durban,pretoria,port elizabeth,
tehran,baghdad,kabul,islamabad,dhaka,chittagong,colombo,kathmandu,ahmedabad,jaipur,lucknow,kochi,surat,indore,chandigarh,goa,coimbatore,
almaty,astana,tashkent,baku,tbilisi,yerevan,kyiv,kiev,lviv,odesa,kharkiv,minsk,moscow,saint petersburg,st petersburg,novosibirsk,
hcmc,saigon,ho chi minh,da nang,phnom penh,vientiane,yangon,cebu,davao,surabaya,bandung,denpasar,bali,penang,johor bahru,chiang mai,phuket,
kaohsiung,taichung,incheon,daegu,nagoya,sapporo,fukuoka,kobe,hiroshima,sendai,chengdu,chongqing,hangzhou,nanjing,wuhan,xi'an,tianjin,suzhou,
xiamen,macau,ulaanbaatar,gold coast,canberra,hobart,newcastle,geelong,dunedin,tauranga,queenstown,suva,
marseilles,strasbourg,montpellier,rennes,grenoble,nancy,dijon,reims,le havre,essen,dortmund,bonn,mannheim,karlsruhe,münster,munster,aachen,
freiburg,heidelberg,potsdam,kiel,lübeck,rostock,mainz,wiesbaden,augsburg,regensburg,würzburg,linz,innsbruck,klagenfurt,lucerne,luzern,lugano,
st. gallen,winterthur,liège,liege,leuven,bruges,charleroi,namur,the hague,den haag,groningen,maastricht,haarlem,delft,leiden,arnhem,nijmegen,
tilburg,breda,zaragoza,palma,las palmas,alicante,granada,murcia,valladolid,vigo,gijón,san sebastián,pamplona,santander,coimbra,braga,faro,
funchal,palermo,catania,bari,verona,padua,padova,trieste,brescia,bergamo,modena,parma,pisa,siena,perugia,cagliari,lecce,salerno,monaco,
aberdeen,dundee,inverness,swansea,exeter,plymouth,southampton,portsmouth,leicester,coventry,norwich,
milton keynes,bournemouth,limerick,waterford,kilkenny,gothenburg,göteborg,västerås,örebro,helsingborg,espoo,vantaa,drammen,kristiansand,
raleigh,orlando,tampa,jacksonville,columbus,cleveland,cincinnati,indianapolis,milwaukee,kansas city,st. louis,st louis,
new orleans,memphis,louisville,oklahoma city,tulsa,albuquerque,tucson,sacramento,oakland,fresno,long beach,honolulu,anchorage,boise,spokane,
omaha,des moines,ann arbor,buffalo,rochester,albany,hartford,norfolk,charleston,birmingham,santa monica,
berkeley,santa barbara,scottsdale,el paso,fort worth,san antonio,boulder,cambridge,burlington,kelowna,saskatoon,kitchener,
waterloo,london,mississauga,laval,gatineau,sherbrooke,st. john's`.split(/\s*,\s*/));

/** A well-known city name ("Lisbon", "Palo Alto"); capitalised as typed. */
// Cities that are also everyday English words: a city only when capitalised.
const WORDLIKE = new Set(['nice', 'reading', 'bath', 'split', 'york', 'victoria', 'hamilton', 'durham', 'charlotte', 'regina', 'phoenix', 'mobile',
  'salvador', 'sofia', 'santiago', 'providence', 'richmond', 'buffalo', 'madison', 'derby', 'hull', 'darwin', 'goa', 'bali', 'cork', 'lima', 'victoria']);

/** A well-known city name ("Lisbon", "Palo Alto"); lower case too, unless it is also an everyday word ("nice"). */
export function isKnownCity(phrase: string): boolean {
  const p = phrase.trim().replace(/[.!?]+$/, '').toLowerCase();
  return CITIES.has(p) && (/^\p{Lu}/u.test(phrase.trim()) || !WORDLIKE.has(p));
}

// Cities of the United States and Canada, where a two-letter code after the city is a state or province
// ("Portland, OR"); elsewhere the same letters are a country ("Rotterdam, NL", "Lyon, FR").
const NORTH_AMERICA = new Set(`new york,los angeles,san francisco,chicago,houston,dallas,austin,seattle,boston,denver,atlanta,miami,philadelphia,
phoenix,portland,san diego,san jose,detroit,minneapolis,nashville,las vegas,baltimore,pittsburgh,salt lake city,brooklyn,palo alto,mountain view,
toronto,montreal,montréal,vancouver,calgary,ottawa,edmonton,winnipeg,quebec city,halifax,raleigh,orlando,tampa,jacksonville,
columbus,cleveland,cincinnati,indianapolis,milwaukee,kansas city,st. louis,st louis,new orleans,memphis,louisville,oklahoma city,tulsa,albuquerque,
tucson,sacramento,oakland,fresno,long beach,honolulu,anchorage,boise,spokane,omaha,des moines,ann arbor,buffalo,rochester,albany,hartford,
norfolk,charleston,santa monica,berkeley,santa barbara,scottsdale,el paso,fort worth,san antonio,boulder,burlington,
kelowna,saskatoon,kitchener,waterloo,mississauga,laval,gatineau,sherbrooke,st. john's`.split(/\s*,\s*/));

export function isNorthAmericanCity(phrase: string): boolean {
  return NORTH_AMERICA.has(phrase.trim().replace(/[.,!?]+$/, '').toLowerCase());
}
