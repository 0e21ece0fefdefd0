//! Word lists of the numbers pass: number words, scale words, units, currencies,
//! months, and a small singulariser for counted nouns. All lookups take an
//! ASCII-lowercased word.

/// A cardinal number word below twenty ("eight" → 8).
pub fn small_cardinal(w: &str) -> Option<f64> {
    Some(match w {
        "zero" => 0.0,
        "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        _ => return None,
    })
}

/// A tens word ("twenty" → 20).
pub fn tens(w: &str) -> Option<f64> {
    Some(match w {
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        _ => return None,
    })
}

/// An ordinal word ("fifth" → 5).
pub fn ordinal(w: &str) -> Option<f64> {
    Some(match w {
        "first" => 1.0,
        "second" => 2.0,
        "third" => 3.0,
        "fourth" => 4.0,
        "fifth" => 5.0,
        "sixth" => 6.0,
        "seventh" => 7.0,
        "eighth" => 8.0,
        "ninth" => 9.0,
        "tenth" => 10.0,
        "eleventh" => 11.0,
        "twelfth" => 12.0,
        "thirteenth" => 13.0,
        "fourteenth" => 14.0,
        "fifteenth" => 15.0,
        "sixteenth" => 16.0,
        "seventeenth" => 17.0,
        "eighteenth" => 18.0,
        "nineteenth" => 19.0,
        "twentieth" => 20.0,
        "thirtieth" => 30.0,
        "fortieth" => 40.0,
        "fiftieth" => 50.0,
        "sixtieth" => 60.0,
        "seventieth" => 70.0,
        "eightieth" => 80.0,
        "ninetieth" => 90.0,
        "hundredth" => 100.0,
        "thousandth" => 1000.0,
        "millionth" => 1e6,
        _ => return None,
    })
}

/// The denominator named by a fraction word ("thirds" → 3).
pub fn denominator(w: &str) -> Option<f64> {
    Some(match w {
        "half" | "halves" => 2.0,
        "third" | "thirds" => 3.0,
        "quarter" | "quarters" => 4.0,
        "fifth" | "fifths" => 5.0,
        "sixth" | "sixths" => 6.0,
        "eighth" | "eighths" => 8.0,
        "tenth" | "tenths" => 10.0,
        _ => return None,
    })
}

/// A multiplying scale word written after a number ("2 billion", "five million", "3 lakh").
pub fn scale_word(w: &str) -> Option<f64> {
    Some(match w {
        "hundred" => 100.0,
        "thousand" => 1e3,
        "lakh" | "lakhs" => 1e5,
        "million" | "mn" | "mln" => 1e6,
        "crore" | "crores" => 1e7,
        "billion" | "bn" => 1e9,
        "trillion" | "tn" | "trn" => 1e12,
        _ => return None,
    })
}

/// A scale suffix glued to digits ("2bn", "€3m", "10k", "£5billion").
pub fn scale_suffix(w: &str) -> Option<f64> {
    Some(match w {
        "k" => 1e3,
        "m" => 1e6,
        "b" => 1e9,
        _ => return scale_word(w),
    })
}

/// A unit of time: the normalised singular name.
pub fn time_unit(w: &str) -> Option<&'static str> {
    Some(match w {
        "second" | "seconds" | "sec" | "secs" => "second",
        "minute" | "minutes" | "min" | "mins" => "minute",
        "hour" | "hours" | "hr" | "hrs" => "hour",
        "day" | "days" => "day",
        "night" | "nights" => "night",
        "week" | "weeks" => "week",
        "fortnight" | "fortnights" => "fortnight",
        "month" | "months" => "month",
        "year" | "years" | "yr" | "yrs" => "year",
        "decade" | "decades" => "decade",
        "century" | "centuries" => "century",
        _ => return None,
    })
}

/// A time unit glued to digits in live-blog stamps ("4m ago", "1h ago", "2d ago").
pub fn short_time_unit(w: &str) -> Option<&'static str> {
    Some(match w {
        "s" => "second",
        "m" => "minute",
        "h" => "hour",
        "d" => "day",
        "w" => "week",
        "y" => "year",
        _ => return time_unit(w),
    })
}

