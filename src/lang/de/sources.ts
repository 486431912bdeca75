import type { SourceTables } from '../../claims/tables.js';
import { firstNames } from './first-names.js';

/**
 * Who can be a source in German news: organisations (with their English canonical name, so that one ministry is
 * one source across languages), roles (an unnamed holder of an `official` role is an anonymous official), media.
 * Patterns are case-sensitive and list the genitive/dative forms.
 */
export const sources: SourceTables = {
  // legal forms and trade words that end a firm's name, and English body words of international bodies named in English
  bodyNameTails: 'GmbH|AG|SE|KG|KGaA|OHG|GbR|eG|Mining|Holding|Holdings|Group|Gruppe|Werke|Logistik|Pharma|Energie|Systems|Solutions|Consulting|Capital|Partners|Invest|Immobilien|Airlines?|Airways|Motors|Shipping|Maritime|Unit|Agency|Council|Committee|Foundation|Institute|Network|Alliance|Federation|Association|Commission|Authority|Office|Watch|International',
  // possessive determiners determine a phrase like an article: "sagte ihr Vorsitzender Álvaro Mendieta"
  definite: ['der', 'die', 'das', 'des', 'dem', 'den', 'dessen', 'deren', 'sein', 'seine', 'seines', 'seinem', 'seinen', 'ihr', 'ihre', 'ihres', 'ihrem', 'ihren'],
  indefinite: ['ein', 'eine', 'einer', 'eines', 'einem', 'einen'],
  negations: ['kein', 'keine', 'keiner', 'keines', 'keinem', 'keinen'],
  adjectiveSkip: ['hochrangig', 'ranghoh', 'ranghöchst', 'hochrangigst', 'ehemalig', 'früher', 'anonym', 'namentlich', 'nicht genannt', 'westlich', 'offiziell', 'zuständig', 'leitend', 'oberst', 'stellvertretend', 'neu', 'amtierend', 'designiert', 'unabhängig', 'verschieden', 'mehrer', 'gut informiert', 'informiert', 'militärisch'],
  organisations: [
    { pattern: 'Verteidigungsministeriums?|Verteidigungsministerien', base: 'Verteidigungsministerium', en: 'Ministry of Defence', kind: 'government' },
    { pattern: 'Außenministeriums?', base: 'Außenministerium', en: 'Foreign Ministry', kind: 'government' },
    { pattern: 'Innenministeriums?', base: 'Innenministerium', en: 'Interior Ministry', kind: 'government' },
    { pattern: 'Gesundheitsministeriums?', base: 'Gesundheitsministerium', en: 'Health Ministry', kind: 'government' },
    { pattern: 'Ministeriums?', base: 'Ministerium', en: 'Ministry', kind: 'government' },
    { pattern: 'Generalstabs?|Generalstabes', base: 'Generalstab', en: 'General Staff', kind: 'government' },
    { pattern: 'Bundesregierung', base: 'Bundesregierung', en: 'German government', kind: 'government', country: 'DE' },
    { pattern: 'Regierung|Staatsführung|Führung', base: 'Regierung', en: 'government', kind: 'government' },
    // the branch a statement comes from is kept (army, air force, navy); the armed forces as a whole are the military
    { pattern: 'Armee|Heeres|Heer|Armeeführung', base: 'Armee', en: 'army', kind: 'government' },
    { pattern: 'Luftwaffe|Luftstreitkräfte[n]?', base: 'Luftwaffe', en: 'air force', kind: 'government' },
    { pattern: 'Marine|Kriegsmarine', base: 'Marine', en: 'navy', kind: 'government' },
    { pattern: 'Streitkräfte[n]?|Militärs?|Militärführung', base: 'Militär', en: 'military', kind: 'government' },
    { pattern: 'Geheimdienste?s?|Geheimdiensten|Militärgeheimdienste?s?|Nachrichtendienste?s?|Auslandsgeheimdienste?s?', base: 'Geheimdienst', en: 'intelligence', kind: 'government' },
    { pattern: 'Behörden?|Behördenvertreter', base: 'Behörden', en: 'authorities', kind: 'government' },
    { pattern: 'Polizei', base: 'Polizei', en: 'police', kind: 'government' },
    // statistics offices: public bodies whose figures are cited like statements ("laut Statistischem Bundesamt")
    { pattern: 'Statistische[snm]? Bundesamte?s?|Destatis', base: 'Statistisches Bundesamt', en: 'Federal Statistical Office', kind: 'government', country: 'DE' },
    { pattern: 'Statistische[snm]? Landesamte?s?', base: 'Statistisches Landesamt', en: 'State Statistical Office', kind: 'government' },
    // federal and state security offices, also known by their letters ("nach BKA-Angaben", "das LKA")
    { pattern: 'Bundeskriminalamte?s?|BKA', base: 'Bundeskriminalamt', en: 'Federal Criminal Police Office', kind: 'government', country: 'DE' },
    { pattern: 'Landeskriminalamte?s?|LKA', base: 'Landeskriminalamt', en: 'State Criminal Police Office', kind: 'government', country: 'DE' },
    { pattern: 'Bundesamte?s? für Verfassungsschutz|Verfassungsschutz(?:es)?|BfV', base: 'Verfassungsschutz', en: 'Office for the Protection of the Constitution', kind: 'government', country: 'DE' },
    { pattern: 'Bundesnachrichtendienste?s?|BND', base: 'Bundesnachrichtendienst', en: 'Federal Intelligence Service', kind: 'government', country: 'DE' },
    { pattern: 'Bundesamte?s? für Migration und Flüchtlinge|BAMF', base: 'Bundesamt für Migration und Flüchtlinge', en: 'Federal Office for Migration and Refugees', kind: 'government', country: 'DE' },
    { pattern: 'Statistik Austria', base: 'Statistik Austria', en: 'Statistics Austria', kind: 'government', country: 'AT' },
    { pattern: 'Eurostat', base: 'Eurostat', en: 'Eurostat', kind: 'organisation', country: 'EU' },
    { pattern: 'Präsidialamte?s?|Präsidentenbüros?', base: 'Präsidialamt', en: "President's Office", kind: 'government' },
    { pattern: 'Kreml|Kremls', base: 'Kreml', en: 'Kremlin', kind: 'government', country: 'RU' },
    { pattern: 'Weiße[n]? Haus(?:es)?', base: 'Weißes Haus', en: 'White House', kind: 'government', country: 'US' },
    { pattern: 'Pentagons?', base: 'Pentagon', en: 'Pentagon', kind: 'government', country: 'US' },
    { pattern: 'Nationale[n]? Sicherheitsrate?s?|Sicherheitsrate?s?', base: 'Sicherheitsrat', en: 'Security Council', kind: 'government' },
    { pattern: 'Vereinte[n]? Nationen|UN|UNO|Uno', base: 'Vereinte Nationen', en: 'United Nations', kind: 'organisation' },
    { pattern: 'UN-Menschenrechtsbüros?|UN-Menschenrechtskommissariats?', base: 'UN-Menschenrechtsbüro', en: 'UN Human Rights Office', kind: 'organisation' },
    { pattern: 'UNHCR|UN-Flüchtlingshilfswerke?s?|Flüchtlingshilfswerke?s?', base: 'UNHCR', en: 'UNHCR', kind: 'organisation' },
    { pattern: 'Nato|NATO', base: 'Nato', en: 'NATO', kind: 'organisation' },
    { pattern: 'EU-Kommission|Europäische[n]? Kommission|Kommission', base: 'EU-Kommission', en: 'European Commission', kind: 'organisation', country: 'EU' },
    { pattern: 'EU|Europäische[n]? Union', base: 'EU', en: 'European Union', kind: 'organisation' },
    { pattern: 'WHO|Weltgesundheitsorganisation', base: 'WHO', en: 'WHO', kind: 'organisation' },
    { pattern: 'WFP|Welternährungsprogramme?s?|UN-Welternährungsprogramme?s?', base: 'WFP', en: 'World Food Programme', kind: 'organisation' },
    { pattern: 'FAO|UN-Ernährungs- und Landwirtschaftsorganisation|Ernährungs- und Landwirtschaftsorganisation', base: 'FAO', en: 'FAO', kind: 'organisation' },
    { pattern: 'Unicef|UNICEF|UN-Kinderhilfswerke?s?', base: 'Unicef', en: 'UNICEF', kind: 'organisation' },
    { pattern: 'OCHA|UN-Nothilfebüros?|UN-Büros? für humanitäre Angelegenheiten', base: 'OCHA', en: 'OCHA', kind: 'organisation' },
    { pattern: 'Rote[n]? Kreuz(?:es)?|IKRK', base: 'Rotes Kreuz', en: 'Red Cross', kind: 'organisation' },
    { pattern: 'Caritas|Caritasverband(?:es|s)?', base: 'Caritas', en: 'Caritas', kind: 'organisation' },
    // German civil-society bodies named without a type noun, which would read as a person's two names ("Pro Asyl")
    { pattern: 'Pro Asyl', base: 'Pro Asyl', en: 'Pro Asyl', kind: 'organisation' },
    { pattern: 'Foodwatch|foodwatch', base: 'Foodwatch', en: 'Foodwatch', kind: 'organisation' },
    { pattern: 'Greenpeace', base: 'Greenpeace', en: 'Greenpeace', kind: 'organisation' },
    { pattern: 'Sea-Watch', base: 'Sea-Watch', en: 'Sea-Watch', kind: 'organisation' },
    { pattern: 'Transparency International', base: 'Transparency International', en: 'Transparency International', kind: 'organisation' },
    { pattern: 'Diakonie', base: 'Diakonie', en: 'Diakonie', kind: 'organisation' },
    { pattern: 'THW|Technische[ns]? Hilfswerke?s?', base: 'THW', en: 'Federal Agency for Technical Relief', kind: 'government', country: 'DE' },
    { pattern: 'Krisenstab(?:e?s)?', base: 'Krisenstab', en: 'crisis team', kind: 'government', members: true },
    // European police and border agencies, named by their own words
    // international agencies, like the UN's, are organisations
    { pattern: 'Europol', base: 'Europol', en: 'Europol', kind: 'organisation', country: 'EU' },
    { pattern: 'Frontex', base: 'Frontex', en: 'Frontex', kind: 'organisation', country: 'EU' },
    { pattern: 'Interpol', base: 'Interpol', en: 'Interpol', kind: 'organisation' },
    { pattern: 'Amnesty International|Amnesty', base: 'Amnesty International', en: 'Amnesty International', kind: 'organisation' },
    { pattern: 'Human Rights Watch', base: 'Human Rights Watch', en: 'Human Rights Watch', kind: 'organisation' },
    { pattern: 'Institute for the Study of War|ISW|Instituts? für Kriegsstudien', base: 'ISW', en: 'Institute for the Study of War', kind: 'organisation' },
    { pattern: 'Hamas', base: 'Hamas', en: 'Hamas', kind: 'organisation' },
    { pattern: 'Hisbollah', base: 'Hisbollah', en: 'Hezbollah', kind: 'organisation' },
    { pattern: 'Internationale[n]? Organisation für Migration|IOM', base: 'IOM', en: 'International Organization for Migration', kind: 'organisation' },
    // not "RSF": the same letters name Sudan's Rapid Support Forces; an unknown acronym stands as its own name
    { pattern: 'Reporter ohne Grenzen', base: 'Reporter ohne Grenzen', en: 'Reporters Without Borders', kind: 'organisation' },
    { pattern: 'Ärzte ohne Grenzen|MSF', base: 'Ärzte ohne Grenzen', en: 'Doctors Without Borders', kind: 'organisation' },
    { pattern: 'Denkfabrik|Thinktanks?|Forschungsinstituts?|Instituts?', base: 'Institut', en: 'institute', kind: 'organisation' },
    { pattern: 'Menschenrechtsorganisation(?:en)?|Hilfsorganisation(?:en)?|Organisation(?:en)?|Beobachtungsstelle|Nichtregierungsorganisation(?:en)?', base: 'Organisation', en: 'organisation', kind: 'organisation' },
    { pattern: 'Statement|Erklärung|Mitteilung|Pressemitteilung|Stellungnahme|Berichts?|Lageberichts?|Jahresberichts?|Dokuments?|Studie|Statistik|Bilanz|Auswertung|Lagebild(?:es|s)?|Analyse|Umfrage|Erhebung|Befragung|Kommuniqué|Papiers?|Positionspapiers?|Prognose|Gutachtens?', base: 'Dokument', en: 'document', kind: 'document' },
    // compounds of a report noun: "Bundeslagebild", "Jahresbilanz", "Kriminalstatistik", "Ausbildungsumfrage"
    { pattern: '\\p{Lu}\\p{Ll}+(?:bilanz|berichts?|lagebild(?:es|s)?|statistik|studie|auswertung|analyse|erhebung|umfrage)', base: 'Dokument', en: 'document', kind: 'document' },
  ],
  roles: [
    { pattern: 'Regierungsvertreter(?:in|innen|s|n)?', base: 'Regierungsvertreter', en: 'government official', official: true },
    { pattern: 'Militärvertreter(?:in|innen|s|n)?', base: 'Militärvertreter', en: 'military official', official: true },
    { pattern: 'Geheimdienstvertreter(?:in|innen|s|n)?|Geheimdienstler(?:in|innen|s|n)?|Geheimdienstmitarbeiter(?:in|innen|s|n)?', base: 'Geheimdienstvertreter', en: 'intelligence official', official: true },
    { pattern: 'Verteidigungsbeamte[rn]?|Verteidigungsbeamtin', base: 'Verteidigungsbeamter', en: 'defense official', official: true },
    { pattern: 'Beamte[rn]?|Beamtin|Regierungsbeamte[rn]?|Militärbeamte[rn]?|Offizielle[rn]?|Funktionär(?:e|en|in)?|Amtsträger(?:in|innen|s|n)?', base: 'Beamter', en: 'official', official: true },
    { pattern: 'Diplomat(?:en|in)?', base: 'Diplomat', en: 'diplomat', official: true },
    { pattern: 'Offizier(?:e|en|s|in)?|Militärangehörige[rn]?|Oberst(?:en|s)?|Oberstleutnant(?:s)?|Major(?:s|in)?|Hauptmann|Leutnant(?:s)?|Brigadegeneral(?:s)?|Generalmajor(?:s)?|Generalleutnant(?:s)?', base: 'Offizier', en: 'officer', official: true },
    { pattern: 'Mitglied(?:s|er|ern)?', base: 'Mitglied', en: 'member', official: true },
    { pattern: 'Mitarbeiter(?:in|s|n)?', base: 'Mitarbeiter', en: 'staff member', official: true },
    { pattern: 'Vertreter(?:in|s|n)?', base: 'Vertreter', en: 'official', official: true },
    { pattern: 'Kremlsprecher(?:in|s)?', base: 'Kremlsprecher', en: 'Kremlin spokesman' },
    { pattern: 'Sprecher(?:in|s|n)?|Pressesprecher(?:in|s)?|Regierungssprecher(?:in|s)?|Armeesprecher(?:in|s)?|Militärsprecher(?:in|s)?', base: 'Sprecher', en: 'spokesperson' },
    { pattern: 'Präsident(?:in|en)?|Staatspräsident(?:in|en)?|Staatschef(?:in|s)?', base: 'Präsident', en: 'president' },
    { pattern: 'Kanzler(?:in|s)?|Bundeskanzler(?:in|s)?|Premierminister(?:in|s)?|Ministerpräsident(?:in|en)?|Regierungschef(?:in|s)?', base: 'Regierungschef', en: 'head of government' },
    { pattern: 'Verteidigungsminister(?:in|s)?', base: 'Verteidigungsminister', en: 'defence minister' },
    { pattern: 'Außenminister(?:in|s)?', base: 'Außenminister', en: 'foreign minister' },
    { pattern: 'Minister(?:in|s)?|Innenminister(?:in|s)?', base: 'Minister', en: 'minister' },
    { pattern: 'Oberbefehlshaber(?:in|s)?|Generalstabschef(?:in|s)?|Armeechef(?:in|s)?|General(?:in|s|e|en)?|Kommandeur(?:in|s|e)?|Befehlshaber(?:in|s)?', base: 'Befehlshaber', en: 'commander' },
    { pattern: 'Gouverneur(?:in|s|e)?|Militärgouverneur(?:in|s)?|Bürgermeister(?:in|s)?|Regionalgouverneur(?:in|s)?|Verwaltungschef(?:in|s)?|Oberbürgermeister(?:in|s)?|Landrat(?:s)?|Landrätin|Präfekt(?:in|en)?|Landeshauptmann|Landeshauptfrau', base: 'Gouverneur', en: 'governor' },
    { pattern: 'Botschafter(?:in|s)?', base: 'Botschafter', en: 'ambassador' },
    // commissioners of a government or parliament, also as compounds: "der Drogenbeauftragte", "die Wehrbeauftragte"
    { pattern: 'Beauftragte[rn]?|Bundesbeauftragte[rn]?', base: 'Beauftragter', en: 'commissioner', official: true },
    // offices of local public safety and justice, named before their holder ("Kreisbrandmeister Uwe Kastner")
    { pattern: 'Einsatzleiter(?:in|s)?|Kreisbrandmeister(?:in|s)?|Stadtbrandmeister(?:in|s)?|Brandmeister(?:in|s)?|Kreisbrandrat(?:s)?|Kreisbrandrätin|Wehrführer(?:in|s)?|Feuerwehrchef(?:in|s)?', base: 'Einsatzleiter', en: 'incident commander' },
    { pattern: 'Staatsanwalt(?:s)?|Staatsanwältin|Oberstaatsanwalt(?:s)?|Oberstaatsanwältin|Generalstaatsanwalt(?:s)?|Generalstaatsanwältin|Gerichtssprecher(?:in|s)?', base: 'Staatsanwalt', en: 'prosecutor' },
    // "die Karlsruher Richter", "die Richter des Landgerichts": judges as a group speak for their court
    { pattern: 'Richter(?:in|innen|s|n)?', base: 'Richter', en: 'judge', group: 'Richter|Richtern|Richterinnen', groupKind: 'government' },
    { pattern: 'Amtsarzt(?:es)?|Amtsärztin|Kreisarzt|Kreisärztin', base: 'Amtsarzt', en: 'public health officer' },
    // board members and managers speak for their company ("Finanzvorstand Petra Lüdke"); a bare "Vorstand" is the board
    { pattern: '(?:Finanz|Personal|Vertriebs|Technik|Technologie|Produktions|Einkaufs|Konzern|Bahn|Infrastruktur|Digital)vorstand(?:s)?|Vorstandsmitglied(?:s)?|Vorstandschef(?:in|s)?|Vorstandsvorsitzende[rn]?|Geschäftsführer(?:in|s)?|Hauptgeschäftsführer(?:in|s)?', base: 'Vorstand', en: 'executive' },
    { pattern: 'Berater(?:in|s)?|Sicherheitsberater(?:in|s)?', base: 'Berater', en: 'adviser' },
    // experts speak for themselves, not for a state: unnamed ones are people, never anonymous officials; as a group
    // ("die Forscher" after "Das Institut …") they speak for the body named before
    { pattern: 'Experte[n]?|Expertin|Analyst(?:en|in)?|Militärexperte[n]?|Militäranalyst(?:en|in)?|Forscher(?:in|innen|s|n)?|Ökonom(?:en|in)?|Volkswirt(?:in|e|en)?|Wissenschaftler(?:in|innen|s|n)?|Fachleute[n]?', base: 'Experte', en: 'expert', private: true,
      group: 'Forscher|Forschern|Wissenschaftler|Wissenschaftlern|Experten|Fachleute|Fachleuten', groupBody: 'institut|universität|hochschule|zentrum|forschung|akademie|klinik|amt|stiftung|gesellschaft|RKI' },
    { pattern: 'Statistiker(?:in|innen|s|n)?', base: 'Statistiker', en: 'statistician', private: true, group: 'Statistiker|Statistikern', groupBody: 'amt|statisti|Destatis|Eurostat|institut|RKI' },
    // "beziffern die Ermittler den Schaden": investigators as a group are the investigating side, a body of their own;
    // one investigator ("ein Ermittler", "der Ermittler Hans Rau") is a person
    { pattern: 'Ermittler(?:in|innen|s|n)?|Zollfahnder(?:in|innen|s|n)?|Steuerfahnder(?:in|innen|s|n)?|Fahnder(?:in|innen|s|n)?', base: 'Ermittler', en: 'investigator', official: true,
      group: 'Ermittler|Ermittlern|Zollfahnder|Zollfahndern|Steuerfahnder|Steuerfahndern|Fahnder|Fahndern', groupKind: 'government' },
    { pattern: 'Chef(?:in|s)?|Leiter(?:in|s)?|Vorsitzende[rn]?|Direktor(?:in|s)?', base: 'Leiter', en: 'head' },
    // a doctor of a hospital or the emergency service: an unnamed one goes by the office, "doctor (anonymous)"
    { pattern: 'Arzt(?:es)?|Ärztin|Chefarzt(?:es)?|Chefärztin|Notarzt(?:es)?|Notärztin|Oberarzt(?:es)?|Oberärztin', base: 'Arzt', en: 'doctor' },
    // staff of a hospital or a school speak from their post like a doctor: unnamed, "nurse (anonymous)", "teacher (anonymous)"
    { pattern: 'Krankenpfleger(?:in|s)?|Pfleger(?:in|s)?|Krankenschwester|Sanitäter(?:in|s)?', base: 'Pfleger', en: 'nurse' },
    { pattern: 'Lehrer(?:in|s)?|Lehrkraft|Schulleiter(?:in|s)?', base: 'Lehrer', en: 'teacher' },
    { pattern: 'Koordinator(?:in|s|en)?|Nothilfekoordinator(?:in|s)?|Einsatzkoordinator(?:in|s)?|Projektkoordinator(?:in|s)?', base: 'Koordinator', en: 'coordinator' },
    { pattern: 'Abgeordnete[rn]?|Politiker(?:in|s)?|Senator(?:in|s)?', base: 'Politiker', en: 'politician' },
    { pattern: 'Diktator(?:s)?|Machthaber(?:s)?|Führer(?:s)?', base: 'Machthaber', en: 'leader' },
    // a reporter of a named outlet speaks for the outlet ("ein Reporter des NDR beobachtete")
    { pattern: 'Reporter(?:in|innen|s|n)?|Korrespondent(?:in|innen|en)?', base: 'Reporter', en: 'reporter' },
  ],
  media: [
    // media named by what they are: "berichteten Staatsmedien", "meldete das Staatsfernsehen"
    ['Staatsmedien', 'state media'], ['Staatsfernsehen', 'state television'], ['Staatsfernsehens', 'state television'],
    ['New York Times', 'New York Times'], ['NYT', 'New York Times'], ['Washington Post', 'Washington Post'], ['Wall Street Journal', 'Wall Street Journal'],
    ['Financial Times', 'Financial Times'], ['Guardian', 'The Guardian'], ['BBC', 'BBC'], ['CNN', 'CNN'], ['Reuters', 'Reuters'],
    ['Associated Press', 'Associated Press'], ['AP', 'Associated Press'], ['AFP', 'AFP'], ['dpa', 'dpa'], ['Deutsche Presse-Agentur', 'dpa'],
    ['Bloomberg', 'Bloomberg'], ['Kyiv Independent', 'Kyiv Independent'], ['Kyiv Post', 'Kyiv Post'], ['Ukrainska Pravda', 'Ukrainska Pravda'],
    ['Militarnyi', 'Militarnyi'], ['France24', 'France 24'], ['France 24', 'France 24'], ['Al Jazeera', 'Al Jazeera'], ['Tass', 'TASS'], ['TASS', 'TASS'],
    ['Interfax', 'Interfax'], ['RIA Nowosti', 'RIA Novosti'], ['Yonhap', 'Yonhap'], ['KCNA', 'KCNA'], ['KCNA', 'KCNA'], ['Spiegel', 'Der Spiegel'],
    ['NDR', 'NDR'], ['WDR', 'WDR'], ['MDR', 'MDR'], ['SWR', 'SWR'], ['rbb', 'rbb'], ['RBB', 'rbb'], ['Deutschlandfunk', 'Deutschlandfunk'],
    ['Bild', 'Bild'], ['FAZ', 'FAZ'], ['Süddeutsche Zeitung', 'Süddeutsche Zeitung'], ['Zeit', 'Die Zeit'], ['ARD', 'ARD'], ['ZDF', 'ZDF'],
    ['Tagesschau', 'Tagesschau'], ['Politico', 'Politico'], ['Axios', 'Axios'], ['Times', 'The Times'], ['Economist', 'The Economist'],
    // media named only by what they are: "italienische Medien berichteten" (a country adjective makes "Italian media")
    ['Medien', 'media'],
    ['Meduza', 'Meduza'], ['Mediazona', 'Mediazona'], ['Kommersant', 'Kommersant'], ['Nikkei', 'Nikkei'], ['NHK', 'NHK'], ['Newsweek', 'Newsweek'],
  ],
  // "Auslandssender", "Fachmedien", "Lokalzeitung"; not -agentur ("Arbeitsagentur" is a public body) nor -blatt ("Merkblatt")
  mediaSuffixes: ['sender', 'senders', 'zeitung', 'medien', 'magazin', 'magazins', 'portal', 'portals', 'fernsehen', 'fernsehens', 'rundfunk', 'rundfunks'],
  mediaNouns: ['Zeitung', 'Sender', 'Senders', 'Nachrichtenagentur', 'Agentur', 'Portal', 'Portals', 'Nachrichtenportal', 'Magazin', 'Magazins', 'Blatt', 'Blattes', 'Fernsehsender', 'Staatsmedien', 'Medien', 'Medienberichte', 'Onlineportal', 'Newsportal', 'Telegram-Kanal', 'Kanal'],
  // the names of the people most often in the news, then the broad table of common given names
  firstNames: [
    'Wolodymyr', 'Volodymyr', 'Wladimir', 'Vladimir', 'Dmitri', 'Dmitrij', 'Dmitry', 'Maria', 'Sergej', 'Sergei', 'Sergey', 'Andrij', 'Andriy', 'Oleksandr', 'Olexander',
    'Alexander', 'Alexej', 'Alexei', 'Kyrylo', 'Ihor', 'Igor', 'Denys', 'Dmytro', 'Mychajlo', 'Mykhailo', 'Olaf', 'Boris', 'Friedrich', 'Annalena', 'Robert', 'Emmanuel',
    'Joe', 'Donald', 'Antony', 'Lloyd', 'John', 'Jake', 'Kamala', 'Mark', 'Jens', 'Ursula', 'Kaja', 'Keir', 'Rishi', 'David', 'Yoon', 'Kim', 'Shigeru', 'Fumio',
    'Benjamin', 'Joav', 'Yoav', 'Recep', 'Xi', 'Antonio', 'António', 'Pete', 'Marco', 'Michael', 'Peter', 'Thomas', 'Christian', 'Karl', 'Ralf', 'Carlo', 'Markus',
    'Nancy', 'Christoph', 'Lars', 'Heiko', 'Gustav', 'Rustem', 'Walerij', 'Valerii', 'Kirill', 'Jewgeni', 'Jewgenij', 'Ramsan', 'Alexandr', 'Pawlo', 'Andrzej', 'Donald',
    ...firstNames,
  ],
  anonymous: [
    // also compounds naming where the source sits: "Sicherheitsquellen", "Regierungsquellen", "Militärquelle"
    ['(?:\\p{Lu}\\p{Ll}+)?[Qq]uellen', 'sources'], ['(?:\\p{Lu}\\p{Ll}+)?[Qq]uelle', 'source'], ['Kreise[n]?', 'sources'],
    // "aus Regierungskreisen", "in Sicherheitskreisen": the circle names who they are, in the article's own word (''
    // = named by the word itself, as its readers know it: "Justizkreise (anonymous)")
    ['(?:Regierungs|Militär|Sicherheits|Geheimdienst|Diplomaten|Justiz|Koalitions|Fraktions|Partei|Ermittler|Polizei|Verhandlungs|Branchen|Unternehmens|Verwaltungs|Ministeriums|Armee|Nato|EU|Kreml)-?[Kk]reise[n]?', ''],
    ['Insider[n]?', 'insider'], ['Informanten', 'informants'],
  ],
  genitives: ['des', 'der', 'von', 'vom', 'aus'],
  adjective: '[\\p{Ll}][\\p{L}-]*(?:e|en|er|es|em)',
  notAdjectives: [],
  complementPrepositions: ['für'],
  listCoordinators: ['und', 'sowie'],
  // a bare "das Bündnis", "die Gruppe", "der Organisation" refers back to the last body of its type, not the last body
  bodyTypes: [
    { type: 'alliance', nouns: '(?:Militär|Verteidigungs)?[Bb]ündnis(?:ses)?|Allianz', marks: '(?<![\\p{L}])(?:Nato|NATO)(?![\\p{L}])|bündnis|Allianz' },
    { type: 'group', nouns: '(?:Terror|Rebellen|Islamisten|Dschihadisten|Extremisten)?[Gg]ruppe|Gruppierung|(?:Terror)?[Mm]iliz|Bande', marks: 'gruppe|gruppierung|miliz|Bande|rebellen|(?<![\\p{L}])(?:Hamas|Hisbollah|Taliban|Huthi|Al-Schabab|Boko Haram|JNIM|M23)(?![\\p{L}])' },
    { type: 'ngo', nouns: '(?:Hilfs|Menschenrechts|Nichtregierungs)?[Oo]rganisation|(?:Kinder)?[Hh]ilfswerke?s?', marks: 'organisation|hilfswerk|Ärzte ohne Grenzen|Caritas|Pro Asyl|Foodwatch|Greenpeace|Sea-Watch|Transparency|Diakonie|Rote[ns]? Kreuz|Roter Halbmond|Amnesty|Human Rights Watch|Oxfam|Save the Children|Unicef|UNICEF|WFP|UNHCR|IOM|Welternährungsprogramm|Seenotrett|verband|verein|stiftung|(?<![\\p{L}])\\p{Lu}\\p{Ll}*bund(?![\\p{L}])' },
    { type: 'company', nouns: 'Unternehmens?|Konzern(?:e?s)?|Firma|Betreiber(?:s)?|Hersteller(?:s)?|Versorger(?:s)?|Autobauer(?:s)?', marks: 'unternehmen|konzern|firma|betreiber|hersteller|versorger|(?<![\\p{L}])Gesellschaft|reederei|werke(?![\\p{L}])|(?<![\\p{L}])(?:AG|GmbH|SE|KG|Ltd|Inc|Mining|Holding|Group|Logistik|Pharma)(?![\\p{L}])' },
    { type: 'authority', nouns: 'Behörde', marks: 'behörde|amt(?:e?s)?(?![\\p{L}])|ämter|ministerium|staatsanwaltschaft|polizei|präsidium|verwaltung|direktion|Küstenwache|kreis(?![\\p{L}])|Regierung' },
    { type: 'union', nouns: 'Gewerkschaft', marks: 'gewerkschaft|(?<![\\p{L}])(?:Verdi|IG Metall|GdP|GDL|GEW|DGB|EVG)(?![\\p{L}])' },
    { type: 'institute', nouns: '(?:Forschungs)?[Ii]nstituts?|Institutes', marks: 'institut|Infratest|Forsa|(?<![\\p{L}])(?:Ifo|IfW|DIW|RKI|IW)(?![\\p{L}])' },
    { type: 'association', nouns: 'Verband(?:e?s)?|Verein(?:e?s)?', marks: 'verband|verein|(?<![\\p{L}])\\p{Lu}\\p{Ll}*bund(?![\\p{L}])' },
  ],
  pluralBodies: 'Behörden|Organisationen|Hilfsorganisationen|Gruppen|Milizen|Konzerne|Gewerkschaften|Verbände|Institute',
  ageNoun: '\\d{1,3}-[Jj]ährige[rn]?',
  bodyCounters: 'beide|beiden|zwei|drei|vier|fünf|sechs',
};
