import type { CountryTables } from '../../claims/tables.js';

/**
 * Countries as German news names them: nationality adjectives (stems; the engine adds -e/-en/-er/-es/-em),
 * country names with their genitive, capitals standing for governments ("Moskau meldet"), demonyms, the
 * possessive of leaders standing for their armies ("Kims Truppen", "Putins Armee"), and compound prefixes.
 */
export const countries: CountryTables = {
  adjectives: [
    // more countries of wire copy (added with their names below)
    ['thailändisch', 'TH'], ['kambodschanisch', 'KH'], ['nepalesisch', 'NP'], ['bolivianisch', 'BO'], ['kuwaitisch', 'KW'], ['laotisch', 'LA'], ['singapurisch', 'SG'], ['mongolisch', 'MN'], ['guatemaltekisch', 'GT'], ['honduranisch', 'HN'], ['panamaisch', 'PA'], ['angolanisch', 'AO'], ['namibisch', 'NA'], ['omanisch', 'OM'], ['albanisch', 'AL'], ['zyprisch', 'CY'], ['paraguayisch', 'PY'], ['uruguayisch', 'UY'], ['nicaraguanisch', 'NI'], ['madagassisch', 'MG'], ['eritreisch', 'ER'], ['bahrainisch', 'BH'], ['kirgisisch', 'KG'], ['tadschikisch', 'TJ'], ['usbekisch', 'UZ'], ['montenegrinisch', 'ME'], ['luxemburgisch', 'LU'],
    ['nordkoreanisch', 'KP'], ['südkoreanisch', 'KR'], ['koreanisch', 'KR'], ['russisch', 'RU'], ['ukrainisch', 'UA'],
    ['amerikanisch', 'US'], ['us-amerikanisch', 'US'], ['britisch', 'GB'], ['englisch', 'GB'], ['japanisch', 'JP'],
    ['chinesisch', 'CN'], ['deutsch', 'DE'], ['französisch', 'FR'], ['italienisch', 'IT'], ['spanisch', 'ES'],
    ['polnisch', 'PL'], ['belarussisch', 'BY'], ['weißrussisch', 'BY'], ['iranisch', 'IR'], ['israelisch', 'IL'],
    ['palästinensisch', 'PS'], ['syrisch', 'SY'], ['türkisch', 'TR'], ['libanesisch', 'LB'], ['irakisch', 'IQ'],
    ['afghanisch', 'AF'], ['indisch', 'IN'], ['pakistanisch', 'PK'], ['kanadisch', 'CA'], ['australisch', 'AU'],
    ['niederländisch', 'NL'], ['holländisch', 'NL'], ['belgisch', 'BE'], ['österreichisch', 'AT'], ['schweizerisch', 'CH'],
    ['schwedisch', 'SE'], ['finnisch', 'FI'], ['norwegisch', 'NO'], ['dänisch', 'DK'], ['estnisch', 'EE'],
    ['lettisch', 'LV'], ['litauisch', 'LT'], ['rumänisch', 'RO'], ['moldauisch', 'MD'], ['ungarisch', 'HU'],
    ['tschechisch', 'CZ'], ['slowakisch', 'SK'], ['georgisch', 'GE'], ['armenisch', 'AM'], ['aserbaidschanisch', 'AZ'],
    ['kasachisch', 'KZ'], ['jemenitisch', 'YE'], ['saudisch', 'SA'], ['saudi-arabisch', 'SA'], ['ägyptisch', 'EG'],
    ['jordanisch', 'JO'], ['katarisch', 'QA'], ['sudanesisch', 'SD'], ['äthiopisch', 'ET'], ['kongolesisch', 'CD'],
    ['nigerianisch', 'NG'], ['malisch', 'ML'], ['libysch', 'LY'], ['griechisch', 'GR'], ['serbisch', 'RS'],
    ['kosovarisch', 'XK'], ['bosnisch', 'BA'], ['kroatisch', 'HR'], ['taiwanisch', 'TW'], ['vietnamesisch', 'VN'],
    ['mexikanisch', 'MX'], ['brasilianisch', 'BR'], ['venezolanisch', 'VE'], ['kolumbianisch', 'CO'], ['argentinisch', 'AR'],
    ['südafrikanisch', 'ZA'], ['myanmarisch', 'MM'], ['burmesisch', 'MM'], ['philippinisch', 'PH'], ['indonesisch', 'ID'],
    ['tschetschenisch', 'RU'], ['kubanisch', 'CU'], ['haitianisch', 'HT'],
  ],
  names: [
    // more countries of wire copy (and their genitive)
    ['Thailand', 'TH'], ['Thailands', 'TH'], ['Kambodscha', 'KH'], ['Kambodschas', 'KH'], ['Kolumbien', 'CO'], ['Kolumbiens', 'CO'], ['Nepal', 'NP'], ['Nepals', 'NP'], ['Bolivien', 'BO'], ['Boliviens', 'BO'], ['Kuwait', 'KW'], ['Kuwaits', 'KW'], ['Laos', 'LA'], ['Singapur', 'SG'], ['Singapurs', 'SG'], ['Mongolei', 'MN'], ['Mongoleis', 'MN'], ['Guatemala', 'GT'], ['Guatemalas', 'GT'], ['Honduras', 'HN'], ['Panama', 'PA'], ['Panamas', 'PA'], ['Angola', 'AO'], ['Angolas', 'AO'], ['Namibia', 'NA'], ['Namibias', 'NA'], ['Oman', 'OM'], ['Omans', 'OM'], ['Albanien', 'AL'], ['Albaniens', 'AL'], ['Zypern', 'CY'], ['Zyperns', 'CY'], ['Paraguay', 'PY'], ['Paraguays', 'PY'], ['Uruguay', 'UY'], ['Uruguays', 'UY'], ['Nicaragua', 'NI'], ['Nicaraguas', 'NI'], ['Madagaskar', 'MG'], ['Madagaskars', 'MG'], ['Eritrea', 'ER'], ['Eritreas', 'ER'], ['Bahrain', 'BH'], ['Bahrains', 'BH'], ['Kirgistan', 'KG'], ['Kirgistans', 'KG'], ['Tadschikistan', 'TJ'], ['Tadschikistans', 'TJ'], ['Usbekistan', 'UZ'], ['Usbekistans', 'UZ'], ['Montenegro', 'ME'], ['Montenegros', 'ME'], ['Kosovo', 'XK'], ['Kosovos', 'XK'], ['Luxemburg', 'LU'], ['Luxemburgs', 'LU'],
    // countries (and their genitive)
    ['Nordkorea', 'KP'], ['Nordkoreas', 'KP'], ['Südkorea', 'KR'], ['Südkoreas', 'KR'], ['Russland', 'RU'], ['Russlands', 'RU'],
    ['Ukraine', 'UA'], ['Ukraines', 'UA'], ['USA', 'US'], ['Vereinigten Staaten', 'US'], ['Vereinigte Staaten', 'US'], ['Amerika', 'US'], ['Amerikas', 'US'],
    ['Großbritannien', 'GB'], ['Großbritanniens', 'GB'], ['Vereinigtes Königreich', 'GB'], ['Japan', 'JP'], ['Japans', 'JP'],
    ['China', 'CN'], ['Chinas', 'CN'], ['Deutschland', 'DE'], ['Deutschlands', 'DE'], ['Frankreich', 'FR'], ['Frankreichs', 'FR'],
    ['Italien', 'IT'], ['Spanien', 'ES'], ['Polen', 'PL'], ['Polens', 'PL'], ['Belarus', 'BY'], ['Weißrussland', 'BY'],
    ['Iran', 'IR'], ['Irans', 'IR'], ['Israel', 'IL'], ['Israels', 'IL'], ['Syrien', 'SY'], ['Syriens', 'SY'], ['Türkei', 'TR'],
    ['Libanon', 'LB'], ['Libanons', 'LB'], ['Irak', 'IQ'], ['Afghanistan', 'AF'], ['Indien', 'IN'], ['Pakistan', 'PK'],
    ['Kanada', 'CA'], ['Australien', 'AU'], ['Niederlande', 'NL'], ['Belgien', 'BE'], ['Österreich', 'AT'], ['Schweiz', 'CH'],
    ['Schweden', 'SE'], ['Finnland', 'FI'], ['Norwegen', 'NO'], ['Dänemark', 'DK'], ['Estland', 'EE'], ['Lettland', 'LV'],
    ['Litauen', 'LT'], ['Rumänien', 'RO'], ['Moldau', 'MD'], ['Ungarn', 'HU'], ['Tschechien', 'CZ'], ['Georgien', 'GE'],
    ['Armenien', 'AM'], ['Aserbaidschan', 'AZ'], ['Jemen', 'YE'], ['Saudi-Arabien', 'SA'], ['Ägypten', 'EG'], ['Katar', 'QA'],
    ['Sudan', 'SD'], ['Äthiopien', 'ET'], ['Libyen', 'LY'], ['Griechenland', 'GR'], ['Serbien', 'RS'], ['Taiwan', 'TW'],
    ['Gaza', 'PS'], ['Gazastreifen', 'PS'], ['Westjordanland', 'PS'], ['Mexiko', 'MX'], ['Brasilien', 'BR'], ['Venezuela', 'VE'],
    ['Myanmar', 'MM'], ['Kuba', 'CU'], ['Haiti', 'HT'],
    // capitals and seats of power, standing for governments
    ['Pjöngjang', 'KP'], ['Pjöngjangs', 'KP'], ['Seoul', 'KR'], ['Seouls', 'KR'], ['Moskau', 'RU'], ['Moskaus', 'RU'], ['Kreml', 'RU'], ['Kremls', 'RU'],
    ['Kiew', 'UA'], ['Kiews', 'UA'], ['Kyjiw', 'UA'], ['Kyjiws', 'UA'], ['Washington', 'US'], ['Washingtons', 'US'], ['London', 'GB'], ['Londons', 'GB'],
    ['Tokio', 'JP'], ['Tokios', 'JP'], ['Peking', 'CN'], ['Pekings', 'CN'], ['Berlin', 'DE'], ['Berlins', 'DE'], ['Paris', 'FR'],
    ['Warschau', 'PL'], ['Minsk', 'BY'], ['Teheran', 'IR'], ['Teherans', 'IR'], ['Jerusalem', 'IL'], ['Damaskus', 'SY'], ['Ankara', 'TR'],
    ['Beirut', 'LB'], ['Bagdad', 'IQ'], ['Kabul', 'AF'], ['Neu-Delhi', 'IN'], ['Islamabad', 'PK'], ['Ottawa', 'CA'],
  ],
  demonyms: [
    ['Nordkoreaner', 'KP'], ['Nordkoreanern', 'KP'], ['Südkoreaner', 'KR'], ['Südkoreanern', 'KR'], ['Russen', 'RU'], ['Ukrainer', 'UA'], ['Ukrainern', 'UA'],
    ['Amerikaner', 'US'], ['Amerikanern', 'US'], ['Briten', 'GB'], ['Japaner', 'JP'], ['Japanern', 'JP'], ['Chinesen', 'CN'], ['Deutsche', 'DE'], ['Deutschen', 'DE'],
    ['Franzosen', 'FR'], ['Polen', 'PL'], ['Iraner', 'IR'], ['Iranern', 'IR'], ['Israelis', 'IL'], ['Palästinenser', 'PS'], ['Palästinensern', 'PS'],
    ['Syrer', 'SY'], ['Syrern', 'SY'], ['Türken', 'TR'], ['Afghanen', 'AF'], ['Tschetschenen', 'RU'],
  ],
  // leaders' possessives stand for their state's forces
  possessives: [
    ['Kims', 'KP'], ['Putins', 'RU'], ['Selenskyjs', 'UA'], ['Bidens', 'US'], ['Trumps', 'US'], ['Netanjahus', 'IL'], ['Lukaschenkos', 'BY'], ['Xis', 'CN'],
  ],
  prefixes: [
    ['US', 'US'], ['EU', 'EU'], ['UN', 'UN'], ['Nordkorea', 'KP'], ['Südkorea', 'KR'], ['Russland', 'RU'], ['Ukraine', 'UA'],
    ['Kreml', 'RU'], ['Israel', 'IL'], ['Iran', 'IR'], ['China', 'CN'], ['Nato', 'NATO'],
  ],
};