/// A unit of measure written as a word after a number: the normalised name.
pub fn measure_unit(w: &str) -> Option<&'static str> {
    Some(match w {
        "km" | "kms" | "kilometre" | "kilometres" | "kilometer" | "kilometers" => "km",
        "metre" | "metres" | "meter" | "meters" => "m",
        "cm" | "centimetre" | "centimetres" | "centimeter" | "centimeters" => "cm",
        "mm" | "millimetre" | "millimetres" | "millimeter" | "millimeters" => "mm",
        "mile" | "miles" => "mile",
        "ppm" => "ppm",
        "ppb" => "ppb",
        "ft" | "foot" | "feet" => "ft",
        "inch" | "inches" => "inch",
        "yard" | "yards" => "yard",
        // a boat's or a horse's length, a race's winning margin ("won by two lengths")
        "length" | "lengths" => "length",
        "furlong" | "furlongs" => "furlong",
        "kg" | "kgs" | "kilogram" | "kilograms" | "kilogramme" | "kilogrammes" | "kilo"
        | "kilos" => "kg",
        "gram" | "grams" | "gramme" | "grammes" => "g",
        "mg" | "milligram" | "milligrams" | "milligramme" | "milligrammes" => "mg",
        "mcg" | "microgram" | "micrograms" => "mcg",
        "ml" | "millilitre" | "millilitres" | "milliliter" | "milliliters" => "ml",
        "tonne" | "tonnes" => "tonne",
        "ton" | "tons" => "ton",
        "lb" | "lbs" => "lb",
        "hectare" | "hectares" | "ha" => "ha",
        "acre" | "acres" => "acre",
        "litre" | "litres" | "liter" | "liters" => "l",
        "gallon" | "gallons" => "gallon",
        "mph" => "mph",
        "kph" | "kmh" => "km/h",
        "knot" | "knots" => "knot",
        "degree" | "degrees" => "degree",
        "kw" | "kilowatt" | "kilowatts" => "kW",
        "mw" | "megawatt" | "megawatts" => "MW",
        "gw" | "gigawatt" | "gigawatts" => "GW",
        "kv" | "kilovolt" | "kilovolts" => "kV",
        "ah" | "amp-hour" | "amp-hours" => "Ah",
        "wh" | "watt-hour" | "watt-hours" => "Wh",
        "volt" | "volts" => "V",
        // air pressure; a basis point is 0.01 percentage point, kept as written (N5 measure:
        // "value in that unit as written"; percent would need 25bp → 0.25)
        "millibar" | "millibars" | "mbar" => "millibar",
        "hpa" => "hPa",
        "bp" | "bps" => "bp",
        // an earthquake's magnitude is a measure, never a count ("a 6 magnitude quake")
        "magnitude" => "magnitude",
        "kwh" => "kWh",
        "mwh" => "MWh",
        "gwh" => "GWh",
        // devices: storage, clock, battery, bandwidth, resolution
        "kb" | "kilobyte" | "kilobytes" => "KB",
        "mb" | "megabyte" | "megabytes" => "MB",
        "gb" | "gigabyte" | "gigabytes" => "GB",
        "tb" | "terabyte" | "terabytes" => "TB",
        "hz" | "hertz" => "Hz",
        "khz" | "kilohertz" => "kHz",
        "mhz" | "megahertz" => "MHz",
        "ghz" | "gigahertz" => "GHz",
        "mah" => "mAh",
        "mbps" => "Mbps",
        "gbps" => "Gbps",
        "megapixel" | "megapixels" => "megapixel",
        "watt" | "watts" => "W",
        "kelvin" | "kelvins" => "kelvin",
        // radiation: a dose ("0.31 microsieverts per hour" is a dose rate, µSv/h)
        "microsievert" | "microsieverts" | "µsv" => "µSv",
        "millisievert" | "millisieverts" | "msv" => "mSv",
        "sievert" | "sieverts" => "Sv",
        "becquerel" | "becquerels" => "Bq",
        _ => return None,
    })
}

/// A unit of measure glued to digits ("10km", "5kg", "100m").
pub fn measure_suffix(w: &str) -> Option<&'static str> {
    Some(match w {
        "m" => "m",
        "g" => "g",
        "t" => "tonne",
        _ => return measure_unit(w),
    })
}

/// The area form of a length unit after "square"/"sq" ("square kilometres" → km2).
pub fn square_of(unit: &str) -> Option<&'static str> {
    Some(match unit {
        "km" => "km2",
        "m" => "m2",
        "mile" => "mile2",
        "ft" => "ft2",
        "cm" => "cm2",
        "yard" => "yard2",
        _ => return None,
    })
}

/// The volume form of a length unit after "cubic" ("cubic metres" → m3).
pub fn cube_of(unit: &str) -> Option<&'static str> {
    Some(match unit {
        "m" => "m3",
        "km" => "km3",
        "ft" => "ft3",
        "cm" => "cm3",
        "yard" => "yard3",
        _ => return None,
    })
}

