import type { CountryTables } from '../../claims/tables.js';

/** Countries as English news names them: adjectives (also two-word: "North Korean"), names, capitals, demonyms. */
export const countries: CountryTables = {
  adjectives: [
    // more countries of wire copy (added with their names below)
    ['cambodian', 'KH'], ['laotian', 'LA'], ['singaporean', 'SG'], ['mongolian', 'MN'], ['bolivian', 'BO'], ['paraguayan', 'PY'], ['uruguayan', 'UY'], ['guatemalan', 'GT'], ['honduran', 'HN'], ['nicaraguan', 'NI'], ['panamanian', 'PA'], ['angolan', 'AO'], ['namibian', 'NA'], ['malagasy', 'MG'], ['eritrean', 'ER'], ['kuwaiti', 'KW'], ['bahraini', 'BH'], ['omani', 'OM'], ['kyrgyz', 'KG'], ['tajik', 'TJ'], ['uzbekistani', 'UZ'], ['cypriot', 'CY'], ['albanian', 'AL'], ['montenegrin', 'ME'], ['kosovar', 'XK'], ['luxembourgish', 'LU'],
    ['north korean', 'KP'], ['south korean', 'KR'], ['korean', 'KR'], ['russian', 'RU'], ['ukrainian', 'UA'], ['american', 'US'], ['u.s.', 'US'], ['us', 'US'],
    ['british', 'GB'], ['japanese', 'JP'], ['chinese', 'CN'], ['german', 'DE'], ['french', 'FR'], ['italian', 'IT'], ['spanish', 'ES'], ['polish', 'PL'],
    ['belarusian', 'BY'], ['iranian', 'IR'], ['israeli', 'IL'], ['palestinian', 'PS'], ['syrian', 'SY'], ['turkish', 'TR'], ['lebanese', 'LB'], ['iraqi', 'IQ'],
    ['afghan', 'AF'], ['indian', 'IN'], ['pakistani', 'PK'], ['canadian', 'CA'], ['australian', 'AU'], ['dutch', 'NL'], ['belgian', 'BE'], ['austrian', 'AT'],
    ['swiss', 'CH'], ['swedish', 'SE'], ['finnish', 'FI'], ['norwegian', 'NO'], ['danish', 'DK'], ['estonian', 'EE'], ['latvian', 'LV'], ['lithuanian', 'LT'],
    ['romanian', 'RO'], ['moldovan', 'MD'], ['hungarian', 'HU'], ['czech', 'CZ'], ['slovak', 'SK'], ['georgian', 'GE'], ['armenian', 'AM'], ['azerbaijani', 'AZ'],
    ['yemeni', 'YE'], ['saudi', 'SA'], ['egyptian', 'EG'], ['jordanian', 'JO'], ['qatari', 'QA'], ['sudanese', 'SD'], ['ethiopian', 'ET'], ['libyan', 'LY'],
    ['greek', 'GR'], ['serbian', 'RS'], ['taiwanese', 'TW'], ['mexican', 'MX'], ['brazilian', 'BR'], ['venezuelan', 'VE'], ['chechen', 'RU'], ['cuban', 'CU'],
    // Africa, Asia, the Americas and the rest of Europe, as English wire copy names them
    ['nigerian', 'NG'], ['kenyan', 'KE'], ['south african', 'ZA'], ['ghanaian', 'GH'], ['somali', 'SO'], ['ugandan', 'UG'], ['tanzanian', 'TZ'],
    ['rwandan', 'RW'], ['congolese', 'CD'], ['malian', 'ML'], ['nigerien', 'NE'], ['burkinabe', 'BF'], ['senegalese', 'SN'], ['cameroonian', 'CM'],
    ['zimbabwean', 'ZW'], ['mozambican', 'MZ'], ['malawian', 'MW'], ['zambian', 'ZM'], ['algerian', 'DZ'], ['moroccan', 'MA'], ['tunisian', 'TN'],
    ['south sudanese', 'SS'], ['filipino', 'PH'], ['philippine', 'PH'], ['indonesian', 'ID'], ['thai', 'TH'], ['vietnamese', 'VN'], ['bangladeshi', 'BD'],
    ['sri lankan', 'LK'], ['nepali', 'NP'], ['nepalese', 'NP'], ['malaysian', 'MY'], ['burmese', 'MM'], ['argentine', 'AR'], ['argentinian', 'AR'],
    ['chilean', 'CL'], ['colombian', 'CO'], ['peruvian', 'PE'], ['ecuadorian', 'EC'], ['haitian', 'HT'], ['portuguese', 'PT'], ['irish', 'IE'],
    ['bulgarian', 'BG'], ['croatian', 'HR'], ['slovenian', 'SI'], ['icelandic', 'IS'], ['new zealand', 'NZ'], ['kazakh', 'KZ'], ['uzbek', 'UZ'],
  ],
  names: [
    // more countries of wire copy
    ['Cambodia', 'KH'], ['Laos', 'LA'], ['Singapore', 'SG'], ['Mongolia', 'MN'], ['Bolivia', 'BO'], ['Paraguay', 'PY'], ['Uruguay', 'UY'], ['Guatemala', 'GT'], ['Honduras', 'HN'], ['Nicaragua', 'NI'], ['Panama', 'PA'], ['Angola', 'AO'], ['Namibia', 'NA'], ['Madagascar', 'MG'], ['Eritrea', 'ER'], ['Kuwait', 'KW'], ['Bahrain', 'BH'], ['Oman', 'OM'], ['Kyrgyzstan', 'KG'], ['Tajikistan', 'TJ'], ['Uzbekistan', 'UZ'], ['Cyprus', 'CY'], ['Albania', 'AL'], ['Montenegro', 'ME'], ['Kosovo', 'XK'], ['Luxembourg', 'LU'], ['Phnom Penh', 'KH'], ['Vientiane', 'LA'],
    ['North Korea', 'KP'], ['South Korea', 'KR'], ['Russia', 'RU'], ['Ukraine', 'UA'], ['United States', 'US'], ['U.S.', 'US'], ['US', 'US'], ['USA', 'US'], ['America', 'US'],
    ['Britain', 'GB'], ['United Kingdom', 'GB'], ['UK', 'GB'], ['Japan', 'JP'], ['China', 'CN'], ['Germany', 'DE'], ['France', 'FR'], ['Italy', 'IT'], ['Spain', 'ES'],
    ['Poland', 'PL'], ['Belarus', 'BY'], ['Iran', 'IR'], ['Israel', 'IL'], ['Syria', 'SY'], ['Turkey', 'TR'], ['Türkiye', 'TR'], ['Lebanon', 'LB'], ['Iraq', 'IQ'],
    ['Afghanistan', 'AF'], ['India', 'IN'], ['Pakistan', 'PK'], ['Canada', 'CA'], ['Australia', 'AU'], ['Netherlands', 'NL'], ['Belgium', 'BE'], ['Austria', 'AT'],
    ['Switzerland', 'CH'], ['Sweden', 'SE'], ['Finland', 'FI'], ['Norway', 'NO'], ['Denmark', 'DK'], ['Estonia', 'EE'], ['Latvia', 'LV'], ['Lithuania', 'LT'],
    ['Romania', 'RO'], ['Moldova', 'MD'], ['Hungary', 'HU'], ['Georgia', 'GE'], ['Armenia', 'AM'], ['Azerbaijan', 'AZ'], ['Yemen', 'YE'], ['Saudi Arabia', 'SA'],
    ['Egypt', 'EG'], ['Qatar', 'QA'], ['Sudan', 'SD'], ['Ethiopia', 'ET'], ['Libya', 'LY'], ['Greece', 'GR'], ['Serbia', 'RS'], ['Taiwan', 'TW'], ['Gaza', 'PS'],
    ['Mexico', 'MX'], ['Brazil', 'BR'], ['Venezuela', 'VE'], ['Myanmar', 'MM'], ['Cuba', 'CU'],
    ['Nigeria', 'NG'], ['Kenya', 'KE'], ['South Africa', 'ZA'], ['Ghana', 'GH'], ['Somalia', 'SO'], ['Uganda', 'UG'], ['Tanzania', 'TZ'], ['Rwanda', 'RW'],
    ['Mali', 'ML'], ['Burkina Faso', 'BF'], ['Senegal', 'SN'], ['Cameroon', 'CM'], ['Zimbabwe', 'ZW'], ['Mozambique', 'MZ'], ['Malawi', 'MW'],
    ['Zambia', 'ZM'], ['Algeria', 'DZ'], ['Morocco', 'MA'], ['Tunisia', 'TN'], ['South Sudan', 'SS'], ['Philippines', 'PH'], ['Indonesia', 'ID'],
    ['Thailand', 'TH'], ['Vietnam', 'VN'], ['Bangladesh', 'BD'], ['Sri Lanka', 'LK'], ['Nepal', 'NP'], ['Malaysia', 'MY'], ['Argentina', 'AR'],
    ['Chile', 'CL'], ['Colombia', 'CO'], ['Peru', 'PE'], ['Ecuador', 'EC'], ['Haiti', 'HT'], ['Portugal', 'PT'], ['Ireland', 'IE'], ['Bulgaria', 'BG'],
    ['Croatia', 'HR'], ['Slovenia', 'SI'], ['Iceland', 'IS'], ['New Zealand', 'NZ'], ['Kazakhstan', 'KZ'], ['Papua New Guinea', 'PG'],
    ['Abuja', 'NG'], ['Nairobi', 'KE'], ['Pretoria', 'ZA'], ['Manila', 'PH'], ['Jakarta', 'ID'], ['Bangkok', 'TH'], ['Hanoi', 'VN'], ['Dhaka', 'BD'],
    ['Pyongyang', 'KP'], ['Seoul', 'KR'], ['Moscow', 'RU'], ['Kremlin', 'RU'], ['Kyiv', 'UA'], ['Kiev', 'UA'], ['Washington', 'US'], ['London', 'GB'], ['Tokyo', 'JP'],
    ['Beijing', 'CN'], ['Berlin', 'DE'], ['Paris', 'FR'], ['Warsaw', 'PL'], ['Minsk', 'BY'], ['Tehran', 'IR'], ['Jerusalem', 'IL'], ['Damascus', 'SY'], ['Ankara', 'TR'],
    ['Beirut', 'LB'], ['Baghdad', 'IQ'], ['Kabul', 'AF'], ['New Delhi', 'IN'], ['Islamabad', 'PK'], ['Ottawa', 'CA'],
  ],
  demonyms: [
    ['North Koreans', 'KP'], ['South Koreans', 'KR'], ['Russians', 'RU'], ['Ukrainians', 'UA'], ['Americans', 'US'], ['Britons', 'GB'], ['Japanese', 'JP'],
    ['Chinese', 'CN'], ['Germans', 'DE'], ['French', 'FR'], ['Poles', 'PL'], ['Iranians', 'IR'], ['Israelis', 'IL'], ['Palestinians', 'PS'], ['Syrians', 'SY'],
    ['Turks', 'TR'], ['Afghans', 'AF'], ['Chechens', 'RU'],
  ],
  possessives: [["Kim's", 'KP'], ["Putin's", 'RU'], ["Zelensky's", 'UA'], ["Biden's", 'US'], ["Trump's", 'US'], ["Netanyahu's", 'IL']],
  prefixes: [['US', 'US'], ['EU', 'EU'], ['UN', 'UN'], ['NATO', 'NATO'], ['Russia', 'RU'], ['Ukraine', 'UA'], ['Kremlin', 'RU']],
};
