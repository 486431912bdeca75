import type { CountryTables } from '../../claims/tables.js';

/** Countries as English news names them: adjectives (also two-word: "North Korean"), names, capitals, demonyms. */
export const countries: CountryTables = {
  adjectives: [
    ['north korean', 'KP'], ['south korean', 'KR'], ['korean', 'KR'], ['russian', 'RU'], ['ukrainian', 'UA'], ['american', 'US'], ['u.s.', 'US'], ['us', 'US'],
    ['british', 'GB'], ['japanese', 'JP'], ['chinese', 'CN'], ['german', 'DE'], ['french', 'FR'], ['italian', 'IT'], ['spanish', 'ES'], ['polish', 'PL'],
    ['belarusian', 'BY'], ['iranian', 'IR'], ['israeli', 'IL'], ['palestinian', 'PS'], ['syrian', 'SY'], ['turkish', 'TR'], ['lebanese', 'LB'], ['iraqi', 'IQ'],
    ['afghan', 'AF'], ['indian', 'IN'], ['pakistani', 'PK'], ['canadian', 'CA'], ['australian', 'AU'], ['dutch', 'NL'], ['belgian', 'BE'], ['austrian', 'AT'],
    ['swiss', 'CH'], ['swedish', 'SE'], ['finnish', 'FI'], ['norwegian', 'NO'], ['danish', 'DK'], ['estonian', 'EE'], ['latvian', 'LV'], ['lithuanian', 'LT'],
    ['romanian', 'RO'], ['moldovan', 'MD'], ['hungarian', 'HU'], ['czech', 'CZ'], ['slovak', 'SK'], ['georgian', 'GE'], ['armenian', 'AM'], ['azerbaijani', 'AZ'],
    ['yemeni', 'YE'], ['saudi', 'SA'], ['egyptian', 'EG'], ['jordanian', 'JO'], ['qatari', 'QA'], ['sudanese', 'SD'], ['ethiopian', 'ET'], ['libyan', 'LY'],
    ['greek', 'GR'], ['serbian', 'RS'], ['taiwanese', 'TW'], ['mexican', 'MX'], ['brazilian', 'BR'], ['venezuelan', 'VE'], ['chechen', 'RU'], ['cuban', 'CU'],
  ],
  names: [
    ['North Korea', 'KP'], ['South Korea', 'KR'], ['Russia', 'RU'], ['Ukraine', 'UA'], ['United States', 'US'], ['U.S.', 'US'], ['US', 'US'], ['USA', 'US'], ['America', 'US'],
    ['Britain', 'GB'], ['United Kingdom', 'GB'], ['UK', 'GB'], ['Japan', 'JP'], ['China', 'CN'], ['Germany', 'DE'], ['France', 'FR'], ['Italy', 'IT'], ['Spain', 'ES'],
    ['Poland', 'PL'], ['Belarus', 'BY'], ['Iran', 'IR'], ['Israel', 'IL'], ['Syria', 'SY'], ['Turkey', 'TR'], ['Türkiye', 'TR'], ['Lebanon', 'LB'], ['Iraq', 'IQ'],
    ['Afghanistan', 'AF'], ['India', 'IN'], ['Pakistan', 'PK'], ['Canada', 'CA'], ['Australia', 'AU'], ['Netherlands', 'NL'], ['Belgium', 'BE'], ['Austria', 'AT'],
    ['Switzerland', 'CH'], ['Sweden', 'SE'], ['Finland', 'FI'], ['Norway', 'NO'], ['Denmark', 'DK'], ['Estonia', 'EE'], ['Latvia', 'LV'], ['Lithuania', 'LT'],
    ['Romania', 'RO'], ['Moldova', 'MD'], ['Hungary', 'HU'], ['Georgia', 'GE'], ['Armenia', 'AM'], ['Azerbaijan', 'AZ'], ['Yemen', 'YE'], ['Saudi Arabia', 'SA'],
    ['Egypt', 'EG'], ['Qatar', 'QA'], ['Sudan', 'SD'], ['Ethiopia', 'ET'], ['Libya', 'LY'], ['Greece', 'GR'], ['Serbia', 'RS'], ['Taiwan', 'TW'], ['Gaza', 'PS'],
    ['Mexico', 'MX'], ['Brazil', 'BR'], ['Venezuela', 'VE'], ['Myanmar', 'MM'], ['Cuba', 'CU'],
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