/// A currency sign or code written before the amount: ISO code.
pub fn currency_prefix(w: &str) -> Option<&'static str> {
    Some(match w {
        "$" => "USD",
        "\u{a3}" => "GBP",
        "\u{20ac}" => "EUR",
        "\u{a5}" => "JPY",
        "\u{20b9}" => "INR",
        "\u{20bd}" => "RUB",
        "\u{20b4}" => "UAH",
        "\u{20a9}" => "KRW",
        "\u{20aa}" => "ILS",
        "\u{20ba}" => "TRY",
        _ => return currency_code(w),
    })
}

/// ISO currency codes as written, lowercased ("usd", also "rmb", "rs", "sfr"), and the code each
/// names; not the codes that are words or names ("try", "ron"). The one list for
/// [`currency_code`] (sorted, for its binary search) and for the numbers' first-word filter.
pub const CURRENCY_CODES: &[(&str, &str)] = &[
    ("aed", "AED"), ("aud", "AUD"), ("bgn", "BGN"), ("brl", "BRL"), ("cad", "CAD"), ("chf", "CHF"),
    ("cny", "CNY"), ("czk", "CZK"), ("dkk", "DKK"), ("egp", "EGP"), ("eur", "EUR"), ("gbp", "GBP"),
    ("hkd", "HKD"), ("huf", "HUF"), ("idr", "IDR"), ("ils", "ILS"), ("inr", "INR"), ("isk", "ISK"),
    ("jpy", "JPY"), ("kes", "KES"), ("krw", "KRW"), ("kzt", "KZT"), ("mxn", "MXN"), ("myr", "MYR"),
    ("ngn", "NGN"), ("nok", "NOK"), ("nzd", "NZD"), ("pln", "PLN"), ("rmb", "CNY"), ("rs", "INR"),
    ("rub", "RUB"), ("sek", "SEK"), ("sfr", "CHF"), ("sgd", "SGD"), ("thb", "THB"), ("uah", "UAH"),
    ("usd", "USD"), ("zar", "ZAR"),
];

/// A key of two or three bytes packed in an integer, its bytes in order (so integers sort as
/// the keys do): the code search compares no strings.
const fn pack3(b: &[u8]) -> u32 {
    let mut v = 0u32;
    let mut i = 0;
    while i < 3 {
        v = v << 8 | if i < b.len() { b[i] as u32 } else { 0 };
        i += 1;
    }
    v
}

/// [`CURRENCY_CODES`]' keys packed by [`pack3`], in the same order.
const CURRENCY_KEYS: [u32; CURRENCY_CODES.len()] = {
    let mut keys = [0u32; CURRENCY_CODES.len()];
    let mut i = 0;
    while i < keys.len() {
        keys[i] = pack3(CURRENCY_CODES[i].0.as_bytes());
        i += 1;
    }
    keys
};

/// An ISO currency code ("usd", lowercased).
pub fn currency_code(w: &str) -> Option<&'static str> {
    // (two or three letters: most words are longer, and go no further)
    if !(2..=3).contains(&w.len()) {
        return None;
    }
    CURRENCY_KEYS.binary_search(&pack3(w.as_bytes())).ok().map(|i| CURRENCY_CODES[i].1)
}

/// The currency of a "$" with a country prefix ("US$", "A$", "HK$").
pub fn dollar_prefix(w: &str) -> Option<&'static str> {
    Some(match w {
        "us" => "USD",
        "a" | "au" => "AUD",
        "c" | "ca" => "CAD",
        "r" => "BRL",
        "nt" => "TWD",
        "hk" => "HKD",
        "nz" => "NZD",
        "s" => "SGD",
        _ => return None,
    })
}

/// A currency named after the amount ("20 euros"): ISO code and factor (pence → 0.01).
pub fn currency_word(w: &str) -> Option<(&'static str, f64)> {
    Some(match w {
        "dollar" | "dollars" => ("USD", 1.0),
        "pound" | "pounds" | "sterling" | "quid" => ("GBP", 1.0),
        "euro" | "euros" => ("EUR", 1.0),
        "yen" => ("JPY", 1.0),
        "yuan" | "renminbi" => ("CNY", 1.0),
        "rouble" | "roubles" | "ruble" | "rubles" => ("RUB", 1.0),
        "rupee" | "rupees" => ("INR", 1.0),
        "hryvnia" | "hryvnias" | "hryvnas" => ("UAH", 1.0),
        "franc" | "francs" => ("CHF", 1.0),
        "pence" | "p" => ("GBP", 0.01),
        "cent" | "cents" => ("USD", 0.01),
        "krónur" | "kronur" | "króna" => ("ISK", 1.0),
        "kronor" | "krona" => ("SEK", 1.0),
        "ringgit" => ("MYR", 1.0),
        "dinar" | "dinars" => ("dinar", 1.0),
        "peso" | "pesos" => ("peso", 1.0),
        "shilling" | "shillings" => ("shilling", 1.0),
        "crown" | "crowns" => ("crown", 1.0),
        "peseta" | "pesetas" => ("ESP", 1.0),
        "sol" | "soles" => ("PEN", 1.0),
        "reais" => ("BRL", 1.0),
        "zloty" | "zlotys" | "zlotych" => ("PLN", 1.0),
        "baht" => ("THB", 1.0),
        "rupiah" => ("IDR", 1.0),
        "naira" => ("NGN", 1.0),
        "dirham" | "dirhams" => ("AED", 1.0),
        "riyal" | "riyals" => ("SAR", 1.0),
        "shekel" | "shekels" => ("ILS", 1.0),
        "forint" | "forints" => ("HUF", 1.0),
        "lira" | "liras" => ("TRY", 1.0),
        "lev" | "leva" => ("BGN", 1.0),
        "koruna" | "korun" => ("CZK", 1.0),
        "leu" | "lei" => ("RON", 1.0),
        "taka" => ("BDT", 1.0),
        "rand" => ("ZAR", 1.0),
        "kwacha" => ("ZMW", 1.0),
        "cedi" | "cedis" => ("GHS", 1.0),
        "lari" => ("GEL", 1.0),
        "manat" => ("AZN", 1.0),
        "kyat" | "kyats" => ("MMK", 1.0),
        "rial" | "rials" => ("IRR", 1.0),
        "tenge" => ("KZT", 1.0),
        "som" | "soms" => ("KGS", 1.0),
        "somoni" => ("TJS", 1.0),
        "dram" => ("AMD", 1.0),
        "tugrik" | "tugriks" => ("MNT", 1.0),
        "dong" => ("VND", 1.0),
        "riel" | "riels" => ("KHR", 1.0),
        "birr" => ("ETB", 1.0),
        // (a ransom's cryptocurrency: "a payment of 85 bitcoin")
        "bitcoin" | "bitcoins" => ("BTC", 1.0),
        _ => {
            let c = currency_code(w)?;
            if w == "rs" {
                return None;
            }
            (c, 1.0)
        }
    })
}

/// Currencies named by a nationality and a currency word after the amount: (nationality,
/// singular, plural, ISO code).
const NATIONAL_CURRENCIES: &[(&str, &str, &str, &str)] = &[
    ("danish", "krone", "kroner", "DKK"),
    ("norwegian", "krone", "kroner", "NOK"),
    ("swedish", "krona", "kronor", "SEK"),
    ("swiss", "franc", "francs", "CHF"),
    ("australian", "dollar", "dollars", "AUD"),
    ("canadian", "dollar", "dollars", "CAD"),
    ("singapore", "dollar", "dollars", "SGD"),
    ("pakistani", "rupee", "rupees", "PKR"),
    ("nepali", "rupee", "rupees", "NPR"),
    ("nepalese", "rupee", "rupees", "NPR"),
    ("polish", "zloty", "zlotys", "PLN"),
    ("turkish", "lira", "liras", "TRY"),
];

/// A currency named by a nationality and a currency word after the amount ("1.1 billion
/// Danish kroner" → DKK, "50 Swiss francs" → CHF): ISO code.
pub fn national_currency(adj: &str, w: &str) -> Option<&'static str> {
    NATIONAL_CURRENCIES
        .iter()
        .find(|(a, one, many, _)| *a == adj && (*one == w || *many == w))
        .map(|c| c.3)
}

/// Month number of a month name or abbreviation (lowercased).
pub fn month(w: &str) -> Option<u32> {
    Some(match w {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sept" | "sep" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
}

/// Time-zone abbreviations that may follow a clock time (lowercase).
pub use crate::lexicon::is_time_zone;

/// Words that are not the noun counted by a number: function words, auxiliaries, pronouns.
const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "the", "of", "and", "or", "but", "nor", "to", "in", "on", "at", "by", "for", "with",
    "from", "as", "into", "onto", "over", "under", "about", "after", "before", "since", "until",
    "than", "that", "this", "these", "those", "which", "who", "whom", "whose", "what", "when",
    "where", "while", "if", "so", "then", "there", "here", "it", "its", "they", "them", "their",
    "he", "him", "his", "she", "her", "we", "us", "our", "you", "your", "i", "me", "my", "is",
    "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did",
    "will", "would", "shall", "should", "can", "could", "may", "might", "must", "not", "no",
    "more", "less", "fewer", "most", "least", "each", "every", "all", "both", "per", "via",
    "against", "between", "among", "during", "through", "across", "within", "without", "up",
    "down", "out", "off", "also", "only", "just", "still", "even", "too", "very", "now", "ago",
    "later", "earlier", "again", "said", "says", "say", "told", "another", "other", "such", "some",
    "any", "many", "much", "few", "several", "own", "like", "including", "whereas", "because",
    "though", "although", "yet", "already", "today", "yesterday", "tomorrow", "ever",
];
static SET_FUNCTION_WORDS: crate::lexicon::WordSet<{ FUNCTION_WORDS.len() }> = crate::lexicon::WordSet::new(FUNCTION_WORDS);

/// Whether `w` is one of [`FUNCTION_WORDS`].
pub fn is_function_word(w: &str) -> bool {
    SET_FUNCTION_WORDS.contains(w)
}

/// Words besides the function words that open a clause before a number.
const CLAUSE_OPENERS: &[&str] = &[
    "nearly", "almost", "around", "roughly", "approximately", "exactly", "top", "last", "next",
    "past", "first", "total", "another", "aged", "age", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "updated", "published", "posted", "share", "copy",
    "magnitude",
];
static SET_CLAUSE_OPENERS: crate::lexicon::WordSet<{ CLAUSE_OPENERS.len() }> = crate::lexicon::WordSet::new(CLAUSE_OPENERS);

/// Words before a capitalised word that show it starts a clause rather than a name
/// ("Only 7 countries", "In 2020", "Some 30 people").
pub fn is_clause_opener(w: &str) -> bool {
    is_function_word(w)
        || SET_CLAUSE_OPENERS.contains(w)
}

/// The singular of a counted noun ("cars" → car, "countries" → country); persons → "people".
pub fn singular(w: &str) -> String {
    let lw = w.to_ascii_lowercase();
    let irregular = match lw.as_str() {
        "people" | "persons" | "person" | "others" => Some("people"),
        "feet" => Some("foot"),
        "teeth" => Some("tooth"),
        "mice" => Some("mouse"),
        "geese" => Some("goose"),
        "lives" => Some("life"),
        "wives" => Some("wife"),
        "knives" => Some("knife"),
        "halves" => Some("half"),
        "wolves" => Some("wolf"),
        "thieves" => Some("thief"),
        "leaves" => Some("leaf"),
        "shelves" => Some("shelf"),
        "series" | "species" | "news" | "police" | "staff" | "personnel" | "means" => {
            Some(lw.as_str())
        }
        _ => None,
    };
    if let Some(s) = irregular {
        return s.to_string();
    }
    let n = lw.len();
    // "stepchildren", "firemen", "women" (not "specimen", "regimen", "abdomen")
    if lw.ends_with("children") {
        return lw[..n - 3].to_string();
    }
    if irregular_men(&lw) {
        return format!("{}man", &lw[..n - 3]);
    }
    if n > 4 && lw.ends_with("ies") {
        return format!("{}y", &lw[..n - 3]);
    }
    if n > 4
        && (lw.ends_with("ches")
            || lw.ends_with("shes")
            || lw.ends_with("sses")
            || lw.ends_with("xes")
            || lw.ends_with("zzes")
            // ("buses", "bonuses", "viruses": a singular in "-us"; not "houses", "causes")
            || ["buses", "bonuses", "viruses", "campuses", "surpluses", "statuses", "censuses", "sinuses", "canvases", "atlases", "aliases", "gases"].iter().any(|x| lw.ends_with(x)))
    {
        return lw[..n - 2].to_string();
    }
    if n > 3
        && lw.ends_with('s')
        && !lw.ends_with("ss")
        && !lw.ends_with("us")
        && !lw.ends_with("is")
    {
        return lw[..n - 1].to_string();
    }
    lw
}

/// A plural in "-men" ("men", "firemen", "women"), not a singular in "-imen", "-amen", "-omen".
fn irregular_men(w: &str) -> bool {
    w.ends_with("men") && !w.ends_with("imen") && !w.ends_with("amen") && (!w.ends_with("omen") || w.ends_with("women"))
}

/// Does the (lowercased) word look like a plural noun?
pub fn looks_plural(w: &str) -> bool {
    matches!(w, "people" | "others" | "police" | "personnel")
        || w.ends_with("children")
        || irregular_men(w)
        || (w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && !w.ends_with("ous")
        // (singulars in "-as": "a 1958 canvas")
        && !matches!(w, "canvas" | "atlas" | "alias" | "gas" | "bias")
        && !is_function_word(w))
}
