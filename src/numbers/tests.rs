//! Unit tests of the numbers pass, in sentences written for these tests.

use crate::{analyze, Approx, NumberKind as K, Value};

/// (text, kind, value, unit) of every number in `t`.
fn nums(t: &str) -> Vec<(String, K, Option<Value>, Option<String>)> {
    analyze(t)
        .numbers
        .iter()
        .map(|n| {
            (
                n.text(t).to_string(),
                n.kind,
                n.value.clone(),
                n.unit.clone(),
            )
        })
        .collect()
}

fn texts(t: &str) -> Vec<String> {
    nums(t).into_iter().map(|x| x.0).collect()
}

fn one(t: &str) -> (String, K, Option<Value>, Option<String>) {
    let v = nums(t);
    assert_eq!(v.len(), 1, "expected one number in {t:?}, got {v:?}");
    v.into_iter().next().unwrap()
}

fn num(v: f64) -> Option<Value> {
    Some(Value::Num(v))
}

fn txt(v: &str) -> Option<Value> {
    Some(Value::Text(v.to_string()))
}

fn s(v: &str) -> Option<String> {
    Some(v.to_string())
}

#[test]
fn digits_with_separators_money_and_percent() {
    let t = "Some 8,000 people paid $2.5 each, up 25% since 2021.";
    assert_eq!(
        nums(t),
        vec![
            ("8,000".into(), K::Count, num(8000.0), s("people")),
            ("$2.5".into(), K::Money, num(2.5), s("USD")),
            ("25%".into(), K::Percent, num(25.0), None),
            ("2021".into(), K::Year, num(2021.0), None),
        ]
    );
}

#[test]
fn decimals_and_nbsp_groups() {
    assert_eq!(
        one("The index rose by 1.5 points."),
        ("1.5".into(), K::Count, num(1.5), s("point"))
    );
    assert_eq!(
        one("Turnout was 2.16% lower."),
        ("2.16%".into(), K::Percent, num(2.16), None)
    );
    assert_eq!(
        one("They sold 1\u{a0}000 tickets."),
        ("1\u{a0}000".into(), K::Count, num(1000.0), s("ticket"))
    );
}

#[test]
fn decimal_values_are_the_nearest_double() {
    for d in ["1.59", "0.07", "12.345", "3.14159", "1,234.56", "99.99", "0.3"] {
        let text = format!("It rose to {d} units.");
        let expected: f64 = d.replace(',', "").parse().unwrap();
        let (t, _, v, _) = one(&text);
        assert_eq!((t.as_str(), v), (d, num(expected)), "in {text:?}");
    }
}

#[test]
fn spelled_out_numbers() {
    assert_eq!(
        one("We saw eight horses."),
        ("eight".into(), K::Count, num(8.0), s("horse"))
    );
    assert_eq!(
        one("Exactly twenty-one boats sailed."),
        ("twenty-one".into(), K::Count, num(21.0), s("boat"))
    );
    assert_eq!(
        one("It felt like a thousand small cuts."),
        ("a thousand".into(), K::Count, num(1000.0), s("cut"))
    );
    assert_eq!(
        one("The meeting lasted two-and-a-half hours."),
        (
            "two-and-a-half hours".into(),
            K::Duration,
            num(2.5),
            s("hour")
        )
    );
    assert_eq!(
        one("The siege went on for a year-and-a-half before the end."),
        ("a year-and-a-half".into(), K::Duration, num(1.5), s("year"))
    );
    assert_eq!(
        one("Three hundred and forty guests came."),
        (
            "Three hundred and forty".into(),
            K::Count,
            num(340.0),
            s("guest")
        )
    );
    assert_eq!(
        one("About five million voters stayed home."),
        ("About five million".into(), K::Count, num(5e6), s("voter"))
    );
}

#[test]
fn hyphenated_compounds() {
    assert_eq!(
        one("She began a two-day tour."),
        ("two-day".into(), K::Duration, num(2.0), s("day"))
    );
    assert_eq!(
        one("A five-storey block burned."),
        ("five-storey".into(), K::Count, num(5.0), s("storey"))
    );
    assert_eq!(
        one("His 12-year-old son drew it."),
        ("12-year-old".into(), K::Age, num(12.0), s("year"))
    );
    assert_eq!(
        one("The 30-strong group voted."),
        ("30-strong".into(), K::Count, num(30.0), None)
    );
    // ("12-a-side": the whole compound, no unit "a")
    assert_eq!(one("They played a 12-a-side game."), ("12-a-side".into(), K::Count, num(12.0), None));
    assert_eq!(
        one("They issued a 10-point plan."),
        ("10-point".into(), K::Count, num(10.0), s("point"))
    );
    assert_eq!(
        one("The nearly 9-month-old strike goes on."),
        ("nearly 9-month-old".into(), K::Age, num(9.0), s("month"))
    );
}

#[test]
fn money() {
    // a rate's compound is the amount's span (N3)
    assert_eq!(texts("She lost a \u{a3}400,000-a-year contract and $15-an-hour shifts."), ["\u{a3}400,000-a-year", "$15-an-hour"]);
    let t = "The fund adds $3bn (\u{a3}2.2bn) this year.";
    assert_eq!(
        nums(t),
        vec![
            ("$3bn".into(), K::Money, num(3e9), s("USD")),
            ("\u{a3}2.2bn".into(), K::Money, num(2.2e9), s("GBP")),
        ]
    );
    assert_eq!(
        one("It costs \u{a3}7billion a year."),
        ("\u{a3}7billion".into(), K::Money, num(7e9), s("GBP"))
    );
    assert_eq!(
        one("A US$1.2 billion loan was agreed."),
        ("US$1.2 billion".into(), K::Money, num(1.2e9), s("USD"))
    );
    assert_eq!(
        one("The club paid \u{20ac}4m for him."),
        ("\u{20ac}4m".into(), K::Money, num(4e6), s("EUR"))
    );
    assert_eq!(
        one("Tickets cost 40 euros."),
        ("40 euros".into(), K::Money, num(40.0), s("EUR"))
    );
    assert_eq!(
        one("Trade reached $310 billion."),
        ("$310 billion".into(), K::Money, num(3.1e11), s("USD"))
    );
}

#[test]
fn approximators() {
    let a = analyze("The town lost more than 40 homes.");
    assert_eq!(
        a.numbers[0].text("The town lost more than 40 homes."),
        "more than 40"
    );
    assert_eq!(a.numbers[0].approx, Some(Approx::Over));
    assert_eq!(a.numbers[0].unit, s("home"));
    let t = "Rates rose up to 17% and at least 3% elsewhere, upwards of 900 firms said.";
    assert_eq!(texts(t), vec!["up to 17%", "at least 3%", "upwards of 900"]);
    assert_eq!(analyze(t).numbers[1].approx, Some(Approx::AtLeast));
    assert_eq!(
        one("Crews cleared about 300 square kilometres of forest."),
        (
            "about 300 square kilometres".into(),
            K::Measure,
            num(300.0),
            s("km2")
        )
    );
    assert_eq!(
        one("It was almost 6,000 people."),
        ("almost 6,000".into(), K::Count, num(6000.0), s("people"))
    );
}

#[test]
fn measures_and_durations() {
    assert_eq!(
        one("The road runs 45 miles north."),
        ("45 miles".into(), K::Measure, num(45.0), s("mile"))
    );
    assert_eq!(
        one("The wall is 3.5km long."),
        ("3.5km".into(), K::Measure, num(3.5), s("km"))
    );
    assert_eq!(
        one("A 400-km border."),
        ("400-km".into(), K::Measure, num(400.0), s("km"))
    );
    assert_eq!(
        one("Talks ran 36 hours."),
        ("36 hours".into(), K::Duration, num(36.0), s("hour"))
    );
    assert_eq!(
        one("She left more than three years ago."),
        (
            "more than three years ago".into(),
            K::Duration,
            num(3.0),
            s("year")
        )
    );
    assert_eq!(
        one("He came back six weeks later."),
        ("six weeks later".into(), K::Duration, num(6.0), s("week"))
    );
    assert_eq!(
        one("He is 40 years old."),
        ("40 years old".into(), K::Age, num(40.0), s("year"))
    );
}

#[test]
fn ranges() {
    assert_eq!(
        one("Repairs take six to 9 weeks."),
        ("six to 9 weeks".into(), K::Range, num(6.0), s("week"))
    );
    let a = analyze("Repairs take six to 9 weeks.");
    assert_eq!(a.numbers[0].high, Some(9.0));
    assert_eq!(
        one("Prices fell 3-7% overall."),
        ("3-7%".into(), K::Range, num(3.0), None)
    );
    assert_eq!(
        one("Between 40 and 60 boats left."),
        ("Between 40 and 60".into(), K::Range, num(40.0), s("boat"))
    );
    let t = "The 2019\u{2013}20 season was short.";
    assert_eq!(
        one(t),
        ("2019\u{2013}20".into(), K::Range, num(2019.0), None)
    );
    assert_eq!(analyze(t).numbers[0].high, Some(2020.0));
    assert_eq!(
        one("It lasts an hour or two."),
        ("an hour or two".into(), K::Range, num(1.0), s("hour"))
    );
    assert_eq!(
        one("Only two or three shops opened."),
        ("two or three".into(), K::Range, num(2.0), s("shop"))
    );
}

#[test]
fn dates_and_times() {
    assert_eq!(
        one("It opened on April 3."),
        ("April 3".into(), K::Date, txt("XXXX-04-03"), None)
    );
    assert_eq!(
        one("It opened on 3 April 2019."),
        ("3 April 2019".into(), K::Date, txt("2019-04-03"), None)
    );
    assert_eq!(
        one("It opened on April 3, 2019."),
        ("April 3, 2019".into(), K::Date, txt("2019-04-03"), None)
    );
    assert_eq!(
        one("It opened in October 2019."),
        ("October 2019".into(), K::Date, txt("2019-10"), None)
    );
    // the full stop after a short full month name is not an abbreviation's dot
    assert_eq!(
        one("The vote is on 6 May."),
        ("6 May".into(), K::Date, txt("XXXX-05-06"), None)
    );
    assert_eq!(
        one("It closes on 30 Sept. next year."),
        ("30 Sept.".into(), K::Date, txt("XXXX-09-30"), None)
    );
    assert_eq!(
        one("It opened on the 3rd of April."),
        ("3rd of April".into(), K::Date, txt("XXXX-04-03"), None)
    );
    assert_eq!(
        one("Doors open at 7pm."),
        ("7pm".into(), K::Time, txt("19:00"), None)
    );
    assert_eq!(
        one("Doors open at 7.30 p.m. sharp."),
        ("7.30 p.m.".into(), K::Time, txt("19:30"), None)
    );
    assert_eq!(
        one("Updated 16:05"),
        ("16:05".into(), K::Time, txt("16:05"), None)
    );
    assert_eq!(
        one("9m ago"),
        ("9m ago".into(), K::Duration, num(9.0), s("minute"))
    );
    assert_eq!(
        one("3h ago"),
        ("3h ago".into(), K::Duration, num(3.0), s("hour"))
    );
    assert_eq!(
        one("Filed 12/05/2021 by staff."),
        ("12/05/2021".into(), K::Date, txt("2021-05-12"), None)
    );
}

#[test]
fn years_and_ordinals() {
    assert_eq!(
        one("It was built in 1962."),
        ("1962".into(), K::Year, num(1962.0), None)
    );
    assert_eq!(
        one("She won a sixth title."),
        ("sixth".into(), K::Ordinal, num(6.0), None)
    );
    assert_eq!(
        one("Its 21st birthday came."),
        ("21st".into(), K::Ordinal, num(21.0), None)
    );
    assert_eq!(
        one("The twenty-first round began."),
        ("twenty-first".into(), K::Ordinal, num(21.0), None)
    );
    assert_eq!(
        one("By 2030 emissions must fall."),
        ("2030".into(), K::Year, num(2030.0), None)
    );
    assert_eq!(
        one("About 2000 workers struck."),
        ("About 2000".into(), K::Count, num(2000.0), s("worker"))
    );
}

#[test]
fn counts_with_determiners() {
    assert_eq!(
        one("The two ministers met."),
        ("two".into(), K::Count, num(2.0), s("minister"))
    );
    assert_eq!(
        one("The two are allies."),
        ("two".into(), K::Count, num(2.0), None)
    );
    assert_eq!(
        one("A sign reads: 7"),
        ("7".into(), K::Count, num(7.0), None)
    );
    assert_eq!(
        one("Overnight one man was hurt."),
        ("one".into(), K::Count, num(1.0), s("man"))
    );
    assert_eq!(
        one("It fell by one seat."),
        ("one".into(), K::Count, num(1.0), s("seat"))
    );
    assert_eq!(
        one("Later 9 others were hurt."),
        ("9".into(), K::Count, num(9.0), s("people"))
    );
}

#[test]
fn not_numbers() {
    for t in [
        "An F-16 and a Su-27 flew past a B52H and an M1A2.",
        "Leaders met at the G20 in the spring.",
        "We are open 24/7 for you.",
        "One of them left. No one stayed.",
        "One driver said it was over. She is one of the best.",
        "Rain is a third-party risk for third countries.",
        "People feared World War Three.",
        "For one, it is late. Money flows one way.",
        "The fleet is at one end of the bay.",
        "Call +44 20 7946 0000 or see https://example.com/page/2024/05.",
        "Thousands of people and dozens of cars.",
        "He spoke first at the rally. At first it was calm.",
        "A week ago, last year, in November, this month.",
        "The Nordstream 2 pipeline was shut.",
    ] {
        assert_eq!(texts(t), Vec::<String>::new(), "{t}");
    }
}

#[test]
fn clock_times_are_not_measures_and_years_not_inches() {
    assert_eq!(
        one("We meet at 6pm."),
        ("6pm".into(), K::Time, txt("18:00"), None)
    );
    assert_eq!(
        one("Sales fell in 2020."),
        ("2020".into(), K::Year, num(2020.0), None)
    );
}

#[test]
fn spans_are_sound_on_odd_input() {
    for t in [
        "",
        "1",
        "$",
        "\u{a3}",
        "-5",
        "5-",
        "1,",
        "1.",
        "a",
        "a year or",
        "between 3 and",
        "1\u{a0}",
        "\u{20ac}\u{20ac}3",
        "3:",
        ":3",
        "12:",
        "May",
        "31 May",
        "1/",
        "1/2/",
        "twenty-",
        "one-and-a-",
        "\u{feff}7\u{200b}",
        "99999999999999999999999999999",
        "2012\u{2013}",
        "US$",
        "5 per",
        "1st of",
        "0th",
        "3.14.15",
        "4m",
        "4m ago ago",
    ] {
        let a = analyze(t);
        let mut last = 0;
        for n in &a.numbers {
            assert!(n.start < n.end && n.end <= t.len(), "{t:?}");
            assert!(t.is_char_boundary(n.start) && t.is_char_boundary(n.end));
            assert!(n.start >= last, "overlap in {t:?}");
            last = n.end;
        }
    }
}

#[test]
fn fractions_oclock_and_approximate_times() {
    assert_eq!(
        one("Nearly two-thirds agreed."),
        ("Nearly two-thirds".into(), K::Count, num(2.0 / 3.0), None)
    );
    assert_eq!(
        one("We ate at six o\u{2019}clock."),
        ("six o\u{2019}clock".into(), K::Time, txt("06:00"), None)
    );
    assert_eq!(
        one("It blew up around 9:15 p.m. on the quay."),
        ("9:15 p.m.".into(), K::Time, txt("21:15"), None)
    );
    // a range of days: two bounds (N5), valued by the first
    assert_eq!(
        one("The poll ran May 3-6 online."),
        ("May 3-6".into(), K::Range, txt("XXXX-05-03"), None)
    );
    assert_eq!(
        one("Cut it below 2005 levels by then."),
        ("2005".into(), K::Year, num(2005.0), None)
    );
}

#[test]
fn ranks_and_leading_ordinals() {
    assert_eq!(
        one("The party ranks third in polls."),
        ("third".into(), K::Ordinal, num(3.0), None)
    );
    assert_eq!(
        texts("Save over the first 10 years."),
        vec!["first", "10 years"]
    );
    assert_eq!(texts("The first lady spoke."), Vec::<String>::new());
    assert_eq!(texts("MPs' second homes are taxed; she had second thoughts."), Vec::<String>::new());
    assert_eq!(texts("Her second home win came in May."), vec!["second"]);
    // "first name", "first aid", "first responders": lexicalised
    assert_eq!(texts("The mayor gave only her first name; first responders gave first aid."), Vec::<String>::new());
    assert_eq!(texts("He is the only one who came."), Vec::<String>::new());
}

#[test]
fn years_and_amounts_are_not_one_range() {
    assert_eq!(
        texts("Cut emissions by 2030 to 40 percent."),
        vec!["2030", "40 percent"]
    );
    assert_eq!(texts("He served from 1995 to 1999."), vec!["1995 to 1999"]);
}

#[test]
fn names_with_numbers_and_markup_are_not_counts() {
    assert_eq!(texts("Work at Shaft No. 4 stopped."), Vec::<String>::new());
    assert_eq!(texts("They reached Round 2 easily."), Vec::<String>::new());
    assert_eq!(
        texts("<a data-id=\"123456\" ts=\"99\">link</a>"),
        Vec::<String>::new()
    );
    assert_eq!(
        texts("The rally was set for (4/22/19) downtown."),
        vec!["4/22/19"]
    );
}

#[test]
fn temperatures_pc_half_and_between_amounts() {
    assert_eq!(
        one("It hit 41C at noon."),
        ("41C".into(), K::Measure, num(41.0), s("celsius"))
    );
    assert_eq!(
        one("Jobless rate is 5.1pc now."),
        ("5.1pc".into(), K::Percent, num(5.1), None)
    );
    assert_eq!(
        one("Half a million fans came."),
        ("Half a million".into(), K::Count, num(5e5), s("fan"))
    );
    let t = "Seats cost between \u{a3}30 and \u{a3}90 each.";
    assert_eq!(
        one(t),
        (
            "between \u{a3}30 and \u{a3}90".into(),
            K::Range,
            num(30.0),
            s("GBP")
        )
    );
    assert_eq!(analyze(t).numbers[0].high, Some(90.0));
}

#[test]
fn metres_versus_millions() {
    assert_eq!(
        one("She won the 200m race."),
        ("200m".into(), K::Measure, num(200.0), s("m"))
    );
    assert_eq!(
        one("About 3m homes lack power."),
        ("About 3m".into(), K::Count, num(3e6), s("home"))
    );
}

#[test]
fn day_spans_ages_in_apposition_and_ratios() {
    assert_eq!(
        one("The fair runs 4 to 6 June."),
        ("4 to 6 June".into(), K::Date, txt("XXXX-06-04"), None)
    );
    assert_eq!(
        one("Mary Jones, 64, retired."),
        ("64".into(), K::Age, num(64.0), s("year"))
    );
    assert_eq!(
        one("One in four homes is empty."),
        ("One in four".into(), K::Count, num(0.25), None)
    );
}

#[test]
fn shares_of_a_group_are_one_fraction() {
    assert_eq!(
        one("Nearly seven in 10 tenants said rents were too high."),
        ("Nearly seven in 10".into(), K::Count, num(0.7), None)
    );
    assert_eq!(
        one("Roughly one in eight of the ferries sailed late."),
        ("one in eight".into(), K::Count, num(0.125), None)
    );
    assert_eq!(
        one("The odds were one in a million."),
        ("one in a million".into(), K::Count, num(1e-6), None)
    );
    // the second number has a unit or is a year: no share
    assert_eq!(texts("They scored five in 10 minutes."), vec!["five", "10 minutes"]);
    assert_eq!(texts("She won three in 2019 alone."), vec!["three", "2019"]);
}

#[test]
fn phone_numbers_and_labels_are_skipped() {
    assert_eq!(texts("Ring 0161 496 0000 today."), Vec::<String>::new());
    assert_eq!(texts("She lives at No 7 now."), Vec::<String>::new());
    assert_eq!(texts("First published on Friday"), Vec::<String>::new());
}

#[test]
fn more_clock_forms_and_nautical_miles() {
    assert_eq!(
        one("Markets open (0800 GMT) daily."),
        ("0800".into(), K::Time, txt("08:00"), None)
    );
    assert_eq!(
        one("We left at 7.15 in the evening."),
        ("7.15".into(), K::Time, txt("19:15"), None)
    );
    assert_eq!(
        one("It sank 9 nautical miles out."),
        ("9 nautical miles".into(), K::Measure, num(9.0), s("nmi"))
    );
    assert_eq!(
        texts("Ring (020) 7946 0000 or +1 555 0100."),
        Vec::<String>::new()
    );
}

#[test]
fn big_ordinals_celsius_and_ages_after_nouns() {
    assert_eq!(
        one("It was the 1,000th game."),
        ("1,000th".into(), K::Ordinal, num(1000.0), None)
    );
    assert_eq!(
        one("It may reach 38 degrees Celsius."),
        (
            "38 degrees Celsius".into(),
            K::Measure,
            num(38.0),
            s("celsius")
        )
    );
    assert_eq!(
        one("The new coach, 52, starts soon."),
        ("52".into(), K::Age, num(52.0), s("year"))
    );
    assert_eq!(
        one("There were 2.5m fewer riders."),
        ("2.5m".into(), K::Count, num(2.5e6), s("rider"))
    );
}

#[test]
fn title_case_headlines_keep_counts() {
    assert_eq!(
        one("Storm Leaves 30 Homes Flooded"),
        ("30".into(), K::Count, num(30.0), s("home"))
    );
    assert_eq!(
        texts("The Fortune 500 list and Windows 10 users."),
        Vec::<String>::new()
    );
}

#[test]
fn counted_nouns_behind_modifiers() {
    assert_eq!(one("They sent 12 of the newer T90 tanks.").3, s("tank"));
    assert_eq!(
        one("It has nine so-called \u{201c}core partners\u{201d} now.").3,
        s("partner")
    );
    assert_eq!(one("The two very different plans clashed.").3, s("plan"));
    assert_eq!(one("Police held 14 suspects.").3, s("suspect"));
    assert_eq!(one("The 3 countries agreed.").3, s("country"));
}

#[test]
fn addresses_slash_years_half_hours_and_long_compounds() {
    assert_eq!(
        texts("He left 10 Downing Street early."),
        Vec::<String>::new()
    );
    let t = "Profits in 2023/24 rose.";
    assert_eq!(one(t), ("2023/24".into(), K::Range, num(2023.0), None));
    assert_eq!(analyze(t).numbers[0].high, Some(2024.0));
    assert_eq!(
        one("We waited half an hour."),
        ("half an hour".into(), K::Duration, num(0.5), s("hour"))
    );
    assert_eq!(
        one("A three-month-long siege ended."),
        ("three-month-long".into(), K::Duration, num(3.0), s("month"))
    );
    assert_eq!(
        one("It opened on 4 March, 2021, at last."),
        ("4 March, 2021".into(), K::Date, txt("2021-03-04"), None)
    );
}

#[test]
fn currency_after_the_amount_and_spaced_millions() {
    assert_eq!(
        one("It cost 250\u{20ac} in all."),
        ("250\u{20ac}".into(), K::Money, num(250.0), s("EUR"))
    );
    assert_eq!(
        one("A fine of \u{20ac}3 m was set."),
        ("\u{20ac}3 m".into(), K::Money, num(3e6), s("EUR"))
    );
    assert_eq!(
        one("It cost R$40 there."),
        ("R$40".into(), K::Money, num(40.0), s("BRL"))
    );
    assert_eq!(
        texts("Paid \u{a3}5 (\u{20ac}6) each."),
        vec!["\u{a3}5", "\u{20ac}6"]
    );
}

#[test]
fn indian_digit_grouping() {
    assert_eq!(
        one("It cost Rs 1,50,000 last year."),
        ("Rs 1,50,000".into(), K::Money, num(150000.0), s("INR"))
    );
}

#[test]
fn long_runs_of_number_like_tokens_stay_linear() {
    // each pattern repeated into a long block; the pass must finish quickly and soundly
    for pat in [
        "Mr Thousand Thousand ",
        "1-",
        "between 1 and ",
        "a a ",
        "one-",
        "Two-and-a-",
        "1/",
    ] {
        let t = pat.repeat(20_000 / pat.len());
        let a = analyze(&t);
        let mut last = 0;
        for n in &a.numbers {
            assert!(n.start >= last && n.start < n.end);
            last = n.end;
        }
    }
}

#[test]
fn halves_and_negative_temperatures() {
    assert_eq!(
        one("Half a dozen boats sank."),
        ("Half a dozen".into(), K::Count, num(6.0), s("boat"))
    );
    assert_eq!(
        one("Some one and a half million jobs."),
        (
            "one and a half million".into(),
            K::Count,
            num(1.5e6),
            s("job")
        )
    );
    assert_eq!(
        one("A 2\u{bd} hour wait."),
        ("2\u{bd} hour".into(), K::Duration, num(2.5), s("hour"))
    );
    assert_eq!(
        one("It fell to minus 12C overnight."),
        ("minus 12C".into(), K::Measure, num(-12.0), s("celsius"))
    );
    assert_eq!(texts("Two minus one is one."), vec!["Two"]);
}

#[test]
fn sentence_initial_adverbs_are_not_names() {
    assert_eq!(
        texts("Perhaps 40 people came. Fully 20 were hurt."),
        vec!["40", "20"]
    );
    assert_eq!(texts("The Apollo 11 crew met Italy."), Vec::<String>::new());
}

#[test]
fn plus_or_minus_is_no_negative() {
    assert_eq!(
        one("The error is plus or minus 3 points."),
        ("3 points".into(), K::Percent, num(3.0), s("percentage point"))
    );
}

#[test]
fn scaled_values_carry_no_rounding_error() {
    let t = "Shares fell 3p to 127.5p and the bond paid 0.7% on 1.1bn; \u{20ac}4.1m to \u{20ac}4.3m.";
    let a = crate::analyze(t);
    let vals: Vec<String> = a
        .numbers
        .iter()
        .filter_map(|n| match &n.value {
            Some(Value::Num(v)) => Some(v.to_string()),
            _ => None,
        })
        .collect();
    assert_eq!(vals, ["0.03", "1.275", "0.7", "1100000000", "4100000"]);
    // decimals of a sub-unit too
    let vals: Vec<_> = nums("The krone sat at 86.4p and a token cost 33.3 cents.").into_iter().map(|x| x.2).collect();
    assert_eq!(vals, [num(0.864), num(0.333)]);
}

#[test]
fn fractions_of_a_whole() {
    // a change by a fraction, with no whole after it
    assert_eq!(
        nums("Sales fell by a fifth, then rose by half in a year."),
        vec![
            ("a fifth".into(), K::Count, num(0.2), None),
            ("half".into(), K::Count, num(0.5), None),
        ]
    );
    // the whole is not in the span, as a count's noun is not
    assert_eq!(
        nums("Almost a third of the crew quit, and half of them left town."),
        vec![
            ("Almost a third".into(), K::Count, num(1.0 / 3.0), None),
            ("half".into(), K::Count, num(0.5), None),
        ]
    );
    assert_eq!(one("One quarter of the orchard burned.").1, K::Count);
    // a fraction of a unit, of a percent, of a scale word with its currency
    assert_eq!(one("The queue moved in a quarter of an hour."), ("a quarter of an hour".into(), K::Duration, num(0.25), s("hour")));
    assert_eq!(one("Rates fell by a quarter of a percentage point."), ("a quarter of a percentage point".into(), K::Percent, num(0.25), s("percentage point")));
    assert_eq!(one("The fee was a quarter of a million pounds."), ("a quarter of a million pounds".into(), K::Money, num(250_000.0), s("GBP")));
    // not fractions: a half or a quarter named by its place, a plural, no "of"
    assert_eq!(texts("The second half of the match and the other half of the hall were empty."), vec!["second".to_string()]);
    assert!(texts("They reached the quarter-final and a quarter final.").is_empty());
    assert!(texts("Quarters of the town flooded.").is_empty());
}

#[test]
fn digits_after_a_camel_case_product_name_are_part_of_it() {
    assert!(texts("She swapped her iPhone 14 for a new one.").is_empty());
    assert_eq!(texts("She bought 14 phones."), vec!["14".to_string()]);
}

#[test]
fn an_age_by_decade() {
    assert_eq!(one("A man in his 40s was arrested."), ("40s".into(), K::Age, num(40.0), s("year")));
    assert_eq!(one("She was in her early 30s.").0, "30s");
    // a decade of a century is no age
    assert_eq!(one("Music of the 1960s returned.").1, K::Year);
}

#[test]
fn a_score_is_one_count_valued_at_the_side_written_first() {
    assert_eq!(texts("Harbour City 2-1 Eastbridge: a late winner."), ["2-1"]);
    assert_eq!(one("They drew 1-1 with Westford Rovers."), ("1-1".into(), K::Count, num(1.0), None));
    assert_eq!(one("It ended in a 0-3 defeat."), ("0-3".into(), K::Count, num(0.0), None));
    // an ascending pair with a unit is still a range
    assert_eq!(one("It lasts 3-4 days.").1, K::Range);
}

#[test]
fn over_before_an_amount_that_modifies_a_noun_is_the_preposition() {
    let approx = |t: &str| analyze(t).numbers.iter().map(|n| (n.text(t).to_string(), n.approx)).collect::<Vec<_>>();
    assert_eq!(approx("A trader was jailed over a \u{a3}2.3m fraud."), [("\u{a3}2.3m".into(), None)]);
    assert_eq!(approx("Talks stalled over $5bn loans."), [("$5bn".into(), None)]);
    // an approximator still, though not in the span (N3 does not list "over")
    for t in ["Over \u{a3}2m was stolen.", "It cost over \u{a3}2m in total.", "The group spent over $2m targeting voters."] {
        assert_eq!(approx(t), [("\u{a3}2m".replace("\u{a3}", if t.contains('$') { "$" } else { "\u{a3}" }), Some(Approx::Over))], "{t}");
    }
}

#[test]
fn approximators_outside_the_n3_list_stay_out_of_the_span() {
    let t = "Support sits at well under 30%, roughly 45 towns voted and costs ran close to \u{20ac}9m, around 12 more than over 40 hours.";
    assert_eq!(texts(t), ["30%", "45", "\u{20ac}9m", "12", "40 hours"]);
    assert_eq!(analyze(t).numbers[1].approx, Some(Approx::About));
    // the listed ones and their grammatical variants stay in
    let t = "No more than 20 boats came, fewer than 9 left and at most 3 sank.";
    assert_eq!(texts(t), ["No more than 20", "fewer than 9", "at most 3"]);
    // an unlisted one is no quantity word for a pronoun "one" either
    assert_eq!(texts("They sat around one another and argued over one of the drafts."), Vec::<String>::new());
}

#[test]
fn approximators_before_clock_times_and_about_before_a_year() {
    let t = "The ferry should dock by about 5pm and the bridge stays shut until at least 18:30.";
    assert_eq!(
        nums(t),
        [
            ("about 5pm".into(), K::Time, txt("17:00"), None),
            ("at least 18:30".into(), K::Time, txt("18:30"), None),
        ]
    );
    // "up to" before a time is "until"; "around" is not a listed approximator
    assert_eq!(texts("Lanes stay closed up to 6am, reopening around 7.15am."), ["6am", "7.15am"]);
    // "about" before a bare year is the preposition
    assert_eq!(one("She dodged questions about 2032 at the fair.").0, "2032");
    assert_eq!(one("The mill closed in about 1890.").0, "about 1890");
}

#[test]
fn units_written_after_the_number_stay_in_the_span() {
    let t = "The bank trimmed rates by 50 basis points after a 15 basis point move, eyeing a 10-basis-point hike.";
    assert_eq!(
        nums(t),
        [
            ("50 basis points".into(), K::Measure, num(50.0), s("bp")),
            ("15 basis point".into(), K::Measure, num(15.0), s("bp")),
            ("10-basis-point".into(), K::Measure, num(10.0), s("bp")),
        ]
    );
    let t = "Pressure dropped 31 millibars to 962 hPa, then 958mb; the file was 5MB.";
    assert_eq!(texts(t), ["31 millibars", "962 hPa", "958mb", "5MB"]);
    assert_eq!(nums(t)[2].3, s("millibar"));
    assert_eq!(nums(t)[3].3, s("MB"));
    assert_eq!(
        one("Labour led by 7 percentage points."),
        ("7 percentage points".into(), K::Percent, num(7.0), s("percentage point"))
    );
}

#[test]
fn magnitudes_are_measures() {
    let t = "A magnitude 5.9 tremor shook Tarvos, a 4.1-magnitude aftershock followed, and a 6 magnitude quake hit in 1987 with a magnitude of 6.3.";
    assert_eq!(
        nums(t),
        [
            ("magnitude 5.9".into(), K::Measure, num(5.9), s("magnitude")),
            ("4.1-magnitude".into(), K::Measure, num(4.1), s("magnitude")),
            ("6 magnitude".into(), K::Measure, num(6.0), s("magnitude")),
            ("1987".into(), K::Year, num(1987.0), None),
            ("6.3".into(), K::Measure, num(6.3), s("magnitude")),
        ]
    );
    // a headline's capital is no name ("Siberia 2"); a magnitude with no number is none
    assert_eq!(one("Magnitude 6 quake rattles Tarvos").0, "Magnitude 6");
    assert_eq!(texts("The magnitude of the task grew."), Vec::<String>::new());
}

#[test]
fn numbers_that_label_a_thing_are_not_counts() {
    let t = "The A9 is shut between junctions 14 and 17, trains leave from platform 3, boarding at gates 8, 9 or 11 for flight 226 on bus 40.";
    assert_eq!(texts(t), Vec::<String>::new());
    // a number before the noun still counts it; a measure after the noun is a measure
    assert_eq!(texts("Crews closed 3 junctions and the platform 12 metres long."), ["3", "12 metres"]);
    // a plane's runway, a passenger's row and seat, a hospital ward
    assert_eq!(texts("The jet left runway 27; she sat in row 14, seat 3, and was taken to ward 9."), Vec::<String>::new());
    // a rule, clause, section or chapter of a text
    assert_eq!(texts("He breached rule 14 and section 3 of the code, as chapter 2 and clauses 4 and 5 set out."), Vec::<String>::new());
    assert_eq!(texts("The code has 14 rules."), ["14"]);
}

#[test]
fn elliptical_ranges_and_a_change_with_its_level() {
    assert_eq!(
        one("Repairs could take one week or three, the council said."),
        ("one week or three".into(), K::Range, num(1.0), s("week"))
    );
    assert_eq!(one("The ridge is 4km or 5 from the road.").0, "4km or 5");
    // a second bound with its own noun is a number of its own
    assert_eq!(texts("It took one week or three visits."), ["one week", "three"]);
    // after "by", "X to Y" is the change and the new level
    let t = "Arrivals fell by 3,200 to 48,900 and exports rose by about \u{a3}2bn to \u{a3}9bn.";
    assert_eq!(texts(t), ["3,200", "48,900", "about \u{a3}2bn", "\u{a3}9bn"]);
    // a unit after the second bound only still makes a range, as without "by"
    assert_eq!(one("Fares rise by 2 to 3 percent.").1, K::Range);
    assert_eq!(one("Each draft is read by 6 to 9 editors.").1, K::Range);
    assert_eq!(one("Crowds of 3,200 to 4,900 gathered.").1, K::Range);
}

#[test]
fn month_of_year_one_more_and_lexicalised_first() {
    assert_eq!(one("\u{201c}It was only June of 2031,\u{201d} she said.").0, "June of 2031");
    assert_eq!(one("It was only June of 2031.").2, txt("2031-06"));
    // (no unit: the word after "more" may be an adjective, "one more big hike")
    assert_eq!(one("Traders now see one more hike before spring.").0, "one");
    assert_eq!(one("Traders see only one more hike.").0, "one");
    assert_eq!(texts("There is one more thing to add."), Vec::<String>::new());
    assert_eq!(texts("Loans for first-time owners and first-hand reports."), Vec::<String>::new());
}

#[test]
fn counted_nouns_behind_participles_partitives_and_irregular_plurals() {
    let u = |t: &str| nums(t).into_iter().map(|x| x.3).collect::<Vec<_>>();
    assert_eq!(u("Crews reached 12 of the 30 flooded parishes."), [s("parish"), s("parish")]);
    assert_eq!(u("She left three stepchildren and 40 firemen came."), [s("stepchild"), s("fireman")]);
    assert_eq!(u("It hired 2 women and tested 3 specimens."), [s("woman"), s("specimen")]);
    // a count range keeps its counted noun (N5: the bounds' unit)
    assert_eq!(u("Between 20 and 25 schools shut, then eight or nine clinics."), [s("school"), s("clinic")]);
    // a participle with no noun after it is no counted noun
    assert_eq!(u("At least 40 injured were taken in."), [None]);
}

#[test]
fn a_window_between_two_clock_times_is_one_range() {
    assert_eq!(
        one("Sirens sounded between 9pm and 1am local time."),
        ("between 9pm and 1am".into(), K::Range, txt("21:00"), None)
    );
    assert_eq!(texts("The desk is open between 10:00 and lunch."), ["10:00"]);
}

#[test]
fn a_dashed_window_of_clock_times_is_one_range() {
    assert_eq!(one("The curfew runs 23:30\u{2013}05:00 each night.").0, "23:30\u{2013}05:00");
    assert_eq!(one("The curfew runs 23:30\u{2013}05:00 each night.").1, K::Range);
}

#[test]
fn a_first_bound_written_in_full_takes_no_scale_word() {
    assert_eq!(
        one("Between 700,000 and 1.5 million voters stayed home."),
        ("Between 700,000 and 1.5 million".into(), K::Range, num(700000.0), Some("voter".into()))
    );
    assert_eq!(one("Between 2 and 3 million voters stayed home.").2, num(2000000.0));
}

#[test]
fn a_numbered_ordinal_before_a_capitalised_word_is_a_name() {
    assert_eq!(texts("The case went to the 5th U.S. Circuit Court of Appeals."), Vec::<String>::new());
    assert_eq!(texts("She came 2nd in the race."), ["2nd"]);
}

#[test]
fn a_post_s_age_glued_to_its_time_zone_is_a_duration() {
    assert_eq!(texts("Updated 8:15 p.m. ET4m ago"), ["8:15 p.m.", "4m ago"]);
    // a code stays a code
    assert_eq!(texts("The ET2 unit failed."), Vec::<String>::new());
}

#[test]
fn an_approximate_fraction_after_by() {
    assert_eq!(
        one("Ticket sales dropped by almost a quarter."),
        ("almost a quarter".into(), K::Count, num(0.25), None)
    );
    assert_eq!(
        one("Its herd shrank by about a half in a year."),
        ("about a half".into(), K::Count, num(0.5), None)
    );
}

#[test]
fn multipliers_are_counts() {
    assert_eq!(
        one("The lake is warming about twice as quickly as the sea."),
        ("about twice".into(), K::Count, num(2.0), None)
    );
    assert_eq!(
        one("The ferry was cancelled twice."),
        ("twice".into(), K::Count, num(2.0), None)
    );
    assert_eq!(texts("The council meets twice-weekly, not once."), Vec::<String>::new());
    // (a negation before the verb: "was not mentioned once", "never lost once")
    assert_eq!(texts("The plan was not mentioned once during the debate."), Vec::<String>::new());
    assert_eq!(texts("They never lost once all season."), Vec::<String>::new());
    assert_eq!(texts("They hadn't lost once all season."), Vec::<String>::new());
    assert_eq!(texts("They had lost once all season."), vec!["once"]);
}

#[test]
fn more_inside_a_duration_or_measure() {
    assert_eq!(
        one("The museum stays shut for only nine more months."),
        ("nine more months".into(), K::Duration, num(9.0), s("month"))
    );
    assert_eq!(
        one("Hikers face 12 extra miles of detours."),
        ("12 extra miles".into(), K::Measure, num(12.0), s("mile"))
    );
    assert_eq!(
        one("The navy wants two more ships."),
        ("two".into(), K::Count, num(2.0), s("ship"))
    );
}

#[test]
fn a_year_before_an_event_plural() {
    assert_eq!(
        one("Both parties eye the 2030 elections already."),
        ("2030".into(), K::Year, num(2030.0), None)
    );
    assert_eq!(
        one("Rents now exceed 2019 levels."),
        ("2019".into(), K::Year, num(2019.0), None)
    );
    assert_eq!(
        one("Some 2000 fans stayed home."),
        ("2000".into(), K::Count, num(2000.0), s("fan"))
    );
}

#[test]
fn a_vote_tally_is_one_count() {
    assert_eq!(
        one("The board voted 11-4 to close the depot."),
        ("11-4".into(), K::Count, num(11.0), s("vote"))
    );
    assert_eq!(
        one("The bill cleared the chamber by a 231-198 vote."),
        ("231-198".into(), K::Count, num(231.0), s("vote"))
    );
    // a score is one count too, with no unit
    assert_eq!(one("Rovers won 3-1 at home."), ("3-1".into(), K::Count, num(3.0), None));
}

#[test]
fn an_hour_before_a_part_of_the_day() {
    assert_eq!(
        one("Volunteers have queued since five this morning."),
        ("five".into(), K::Time, txt("05:00"), None)
    );
    assert_eq!(
        one("The bridge reopens at 8 in the evening."),
        ("8".into(), K::Time, txt("20:00"), None)
    );
    // a level reached since the morning stays a count
    assert_eq!(
        nums("The toll rose to 20, up from seven in the morning.")[1],
        ("seven".into(), K::Count, num(7.0), None)
    );
}

#[test]
fn more_than_after_a_quantity_compares() {
    assert_eq!(
        texts("Bread costs 15% more than three years ago."),
        vec!["15%", "three years ago"]
    );
    assert_eq!(
        texts("Fares rose by 40 euros more than two years earlier."),
        vec!["40 euros", "two years earlier"]
    );
    // after a year or a date the approximator stays
    assert_eq!(
        texts("In 2021 more than 30 shops closed."),
        vec!["2021", "more than 30"]
    );
}

#[test]
fn a_hyphenated_area() {
    assert_eq!(
        one("They rented a 2,500-square-foot barn."),
        ("2,500-square-foot".into(), K::Measure, num(2500.0), s("ft2"))
    );
    assert_eq!(
        one("Police set up a 12-square-kilometre cordon."),
        ("12-square-kilometre".into(), K::Measure, num(12.0), s("km2"))
    );
}

#[test]
fn a_sentence_initial_one_that_counts() {
    assert_eq!(
        one("The van overturned. One passenger died at the scene."),
        ("One".into(), K::Count, num(1.0), s("passenger"))
    );
    assert_eq!(
        texts("\u{201c}One slip, one bad call, and the season is gone,\u{201d} he said."),
        vec!["One", "one"]
    );
    // an article-like "One" stays out (N2)
    assert_eq!(texts("One nurse told the inquiry she had warned them."), Vec::<String>::new());
}

#[test]
fn temperature_units_are_scale_names() {
    assert_eq!(
        one("Inland it touched 104F on Sunday."),
        ("104F".into(), K::Measure, num(104.0), s("fahrenheit"))
    );
    assert_eq!(
        one("The sea was 21\u{b0}C at dawn."),
        ("21\u{b0}C".into(), K::Measure, num(21.0), s("celsius"))
    );
}

#[test]
fn a_hyphenated_counted_noun() {
    assert_eq!(
        one("The motion has 48 co-signatories so far."),
        ("48".into(), K::Count, num(48.0), s("co-signatory"))
    );
    assert_eq!(
        one("Some 300 well-wishers lined the road."),
        ("300".into(), K::Count, num(300.0), s("well-wisher"))
    );
    assert_eq!(
        one("Six plain-clothes Met detectives waited."),
        ("Six".into(), K::Count, num(6.0), s("detective"))
    );
}

#[test]
fn a_capitalised_counted_noun_keeps_its_capitals() {
    assert_eq!(
        nums("Nine Liberals and four Greens abstained.")
            .into_iter()
            .map(|x| x.3)
            .collect::<Vec<_>>(),
        vec![s("Liberal"), s("Green")]
    );
    assert_eq!(one("Only 3 MEPs came.").3, s("MEP"));
    // a title-case headline
    assert_eq!(one("Gale Leaves 30 Homes Flooded").3, s("home"));
}

#[test]
fn a_lead_in_points_is_percentage_points() {
    assert_eq!(
        nums("The mayor won voters under 30 by nearly 8 points.")[1],
        ("nearly 8 points".into(), K::Percent, num(8.0), s("percentage point"))
    );
    assert_eq!(
        one("By dawn she was 5 points ahead."),
        ("5 points".into(), K::Percent, num(5.0), s("percentage point"))
    );
    // an index moves by points
    assert_eq!(
        one("The Nikkei fell by 40 points."),
        ("40".into(), K::Count, num(40.0), s("point"))
    );
}

#[test]
fn a_couple_of_time_units() {
    assert_eq!(
        one("Repairs should take a couple of weeks."),
        ("a couple of weeks".into(), K::Duration, num(2.0), s("week"))
    );
    assert_eq!(texts("A couple of fans waited."), Vec::<String>::new());
}

#[test]
fn a_currency_named_with_its_nationality() {
    assert_eq!(
        one("The grant is worth 2.5 billion Swedish kronor."),
        ("2.5 billion Swedish kronor".into(), K::Money, num(2.5e9), s("SEK"))
    );
    assert_eq!(
        one("Entry costs 40 Danish kroner."),
        ("40 Danish kroner".into(), K::Money, num(40.0), s("DKK"))
    );
}

#[test]
fn an_age_bracket_of_a_group() {
    assert_eq!(
        one("Entry is free for children under 5."),
        ("5".into(), K::Age, num(5.0), s("year"))
    );
    assert_eq!(
        one("Turnout fell among drivers 70 and over."),
        ("70".into(), K::Age, num(70.0), s("year"))
    );
    assert_eq!(
        one("Prices rose for under 30 items."),
        ("30".into(), K::Count, num(30.0), s("item"))
    );
}

#[test]
fn service_numbers_to_call_are_not_counts() {
    assert_eq!(texts("If in danger, dial 999 or call 101."), Vec::<String>::new());
    assert_eq!(texts("Call 111 online first."), Vec::<String>::new());
    assert_eq!(texts("Handlers took 999 calls."), vec!["999"]);
}

#[test]
fn an_elliptical_rank_after_a_determiner() {
    assert_eq!(
        texts("We lost the first match and won the second."),
        vec!["first", "second"]
    );
    assert_eq!(
        texts("Her plan was the third, after two others."),
        vec!["third", "two"]
    );
}

#[test]
fn league_points_and_positions() {
    assert_eq!(
        nums("His side stay fifth, 11 points behind the leaders."),
        vec![
            ("fifth".into(), K::Ordinal, num(5.0), None),
            ("11".into(), K::Count, num(11.0), s("point")),
        ]
    );
    assert_eq!(nums("Leeds go two points clear with nine games to play.")[0], ("two".into(), K::Count, num(2.0), s("point")));
}

#[test]
fn a_poll_lead_at_or_from_so_many_points_and_milligrams() {
    assert_eq!(one("The poll puts Labour's lead at nine points."), ("nine points".into(), K::Percent, num(9.0), s("percentage point")));
    assert_eq!(
        nums("That is a nine-point lead, up from six points in May."),
        vec![
            ("nine-point".into(), K::Percent, num(9.0), s("percentage point")),
            ("six points".into(), K::Percent, num(6.0), s("percentage point")),
            ("May".into(), K::Date, txt("XXXX-05"), None),
        ]
        .into_iter()
        .filter(|x| x.0 != "May")
        .collect::<Vec<_>>()
    );
    // a league's lead stays points
    assert_eq!(one("Leeds hold a nine-point lead at the top of the table.").3, s("point"));
    assert_eq!(one("The dose was 1.9mg a day."), ("1.9mg".into(), K::Measure, num(1.9), s("mg")));
}

#[test]
fn a_percent_range_written_with_two_signs() {
    assert_eq!(nums("Sales should grow 8% to 11% this year."), vec![("8% to 11%".into(), K::Range, num(8.0), None)]);
    // a poll's two shares, the first the larger, stay two
    assert_eq!(nums("Moreau leads 49% to 41%.").len(), 2);
}

#[test]
fn invariant_plurals_and_the_us_are_counted_nouns() {
    assert_eq!(nums("Crews flew four aircraft over the ridge.")[0].3, s("aircraft"));
    assert_eq!(nums("It hired two US defence contractors.")[0].3, s("contractor"));
    // a modifier of a plural noun is no unit
    assert_eq!(nums("Two aircraft carriers sailed.")[0].3, s("carrier"));
}

#[test]
fn a_chamber_s_decision_with_its_tally_is_one_count_of_votes() {
    assert_eq!(nums("The Senate advanced the bill 51-49 on Tuesday."), vec![("51-49".into(), K::Count, num(51.0), s("vote"))]);
    assert_eq!(nums("The panel approved the plan 12-9."), vec![("12-9".into(), K::Count, num(12.0), s("vote"))]);
}

#[test]
fn half_before_a_determiner_is_a_fraction() {
    assert_eq!(nums("Nobody would have paid half that."), vec![("half".into(), K::Count, num(0.5), None)]);
    assert_eq!(nums("Half the staff left.")[0].2, num(0.5));
    assert!(nums("In the second half the team scored.").iter().all(|n| n.0 != "half"));
}

#[test]
fn a_second_chamber_s_tally_and_one_before_a_speaker() {
    assert_eq!(
        nums("The bill cleared the Senate 31-19 and the House 58-41 in April."),
        vec![("31-19".into(), K::Count, num(31.0), s("vote")), ("58-41".into(), K::Count, num(58.0), s("vote"))]
    );
    // "one" introducing a speaker is article-like (N2), as at a sentence start
    assert!(nums("The town was quiet where, one shopkeeper said, doors stay open.").is_empty());
    assert_eq!(nums("The raid left one guard injured.").len(), 1);
}

#[test]
fn set_scores_each_one_count() {
    let v = nums("Marant won 4-6, 6-3, 7-5 on Sunday.");
    assert_eq!(v.iter().map(|n| n.0.as_str()).collect::<Vec<_>>(), ["4-6", "6-3", "7-5"]);
    assert!(v.iter().all(|n| n.1 == K::Count));
    assert_eq!(nums("She beat Kova 6-2, 6-1.").len(), 2);
    assert_eq!(nums("At 5-4 down she served.")[0].0, "5-4");
    // ranges in a list stay ranges
    assert!(nums("See pages 2-4, 5-7.").iter().all(|n| n.1 == K::Range));
}

#[test]
fn measure_ranges_speeds_kinds_of_years_and_ages() {
    assert_eq!(nums("between minus 40°C and 25°C"), vec![("between minus 40°C and 25°C".into(), K::Range, num(-40.0), s("celsius"))]);
    assert_eq!(nums("heated from 80°C to 120°C")[0].0, "80°C to 120°C");
    // a fall is two levels
    assert_eq!(nums("It fell from 30°C to 20°C.").len(), 2);
    assert_eq!(nums("at 25,000 km/h")[0].3, s("km/h"));
    assert_eq!(nums("for at least two Martian years"), vec![("at least two Martian years".into(), K::Duration, num(2.0), s("year"))]);
    assert_eq!(nums("in its 2026 financial year")[0].1, K::Year);
    assert_eq!(nums("half a mile away"), vec![("half a mile".into(), K::Measure, num(0.5), s("mile"))]);
    assert_eq!(nums("I am 27 and I feel fine.")[0].1, K::Age);
    assert_eq!(nums("a player who is 19.")[0].1, K::Age);
    assert_eq!(nums("They were 10 minutes late.")[0].1, K::Duration);
}

#[test]
fn an_age_after_now_and_minutes_after_hours() {
    assert_eq!(nums("Hanratty, now 76, said she was proud.")[0].1, K::Age);
    assert_eq!(nums("The average wait was 9h 20m in September.")[0], ("9h 20m".into(), K::Duration, num(560.0), s("minute")));
    assert_eq!(nums("a 20m wall")[0].3, s("m"));
}

#[test]
fn units_of_devices_glued_or_spaced_are_measures() {
    let t = "The phone has 8GB of RAM, 512GB or 2TB of storage, a 2.8GHz chip, a 90Hz screen, a 4,500mAh battery and a 50-megapixel camera, and charges at 45 watts or 10 GB a minute.";
    assert_eq!(
        nums(t).into_iter().map(|(x, k, _, u)| (x, k, u)).collect::<Vec<_>>(),
        [
            ("8GB".into(), K::Measure, s("GB")),
            ("512GB".into(), K::Measure, s("GB")),
            ("2TB".into(), K::Measure, s("TB")),
            ("2.8GHz".into(), K::Measure, s("GHz")),
            ("90Hz".into(), K::Measure, s("Hz")),
            ("4,500mAh".into(), K::Measure, s("mAh")),
            ("50-megapixel".into(), K::Measure, s("megapixel")),
            ("45 watts".into(), K::Measure, s("W")),
            ("10 GB".into(), K::Measure, s("GB")),
        ]
    );
}

#[test]
fn a_fraction_before_a_comparative_is_a_fraction() {
    assert_eq!(one("The new chip uses a third less power."), ("a third".into(), K::Count, num(1.0 / 3.0), None));
    assert_eq!(one("They hired a quarter more staff.").0, "a quarter");
    // an ordinal before a noun stays an ordinal
    assert_eq!(one("She won a third term.").1, K::Ordinal);
}

#[test]
fn a_series_lead_and_a_cricket_score_are_one_count() {
    assert_eq!(texts("Ostrava take a 2-1 series lead."), ["2-1"]);
    // runs, then wickets, after the side's name
    assert_eq!(nums("Kestria 288-6 beat the hosts.")[0], ("288-6".into(), K::Count, num(288.0), None));
}

#[test]
fn a_dotted_clock_time_before_local_time_is_a_time() {
    assert_eq!(one("The vote opens on Tuesday at 10.00 local time."), ("10.00".into(), K::Time, txt("10:00"), None));
    // a decimal with no zone stays a number
    assert_eq!(one("The fare was 10.50 in total.").1, K::Count);
}

#[test]
fn digits_before_a_model_word_name_a_product() {
    assert!(texts("If it fails, the 9 Pro will be an expensive lesson.").is_empty());
}

#[test]
fn numbers_of_astronomy() {
    let t = "The star, HD 4021 b's host, is about 15 million years old and 1,200 light years away; gas leaves it at 9,000km per second, the disc is between 50 and 70 Kelvin and its edge sits at about -180C.";
    assert_eq!(
        nums(t).into_iter().map(|(x, k, v, u)| (x, k, v, u)).collect::<Vec<_>>(),
        [
            ("about 15 million years old".into(), K::Age, num(15e6), s("year")),
            ("1,200 light years".into(), K::Measure, num(1200.0), s("light year")),
            ("9,000km per second".into(), K::Measure, num(9000.0), s("km/s")),
            ("between 50 and 70 Kelvin".into(), K::Range, num(50.0), s("kelvin")),
            ("about -180C".into(), K::Measure, num(-180.0), s("celsius")),
        ]
    );
    // a scaled number of years is a duration; miles per hour is mph
    assert_eq!(one("It took 200 million years to form.").1, K::Duration);
    assert_eq!(one("Winds reached 120 miles per hour.").3, s("mph"));
    // a hyphen between two numbers is a range, not a minus
    assert_eq!(one("Highs of 18-20C are forecast.").2, num(18.0));
}

#[test]
fn a_dotted_time_at_a_day_word_and_one_before_a_speech_verb() {
    assert_eq!(one("The hearing resumes at 10.30 tomorrow.").1, K::Time);
    // "one monitor described": a person, as "one official said"
    assert_eq!(texts("Both hold what one monitor described as some 300 people."), ["300"]);
}

#[test]
fn a_relative_s_or_a_named_person_s_age_after_be() {
    assert_eq!(one("\u{201c}My mother is 80,\u{201d} she said.").1, K::Age);
    assert_eq!(one("The novelist Vera Lind is 61, and still writes at dawn.").1, K::Age);
    // a number after a capitalised word at the sentence start is no age
    assert_eq!(one("Turnout is 64 in the north.").1, K::Count);
}

#[test]
fn an_adverbial_first_a_zone_offset_and_an_age_ending_the_sentence() {
    // "first" before an irregular past is an adverb (N2)
    assert_eq!(texts("The singer first came to fame in Dublin."), Vec::<String>::new());
    // a time zone's offset is a code
    assert_eq!(texts("Updated 9:14 AM GMT+1"), ["9:14 AM"]);
    // an age in apposition that ends the sentence
    assert_eq!(one("The couple split, said her former partner, Ruben Kahl, 33.").1, K::Age);
}

#[test]
fn a_rank_written_as_a_label_and_a_quarter_of_the_year() {
    assert_eq!(texts("The single spent six weeks at No. 1 in Ireland."), ["six weeks", "No. 1"]);
    assert_eq!(one("It rose to No 4 in the chart.").1, K::Ordinal);
    assert_eq!(one("She is the No. 3 official at the bank."), ("No. 3".into(), K::Ordinal, num(3.0), None));
    assert_eq!(one("Her song went to number two in May.").0, "number two");
    assert_eq!(one("Margins fell in Q3, the firm said."), ("Q3".into(), K::Ordinal, num(3.0), None));
    // Downing Street and a docket number are names and codes (N2)
    assert_eq!(texts("Aides at No 10 said nothing."), Vec::<String>::new());
    assert_eq!(texts("The appeal, No. 24-3310, was heard in May."), Vec::<String>::new());
    // a model is no quarter
    assert_eq!(texts("The Q7 Pro sold out."), Vec::<String>::new());
}

#[test]
fn a_duration_in_two_units_and_a_window_of_two_times() {
    assert_eq!(one("Patients waited 7 hours and 45 minutes on average."), ("7 hours and 45 minutes".into(), K::Duration, num(465.0), s("minute")));
    assert_eq!(one("The longest wait was 11 hours 5 minutes.").2, num(665.0));
    assert_eq!(one("Median wait: 6h 30m").0, "6h 30m");
    assert_eq!(one("The talks lasted three years and four months.").2, num(40.0));
    // two durations of units that do not add up stay two
    assert_eq!(texts("It took 3 days and 40 minutes to fix."), ["3 days", "40 minutes"]);
    assert_eq!(one("The road was shut from 8pm to 10pm on Friday.").0, "8pm to 10pm");
    assert_eq!(one("The road was shut from 8pm to 10pm on Friday.").1, K::Range);
}

#[test]
fn a_dimension_compound_and_a_hyphenated_phone_number() {
    assert_eq!(one("A 300-mile-long front moved east.").0, "300-mile-long");
    assert_eq!(texts("Call the hotline on 1-800-555-0199 for a refund."), Vec::<String>::new());
    assert_eq!(texts("Call 212-555-0147, the office said."), Vec::<String>::new());
    // an ISO date is still a date
    assert_eq!(one("Filed 2025-04-09 in Boston.").1, K::Date);
}

#[test]
fn race_times_and_places() {
    assert_eq!(one("She won in 10.82sec."), ("10.82sec".into(), K::Duration, num(10.82), s("second")));
    assert_eq!(one("He clocked 19.94s in the heat.").3, s("second"));
    assert_eq!(one("He won the mile in 3:47.18 on Friday."), ("3:47.18".into(), K::Duration, num(227.18), s("second")));
    // metres of a race, not millions
    assert_eq!(one("She took the 800m relay title.").3, s("m"));
    assert_eq!(one("She took the 400m hurdles title.").2, num(400.0));
    // a place before a result
    assert_eq!(texts("Okoro was fourth in 10.01."), ["fourth", "10.01"]);
    assert_eq!(nums("The Greens were third on 12.5%.")[0].1, K::Ordinal);
}

#[test]
fn an_age_after_the_word_age_and_half_after_an_opening_mark() {
    assert_eq!(one("She quit at the age of 41.").1, K::Age);
    assert_eq!(one("They raised the pension age above 67.").1, K::Age);
    assert_eq!(one("\u{201c}Half my street was flooded,\u{201d} she said.").2, num(0.5));
}

#[test]
fn a_race_s_places_a_three_unit_time_and_a_concentration() {
    assert_eq!(texts("Maro Lind was third, 9.2s down."), ["third", "9.2s"]);
    assert_eq!(texts("She climbed from 14th on the grid to fifth."), ["14th", "fifth"]);
    assert_eq!(one("The winning time was 1hr 31min 2.5sec.").2, num(5462.5));
    assert_eq!(one("Carbon dioxide averaged 418.2 parts per million.").3, s("ppm"));
    assert_eq!(nums("It was 350ppm in 1988.")[0].3, s("ppm"));
    assert_eq!(nums("It was 350ppm in 1988.").len(), 2);
}

#[test]
fn one_before_a_possessor_and_an_emergency_number_s_call() {
    assert_eq!(texts("Staff saw odd activity on one client's card."), Vec::<String>::new());
    assert_eq!(texts("A 999 call was logged at dawn."), Vec::<String>::new());
    // a count of calls stays one
    assert_eq!(one("Operators took 911 calls that night.").0, "911");
}

#[test]
fn a_fraction_before_a_preposition_or_a_verb_and_net_zero() {
    assert_eq!(nums("Costs must fall by a third by 2030.")[0].0, "a third");
    assert_eq!(nums("A plan that cuts aid by a third will fail.")[0].2, num(1.0 / 3.0));
    assert_eq!(texts("The firm aims for net zero by 2050 and net-zero steel."), ["2050"]);
}

#[test]
fn a_dotted_clock_time_after_a_preposition_of_time() {
    assert_eq!(one("Leaders meet at 11.00 in the main hall."), ("11.00".into(), K::Time, txt("11:00"), None));
    assert_eq!(one("The text should reach delegations at about 18.00.").1, K::Time);
    // a price after "at" stays an amount
    assert_eq!(one("The shares closed at 9.50 euros.").1, K::Money);
}

#[test]
fn a_century_a_particle_up_and_one_as_a_lower_bound() {
    assert_eq!(one("A 12th-century head was returned.").0, "12th-century");
    assert_eq!(one("It dates to the late 10th century.").0, "10th century");
    assert_eq!(one("The jobless rate ticks up to 4.4%.").0, "4.4%");
    assert_eq!(one("Up to 40 people were hurt.").0, "Up to 40");
    assert_eq!(one("She would back one or two further cuts.").1, K::Range);
}

#[test]
fn a_change_and_its_level_keep_their_own_scales() {
    assert_eq!(nums("Joblessness rose by 190,000 to 4.7 million.")[0].2, num(190_000.0));
    assert_eq!(one("Sales of 3 to 4 million units.").2, num(3_000_000.0));
}

#[test]
fn half_a_thing_and_the_youngest_and_oldest_ages() {
    assert_eq!(nums("Each got half a biscuit a day.")[0], ("half".into(), K::Count, num(0.5), s("biscuit")));
    assert_eq!(one("They ran half a mile.").1, K::Measure);
    assert_eq!(texts("The youngest of the crew is 20 and the oldest 61."), ["20", "61"]);
    assert!(nums("The youngest of the crew is 20 and the oldest 61.").iter().all(|x| x.1 == K::Age));
}

#[test]
fn a_time_zone_ends_a_stamp_and_a_clock_window_has_two_dotted_ends() {
    // the count after a stamp's zone is not part of a name ("BST Two")
    assert_eq!(texts("08.15 BST Two killed in river flood"), ["08.15", "Two"]);
    assert_eq!(nums("17.40 CET 14 arrested at the border")[1].2, num(14.0));
    // a window of two dotted times is one range; a change of time is two times
    assert_eq!(one("Polls stay open from 19.30 to 21.45 tonight."), ("19.30 to 21.45".into(), K::Range, txt("19:30"), None));
    let moved = nums("The vote was moved from 19.30 to 21.45 on Friday.");
    assert_eq!((moved[0].1, moved[1].1, moved[1].2.clone()), (K::Time, K::Time, txt("21:45")));
}

#[test]
fn a_change_from_one_level_to_another_is_two_numbers() {
    assert_eq!(texts("The fare rose from $289 to $412 a ticket."), ["$289", "$412"]);
    assert_eq!(texts("Rents have gone up from £900 to £1,200 a month."), ["£900", "£1,200"]);
    // a span of prices stays one range
    assert_eq!(one("Seats cost from $5 to $10.").1, K::Range);
    // a counted noun after the second level is both levels' noun
    assert_eq!(texts("The crew grew from 12 to 15 divers."), ["12", "15"]);
    assert_eq!(nums("Staffing had risen from three to five nurses.")[1], ("five".into(), K::Count, num(5.0), s("nurse")));
    // a span of a count stays one range
    assert_eq!(one("Teams field from 12 to 15 divers.").1, K::Range);
}

#[test]
fn tennis_sets_tie_breaks_and_game_scores_are_scores() {
    assert_eq!(texts("Ito takes the title 6-3, 4-6, 7-6 (7-2)"), ["6-3", "4-6", "7-6", "7-2"]);
    assert!(nums("Ito takes the title 6-3, 4-6, 7-6 (7-2)").iter().all(|x| x.1 == K::Count));
    assert_eq!(nums("She served for it at 5-4 in the second set.")[0].0, "5-4");
    assert_eq!(one("Ito, who had broken for 4-3, lost the set.").0, "4-3");
    // pages and weeks stay ranges
    assert_eq!(nums("Read pages 2-4, 5-7 first.")[0].1, K::Range);
    // a set's ordinal alone, a game's points, a level score and sets after a tie-break
    assert_eq!(nums("She served for it at 5-4 in the fifth.")[0].0, "5-4");
    assert_eq!(nums("At 3-6 in the fourth she fought back.")[0].1, K::Count);
    assert_eq!(nums("At 40-30 he netted.")[0].0, "40-30");
    assert_eq!(nums("He saved a break point at 5-5.")[0].0, "5-5");
    assert!(nums("Ito lost to Vale, 6-7 (4-7), 6-3, 6-4").iter().all(|x| x.1 == K::Count));
    // (an ascending pair after "at" without a set stays a range: "at 3-6 months")
    assert_eq!(nums("Babies start at 3-6 months.")[0].1, K::Range);
}

#[test]
fn ranks_before_a_semicolon_a_life_event_s_age_and_one_thing() {
    assert_eq!(texts("It will climb to No 4 next week; the single peaked at No 3; fine."), ["No 4", "No 3"]);
    assert_eq!(texts("The title will lift him to No 2 on Monday."), ["No 2"]);
    assert_eq!(one("She emigrated to Canada at 19 and never came back.").1, K::Age);
    assert_eq!(one("Shares closed at 19 on Friday.").1, K::Count);
    assert!(nums("We fixed only one thing: the serve.").is_empty());
    assert_eq!(one("born 3 May 1948; no other details").0, "3 May 1948");
    assert_eq!(one("a 33-kilovolt cable").3, s("kV"));
}

#[test]
fn changes_with_units_ages_nights_and_currencies_named_after_the_amount() {
    assert_eq!(texts("a two-point rise in the top rate, from 45% to 47%, next year"), ["two-point", "45%", "47%"]);
    assert_eq!(texts("They widened the zone from 5km to 9km."), ["5km", "9km"]);
    assert_eq!(one("Tickets range from 5km to 9km away.").1, K::Range);
    assert_eq!(one("She spent three nights in hospital.").3, s("night"));
    assert_eq!(nums("63% of three-year-olds had the jab.")[1], ("three-year-olds".into(), K::Age, num(3.0), s("year")));
    assert_eq!(one("Children aged under four were sent home.").1, K::Age);
    assert_eq!(one("People aged 18 to 25 may apply.").1, K::Range);
    assert_eq!(one("Rooms cost 40,000 kronur a night.").3, s("ISK"));
    assert_eq!(one("a fine of 310m kronor").2, num(310_000_000.0));
    assert_eq!(one("By 05.00 the road was shut.").1, K::Time);
}

#[test]
fn formations_league_places_scorelines_and_once() {
    assert!(nums("Rovers (4-4-2): Hale; City (3-5-2): Ode").is_empty());
    assert_eq!(one("He scored to make it 3-1.").0, "3-1");
    assert_eq!(texts("The win lifts Rovers to fifth, three points behind the promotion places."), ["fifth", "three"]);
    assert_eq!(nums("The win lifts Rovers to fifth, three points behind the promotion places.")[1].1, K::Count);
    assert_eq!(texts("They have lost once in nine games."), ["once", "nine"]);
    assert!(nums("He once said no. Once the talks end, we go. Not once did he call.").is_empty());
}

#[test]
fn a_fraction_after_an_approximator_and_dinars_and_ringgit() {
    assert_eq!(one("Booms protected \u{201c}less than a third\u{201d} of the coast.").0, "less than a third");
    assert_eq!(one("The slide wiped almost a third off its value.").2, num(1.0 / 3.0));
    assert_eq!(one("It will cost 14bn dinars.").1, K::Money);
    assert_eq!(one("a fund of 400 million ringgit").3, s("MYR"));
}

#[test]
fn more_time_zones_pesos_shillings_and_ages_in_words_after_a_name() {
    assert_eq!(one("18.05 EAT Leaders arrive").1, K::Time);
    assert_eq!(one("worth 410bn pesos").1, K::Money);
    assert_eq!(one("a budget of 13bn shillings").3, s("shilling"));
    assert!(nums("The children, Isla, seven, and Noah, four, died.").iter().all(|x| x.1 == K::Age));
}

#[test]
fn crowns_amp_hours_and_first_thing() {
    assert_eq!(one("a budget of 2.41 trillion crowns").1, K::Money);
    assert_eq!(one("a 50Ah cell").3, s("Ah"));
    assert_eq!(one("cells holding 210Wh").3, s("Wh"));
    assert!(nums("We checked the phone first thing.").is_empty());
    assert_eq!(one("The first thing to do is rest.").1, K::Ordinal);
}

#[test]
fn race_times_in_hours_and_minutes_past_a_clock_s_hours() {
    assert_eq!(one("He won in 2:00:19, a record.").2, num(7219.0));
    assert_eq!(one("He won in 2:00:19, a record.").1, K::Duration);
    assert_eq!(one("They reached halfway in 60:04.").2, num(3604.0));
    assert_eq!(nums("30km came in 1:25:31.")[1].3, s("second"));
    // a clock time with a meridiem stays a time
    assert_eq!(one("The alarm went off at 2:14:05 am.").1, K::Time);
    // a pace in minutes and seconds a kilometre or a mile
    assert_eq!(nums("They ran 2:50 per kilometre.")[0].1, K::Duration);
    assert_eq!(nums("They ran 2:50 per kilometre.")[0].2, num(170.0));
    assert_eq!(nums("A 4:05/km pace.")[0].2, num(245.0));
    assert_eq!(one("It cost 8,000 pesetas then.").1, K::Money);
}

#[test]
fn a_percent_after_a_dotted_number_won_after_a_scale_ages_in_a_list_and_a_first_minister() {
    assert_eq!(nums("It fell to 3.96% from 4.11% on Tuesday.")[1].1, K::Percent);
    assert_eq!(one("Funds sold a net 2.3tn won on Monday.").3, s("KRW"));
    assert!(nums("Her two children, aged 7 and 11, were safe.")[1..].iter().all(|x| x.1 == K::Age), "{:?}", nums("Her two children, aged 7 and 11, were safe."));
    assert!(nums("Boys aged 4, 9 and 12 swam.").iter().all(|x| x.1 == K::Age));
    assert!(nums("His sons, aged six and nine, slept.").iter().all(|x| x.1 == K::Age), "{:?}", nums("His sons, aged six and nine, slept."));
    assert!(nums("The first minister, Aoife Brennan, spoke.").is_empty());
    assert_eq!(one("She was the first minister to resign.").1, K::Ordinal);
    assert_eq!(one("The river will peak in at least 17 years later today.").0, "at least 17 years");
    assert_eq!(one("He returned three years later, in winter.").0, "three years later");
    assert_eq!(one("Rovers lead 2-1 at the break.").0, "2-1");
}

#[test]
fn a_score_before_a_result_noun_ages_in_words_a_pair_of_days_and_a_birthday() {
    assert_eq!(one("It was a 4-1 home defeat.").0, "4-1");
    assert!(nums("Two girls aged seven and 10 were hurt.")[1..].iter().all(|x| x.1 == K::Age));
    assert_eq!(nums("The talks run on 24 and 25 October.")[0].2, txt("XXXX-10-24"));
    assert_eq!(one("She will turn 21 in May.").1, K::Age);
    assert_eq!(one("The road turns 90 degrees.").1, K::Measure);
}

#[test]
fn cubic_units_currency_words_and_us_dollars() {
    assert_eq!(one("The lakes held 312m cubic metres last spring."), ("312m cubic metres".into(), K::Measure, num(312e6), s("m3")));
    assert_eq!(one("A fund of 2.5bn soles was set up."), ("2.5bn soles".into(), K::Money, num(2.5e9), s("PEN")));
    assert_eq!(one("He paid 900 zlotys for it."), ("900 zlotys".into(), K::Money, num(900.0), s("PLN")));
    assert_eq!(one("The peso fell to 0.0521 U.S. dollars on Friday."), ("0.0521 U.S. dollars".into(), K::Money, num(0.0521), s("USD")));
}

#[test]
fn a_race_distance_before_another_count_and_a_count_of_times_after_a_name() {
    let v = nums("She only moved up from the 800m three years ago.");
    assert_eq!((v[0].0.as_str(), v[0].1, v[0].3.as_deref()), ("800m", K::Measure, Some("m")));
    assert_eq!(one("Halvex raised the price of Cardon 14 times in a decade.").0, "14");
    assert!(nums("Halvex launched Cardon 14 in May.").iter().all(|x| x.0 != "14"));
}

#[test]
fn a_time_unit_heading_a_compound_noun_and_an_adverbial_first() {
    let v = nums("Only 30 of its 210 night-shift nurses came in.");
    assert_eq!(v[1], ("210".into(), K::Count, num(210.0), s("nurse")));
    assert!(texts("The scheme, first drawn up after the 2009 floods, was shelved.").iter().all(|x| x != "first"));
    assert_eq!(one("The first reported case came later.").1, K::Ordinal);
}

#[test]
fn a_board_split_is_a_vote() {
    assert_eq!(one("Board split 5-2 on the rise"), ("5-2".into(), K::Count, num(5.0), s("vote")));
}

#[test]
fn game_scores_after_a_tie_break_a_set_or_breaking_back() {
    assert_eq!(texts("Okafor broke back for 6-6 and took the tie-break 10-8."), ["6-6", "10-8"]);
    assert_eq!(one("Mills won the opening set 6-3 in the heat.").0, "6-3");
    // (a set word before a pair that is no set score stays a range)
    assert_eq!(one("The set 12-15 of the catalogue is missing.").1, K::Range);
}

#[test]
fn australian_dollars_and_a_rank_in_the_rankings() {
    assert_eq!(one("The prize is A$2.4m this year."), ("A$2.4m".into(), K::Money, num(2_400_000.0), s("AUD")));
    assert_eq!(one("The title moves Dorsey to No 5 in the new rankings."), ("No 5".into(), K::Ordinal, num(5.0), None));
    assert!(texts("Dorsey lives at No 5 in the terrace.").is_empty());
}

#[test]
fn an_edition_of_a_gathering_is_a_rank_and_first_after_a_pronoun_is_an_adverb() {
    assert_eq!(one("Delegates met at the 31st Ocean Rights Conference on Monday.").0, "31st");
    assert!(texts("The 9th Circuit Court heard the case.").is_empty());
    assert!(texts("She said they first met at a fair.").is_empty());
    assert_eq!(one("She said she took first place.").0, "first");
}

#[test]
fn quid_a_unit_and_a_half_and_a_gerund_before_a_count() {
    assert_eq!(one("Ten million quid for a winger?"), ("Ten million quid".into(), K::Money, num(10_000_000.0), s("GBP")));
    assert_eq!(one("The smoke drifted more than a kilometre and a half."), ("more than a kilometre and a half".into(), K::Measure, num(1.5), s("km")));
    assert_eq!(one("Closing 40 branches was painful.").0, "40");
}

#[test]
fn rate_moves_in_fractions_of_a_point() {
    assert_eq!(one("A half-point move was ruled out."), ("half-point".into(), K::Percent, num(0.5), s("percentage point")));
    assert_eq!(one("More quarter-point cuts are likely."), ("quarter-point".into(), K::Percent, num(0.25), s("percentage point")));
    assert_eq!(one("It cut by half a percentage point."), ("half a percentage point".into(), K::Percent, num(0.5), s("percentage point")));
    // (a quarter-final and a quarter of the year are no rate)
    assert!(texts("They reached the quarter-final in the quarter.").is_empty());
}

#[test]
fn a_vote_split_and_an_exchange_rate() {
    assert_eq!(one("The board cut rates in a 6-3 split."), ("6-3".into(), K::Count, num(6.0), s("vote")));
    assert_eq!(
        nums("The crown fell 0.8% to 10.94 per dollar."),
        vec![("0.8%".into(), K::Percent, num(0.8), None), ("10.94".into(), K::Money, num(10.94), s("crown"))]
    );
}

#[test]
fn a_race_in_hours_and_minutes_and_a_placing_after_a_name() {
    assert_eq!(nums("Two others finished inside 2:30.")[1], ("2:30".into(), K::Duration, num(9000.0), s("second")));
    assert_eq!(nums("The gates open at 2:30.")[0].1, K::Time);
    assert_eq!(nums("Kiplagat won, with Germany's Lena Vogt third, well back.")[0], ("third".into(), K::Ordinal, num(3.0), None));
}

#[test]
fn a_change_pushed_out_from_one_measure_to_another_is_two() {
    assert_eq!(texts("The zone was pushed out from 8km to 12km."), vec!["8km".to_string(), "12km".to_string()]);
    assert_eq!(one("The zone is 8km to 12km wide.").1, K::Range);
}

#[test]
fn a_suspended_hyphen_makes_one_range() {
    assert_eq!(one("Children aged 13- to 17-year-olds were asked."), ("13- to 17-year-olds".into(), K::Range, num(13.0), s("year")));
    assert_eq!(one("Expect five- to 10-minute waits."), ("five- to 10-minute".into(), K::Range, num(5.0), s("minute")));
}

#[test]
fn second_homes_are_no_rank_and_a_neighbour_has_an_age() {
    assert!(texts("MPs claimed for second homes and second-home rents.").is_empty());
    assert_eq!(one("My neighbour is 91 and still drives."), ("91".into(), K::Age, num(91.0), s("year")));
}

#[test]
fn a_lowercase_category_is_a_rank() {
    assert_eq!(one("It came ashore as a category 4 storm."), ("4".into(), K::Ordinal, num(4.0), None));
}

#[test]
fn dates_of_a_year_a_priority_first_and_a_man_s_age() {
    assert_eq!(one("New 2027 dates would be announced.").1, K::Year);
    assert!(texts("Safety had to come first.").is_empty());
    assert_eq!(one("He came first in the final.").1, K::Ordinal);
    assert_eq!(one("A man of 74 cannot compete."), ("74".into(), K::Age, num(74.0), s("year")));
}

#[test]
fn a_chess_score_in_halves_is_one_count() {
    assert_eq!(texts("Varga takes the title 4\u{bd}-3\u{bd} after six draws"), vec!["4\u{bd}-3\u{bd}", "six"]);
    assert_eq!(one("She beat him 1\u{bd}-\u{bd} in the blitz decider.").0, "1\u{bd}-\u{bd}");
    // (a range of a measure in halves stays a range)
    assert_eq!(one("The climb takes 2\u{bd}-3\u{bd} hours.").1, K::Range);
}

#[test]
fn an_estimate_of_a_rank_keeps_about_and_idioms_of_one_and_half_are_no_numbers() {
    assert_eq!(one("The win lifts her to about 13th in the world.").0, "about 13th");
    assert_eq!(one("Fans will talk about one missed penalty for years.").0, "one");
    assert!(nums("Only the last one standing goes through.").is_empty());
    assert!(nums("The plan was too clever by half.").is_empty());
    assert_eq!(one("Prices were cut by half.").0, "half");
}

#[test]
fn hyphenated_percentage_points_timeline_stamps_elided_units_and_listed_onces() {
    assert_eq!(one("Ministers agreed a three percentage-point cut."), ("three percentage-point".into(), K::Percent, num(3.0), s("percentage point")));
    assert_eq!(one("A 2 percentage-point gap remains.").1, K::Percent);
    // a stamp opening a timeline's line
    let v = nums("Key moments\n18.40 Vote opens in the hall\n12.50 Euros were paid");
    assert_eq!((v[0].0.as_str(), v[0].1, v[0].2.clone()), ("18.40", K::Time, txt("18:40")));
    assert_eq!(v[1].1, K::Money);
    // "four days, maybe six"
    let v = nums("Repairs will take three weeks, perhaps five, engineers said.");
    assert_eq!((v[1].0.as_str(), v[1].1, v[1].3.as_deref()), ("five", K::Duration, Some("week")));
    assert_eq!(nums("It took two hours, and six people came.")[1].1, K::Count);
    // "twice, once at the till and once on the ward"
    assert_eq!(texts("We were charged twice, once online and once at the desk."), vec!["twice", "once", "once"]);
    assert_eq!(texts("She rang twice, and once she arrived she left."), vec!["twice"]);
}

#[test]
fn a_route_number_is_no_count_and_buses_are_a_bus() {
    assert!(nums("The overnight 402 service was full.").is_empty());
    assert!(nums("The 402 overnight express left late.").is_empty());
    assert_eq!(one("The 24 buses were late.").3, s("bus"));
    assert_eq!(one("Staff got 3 bonuses.").3, s("bonus"));
}

#[test]
fn a_numbered_list_marker_is_a_rank_and_two_years_or_a_change_from_an_estimate_are_two_numbers() {
    let v = nums("Top stories\n1. Dockers vote to strike\n12. Ferry fares rise 3%");
    assert_eq!((v[0].0.as_str(), v[0].1, v[0].2.clone()), ("1", K::Ordinal, num(1.0)));
    assert_eq!((v[1].0.as_str(), v[1].1), ("12", K::Ordinal));
    // (not a decimal, not a count inside the line)
    assert_eq!(one("1.5 million people voted.").1, K::Count);
    assert_eq!(one("Dockers vote 1. Then they strike.").1, K::Count);
    // "Name third at 1min 12sec": a placing before a gap
    let v = nums("Rossi won, with Ana Brandt third at 1min 4sec.");
    assert_eq!((v[0].0.as_str(), v[0].1), ("third", K::Ordinal));
    // two years to choose from
    assert_eq!(texts("Pupils who sat it in 2023 or 2024 will be told."), vec!["2023", "2024"]);
    assert_eq!(one("Pupils who sat it in 2023-24 will be told.").1, K::Range);
    // a change from an estimate to a level
    assert_eq!(texts("My shop went from about \u{a3}40 to \u{a3}65."), vec!["about \u{a3}40", "\u{a3}65"]);
    // a vehicle or a stage numbered is no count
    assert!(nums("He sat behind vehicle 9 on stage 12.").is_empty());
}

#[test]
fn a_polls_error_and_margin_are_percentage_points_and_a_races_points_are_points() {
    // a poll's margin of error, its error against the result, an electoral margin
    assert_eq!(one("Its margin of error is 4 points."), ("4 points".into(), K::Percent, num(4.0), s("percentage point")));
    assert_eq!(one("Polls overstated the Greens by an average of 1.5 points."), ("1.5 points".into(), K::Percent, num(1.5), s("percentage point")));
    assert_eq!(one("The survey underestimated the party by almost three points."), ("almost three points".into(), K::Percent, num(3.0), s("percentage point")));
    assert_eq!(one("She won with a margin 6 points wider than forecast."), ("6 points".into(), K::Percent, num(6.0), s("percentage point")));
    // a race's classification keeps its points
    assert_eq!(one("Moss is 14 points behind in the sprint classification."), ("14".into(), K::Count, num(14.0), s("point")));
    // an index still moves by points
    assert_eq!(one("The index fell 30 points."), ("30".into(), K::Count, num(30.0), s("point")));
}

#[test]
fn a_placing_before_and_or_a_place_phrase_is_an_ordinal() {
    assert_eq!(texts("Okafor finished fourth and kept the lead."), ["fourth"]);
    assert_eq!(texts("Lindqvist was sixth on the day."), ["sixth"]);
    assert_eq!(texts("Reyes is second overall."), ["second"]);
}

#[test]
fn a_bounded_once_and_a_concentration_per_cubic_metre() {
    assert_eq!(one("Staff had been told more than once."), ("more than once".into(), K::Count, num(1.0), None));
    assert_eq!(one("She checks at least once."), ("at least once".into(), K::Count, num(1.0), None));
    assert_eq!(one("Readings reached 0.4 milligrams per cubic metre."), ("0.4 milligrams per cubic metre".into(), K::Measure, num(0.4), s("mg/m3")));
}

#[test]
fn one_before_a_speaker_s_relative_clause_is_an_article() {
    assert_eq!(texts("\u{201c}It was dark,\u{201d} one porter, who asked not to be named, told Radio Kell."), Vec::<String>::new());
    // (a thing's relative clause keeps its count)
    assert_eq!(texts("They saved one barn, which stood alone, they said."), ["one"]);
}

#[test]
fn a_standings_lead_counts_points_and_a_name_before_points_is_no_model_number() {
    // a lead in a championship is a count of points, not percentage points
    assert_eq!(one("Moreau leads the championship by 27 points."), ("27".into(), K::Count, num(27.0), s("point")));
    // a team's name before its points: no model number ("Siberia 2")
    assert_eq!(one("It leaves Corvane 44 points ahead in the constructors' table."), ("44".into(), K::Count, num(44.0), s("point")));
    // (a poll lead stays percentage points)
    assert_eq!(one("Labour lead the Tories by 6 points."), ("6 points".into(), K::Percent, num(6.0), s("percentage point")));
}

#[test]
fn a_placing_crossed_lost_or_promoted_to_is_an_ordinal() {
    assert_eq!(texts("Dufresne crossed the line third but was penalised."), ["third"]);
    assert_eq!(texts("Okoro loses second to a late penalty"), ["second"]);
    assert_eq!(texts("That moved Tan Wei up and promoted Lisa Marr to second and Ivo Sand-Berg to fourth, his best result."), ["second", "fourth"]);
    // (a verb "second" after "to" is no placing)
    assert_eq!(texts("She asked Moira to second the motion."), Vec::<String>::new());
}

#[test]
fn one_before_a_noun_after_for_or_inside_a_quotation_counts() {
    assert_eq!(one("A rider with too many points is banned for one race."), ("one".into(), K::Count, num(1.0), s("race")));
    assert_eq!(one("She said they relied on \u{201c}one witness\u{201d} alone."), ("one".into(), K::Count, num(1.0), s("witness")));
    // (idioms keep "one" uncounted)
    assert_eq!(texts("I, for one, doubt it, and we will make one last push."), Vec::<String>::new());
}

#[test]
fn swiss_francs_a_change_past_its_noun_an_idiomatic_one_day_a_kid_s_age_and_a_set_in_play() {
    assert_eq!(one("The group is worth SFr 2.3bn."), ("SFr 2.3bn".into(), K::Money, num(2.3e9), s("CHF")));
    // a change from a figure named by its noun: two amounts (a range named so stays one)
    assert_eq!(texts("Costs rose from an original budget of \u{a3}300m to \u{a3}1.1bn."), ["\u{a3}300m", "\u{a3}1.1bn"]);
    assert_eq!(texts("It cut its forecast from a previous range of $4bn to $5bn."), ["$4bn to $5bn"]);
    // "one day": some day, unless it measures
    assert_eq!(texts("She will win here one day. Not now, but one day."), Vec::<String>::new());
    assert_eq!(texts("The walkout will last one day."), ["one day"]);
    assert_eq!(one("He has played since he was a small kid of 11 and still loves it."), ("11".into(), K::Age, num(11.0), s("year")));
    assert_eq!(texts("Moreno led by a set and 4-2 before the rain."), ["4-2"]);
}

#[test]
fn radiation_doses_and_dose_rates_and_fractions_are_no_clock_times() {
    assert_eq!(one("The highest reading, 0.31 microsieverts per hour, was brief."), ("0.31 microsieverts per hour".into(), K::Measure, num(0.31), s("µSv/h")));
    assert_eq!(one("Workers may take 20 millisieverts a year."), ("20 millisieverts".into(), K::Measure, num(20.0), s("mSv")));
    // ("0.09" opens with a zero hour: a fraction, not 00:09)
    let v = nums("Rates ranged from 0.09 to 0.14 microsieverts per hour.");
    assert_eq!(v.len(), 1);
    assert_eq!((v[0].1, v[0].3.as_deref()), (K::Range, Some("µSv/h")));
}

#[test]
fn a_year_before_a_singular_in_as_an_age_closing_a_name_s_sentence_and_an_opening_hour() {
    assert_eq!(one("A 1958 canvas by Ilse Varn sold on Thursday."), ("1958".into(), K::Year, num(1958.0), None));
    assert_eq!(one("It was one of 11 canvases in the series."), ("11".into(), K::Count, num(11.0), s("canvas")));
    assert_eq!(one("\u{201c}Tariq was 34. He did everything right.\u{201d}"), ("34".into(), K::Age, num(34.0), s("year")));
    assert_eq!(one("Every branch opens at nine tomorrow."), ("nine".into(), K::Time, txt("09:00"), None));
    // (a clock time keeps its minutes; closing may be either half of the day)
    assert_eq!(one("Their days begin at 4:30 a.m. sharp."), ("4:30 a.m.".into(), K::Time, txt("04:30"), None));
    assert_eq!(one("The shop closes at six."), ("six".into(), K::Count, num(6.0), None));
}

#[test]
fn a_facts_box_s_minutes_are_minutes() {
    let t = "Facts\n\nTarnby (4-3-3): Wyl; Amadi, Brenner; Holm (Petit 46), Riis.\n\nGoals: Varga 38; Odunsi 71, 77\n\nBooked: Holm 29, Neves 90+3\n\nAttendance: 41,906.";
    let v = nums(t);
    let minutes: Vec<(String, Option<Value>)> = v.iter().filter(|x| x.1 == K::Duration && x.3.as_deref() == Some("minute")).map(|x| (x.0.clone(), x.2.clone())).collect();
    assert_eq!(
        minutes,
        vec![("46".into(), num(46.0)), ("38".into(), num(38.0)), ("71".into(), num(71.0)), ("77".into(), num(77.0)), ("29".into(), num(29.0)), ("90+3".into(), num(93.0))]
    );
    // (a number after a name elsewhere stays what it was)
    assert_eq!(one("Holm scored 2 goals."), ("2".into(), K::Count, num(2.0), s("goal")));
}

#[test]
fn first_before_a_colour_is_a_rank() {
    assert_eq!(one("The weather office issues first red warning of the summer."), ("first".into(), K::Ordinal, num(1.0), None));
    // (before a past participle it stays an adverb)
    assert!(nums("The plan was first drawn up in 2007.").iter().all(|x| x.0 != "first"));
}

#[test]
fn a_box_score_s_points_and_a_three_digit_score_between_teams() {
    assert_eq!(texts("Larks: Ibsen 31, Moraga 17, Tuck 9, others 20"), ["31", "17", "9", "20"]);
    // (a bowler's figures in such a list: wickets, then runs)
    assert_eq!(nums("Brill 64, Soto 3-41")[1], ("3-41".into(), K::Count, num(3.0), None));
    assert_eq!(one("Dunford Larks 112-104 Eastfield Owls: Ibsen leads the way"), ("112-104".into(), K::Count, num(112.0), None));
    assert_eq!(one("the Larks beat the Owls 99-94 at home."), ("99-94".into(), K::Count, num(99.0), None));
    // (a model number stays no number, and one name with its digits too)
    assert!(nums("She flew a Boeing 737-800 Max and ran Windows 10.").is_empty());
}

#[test]
fn a_game_s_points_a_moment_and_a_page_counter() {
    assert_eq!(nums("The Owls trailed by 9 points late in the fourth quarter.")[0], ("9".into(), K::Count, num(9.0), s("point")));
    assert_eq!(one("Labour trailed by 9 points in the poll.").1, K::Percent);
    assert!(nums("\u{201c}Not for a second,\u{201d} she said.").is_empty());
    assert_eq!(one("Share\n\nComments 87"), ("87".into(), K::Count, num(87.0), None));
}

#[test]
fn an_ultra_s_race_time_and_a_prize_for_a_placing() {
    assert_eq!(one("Ilves won the race in 17:41:09."), ("17:41:09".into(), K::Duration, num(63669.0), s("second")));
    assert_eq!(nums("Rivka Tamm (Lorrin) 21:03:30")[0].1, K::Duration);
    // (a clock time with its seconds stays one)
    assert_eq!(one("The alarm sounded at 14:32:05.").1, K::Time);
    assert_eq!(texts("The winner takes \u{a3}900, with \u{a3}400 for second and \u{a3}200 for third."), ["\u{a3}900", "\u{a3}400", "second", "\u{a3}200", "third"]);
}

#[test]
fn a_race_s_margin_in_lengths_and_a_fraction_of_a_unit_are_measures() {
    assert_eq!(one("Tarrow won by two lengths."), ("two lengths".into(), K::Measure, num(2.0), s("length")));
    assert_eq!(one("They were three-quarters of a length clear."), ("three-quarters of a length".into(), K::Measure, num(0.75), s("length")));
    assert_eq!(one("Final: Elsworth bt Vessmark \u{be} length"), ("\u{be} length".into(), K::Measure, num(0.75), s("length")));
    // (a fraction of a whole stays a count)
    assert_eq!(one("Two-thirds of voters agreed."), ("Two-thirds".into(), K::Count, num(2.0 / 3.0), None));
}

#[test]
fn an_average_age_days_counted_and_game_points_level() {
    assert_eq!(one("The fleet has an average age of 31 years."), ("31 years".into(), K::Age, num(31.0), s("year")));
    assert_eq!(one("A crew whose average age is 22 won.").1, K::Age);
    assert_eq!(one("Ozone exceeded the limit on 63 days last year."), ("63".into(), K::Count, num(63.0), s("day")));
    // (a stretch of days stays a duration)
    assert_eq!(one("The strike lasted 12 days.").1, K::Duration);
    assert_eq!(nums("Serving at 30-30 in the tenth game, she double-faulted.")[0], ("30-30".into(), K::Count, num(30.0), None));
    assert!(nums("Safety comes first.").is_empty());
    assert_eq!(one("She comes first in the rankings.").1, K::Ordinal);
}

#[test]
fn a_race_position_and_a_lev_or_koruna_amount() {
    assert_eq!(texts("Okoye started sixth and was running third by the break."), ["sixth", "third"]);
    assert_eq!(one("Ortmann held second."), ("second".into(), K::Ordinal, num(2.0), None));
    assert_eq!(one("The fund holds 150m lev."), ("150m lev".into(), K::Money, num(150_000_000.0), s("BGN")));
    assert_eq!(one("It cost 20 million koruna.").3, s("CZK"));
}

#[test]
fn ranks_in_a_series_after_a_result_and_of_a_placed_event_but_not_an_adverb_after_a_modal() {
    assert_eq!(texts("Nurses walked out on first of four strike days"), ["first", "four"]);
    assert_eq!(texts("Vell ran 2hr 11min \u{2013} third in a field of 60."), ["2hr 11min", "third", "60"]);
    assert_eq!(texts("Crowds lined the route of the 31st Dunmore marathon."), ["31st"]);
    // (a numbered name stays one: "the 8th Circuit")
    assert!(texts("The 8th Circuit ruled on Monday.").is_empty());
    assert!(texts("He said he would first repay his sister.").is_empty());
}

#[test]
fn a_score_s_wickets_an_hour_at_night_and_a_range_of_days() {
    // "102 for one", as "388 for six" (not "50 for one of them")
    assert_eq!(texts("Sarnia were 96 for one at lunch and 310 for seven at stumps."), ["96", "one", "310", "seven"]);
    assert_eq!(texts("They paid 50 for one of them."), ["50"]);
    // "o'clock" with the evening or the night after it is the later half of the day
    assert_eq!(one("The boat sank at 11 o\u{2019}clock on Friday night.").2, txt("23:00"));
    assert_eq!(one("We left at seven o'clock in the morning.").2, txt("07:00"));
    // "between 6 and 8 February": one range of days, valued by its first as a date
    let r = nums("It polled 1,200 adults between 3 and 5 March").pop().unwrap();
    assert_eq!((r.0.as_str(), r.1, r.2), ("between 3 and 5 March", K::Range, txt("XXXX-03-03")));
    assert_eq!(one("Between 6 and 8 people died.").0, "Between 6 and 8");
}

#[test]
fn a_birthday_to_come_is_an_age() {
    assert_eq!(one("Her aunt, who will be 80 in May, watched from the gallery.").1, K::Age);
    assert_eq!(one("He will be 74 before he can apply for parole.").1, K::Age);
    assert_eq!(one("He said he will be 30 minutes late.").1, K::Duration);
}

#[test]
fn a_descending_pair_is_a_score_and_so_is_every_pair_of_its_list() {
    // no range runs downwards: each pair is one count, valued at the side written first
    let t = "He lost the deficit to 3-1 and then 4-2 after a 6-0 rout.";
    assert_eq!(texts(t), ["3-1", "4-2", "6-0"]);
    assert_eq!(nums(t)[1].2, num(4.0));
    assert_eq!(nums(t)[1].1, K::Count);
    // an ascending pair in a list that holds a descending one is a score too
    let list = nums("Legs by set: 3-0, 1-3, 3-2, 2-3");
    assert_eq!(list.len(), 4);
    assert!(list.iter().all(|n| n.1 == K::Count), "{list:?}");
    assert_eq!(list[1].2, num(1.0));
    // ranges stay ranges, and a season keeps its years
    assert_eq!(one("It happened 5-10 times.").1, K::Range);
    let groups = nums("They came in groups of 2-4, 5-7 and 8-9.");
    assert_eq!(groups.len(), 3);
    assert!(groups.iter().all(|n| n.1 == K::Range), "{groups:?}");
    assert_eq!(one("the 2012-13 season").1, K::Range);
    // a court's division is a tally of votes
    assert_eq!(one("The court ruled 6-3 that the law stood."), ("6-3".into(), K::Count, num(6.0), s("vote")));
}

#[test]
fn a_results_list_line_starting_with_the_placing_is_a_rank() {
    let t = "Result\n1st Silver Arrow (Jo Kane)\n2nd Blue Moon (Al Dee)\n3rd Red Fox";
    assert_eq!(texts(t), ["1st", "2nd", "3rd"]);
    // a numbered ordinal in a name stays a name, at a line's start too
    assert!(nums("8th Circuit rules on appeal").is_empty());
    assert!(nums("The 3rd Infantry Division left.").is_empty());
}

#[test]
fn a_poll_lead_between_two_figures_keeps_its_points() {
    assert_eq!(one("Its lead has narrowed to between four and six points this week.").0, "between four and six points");
    assert_eq!(one("The index rose between 4 and 6 points.").0, "between 4 and 6");
}

#[test]
fn a_results_list_s_bare_placing_is_a_rank() {
    let t = "Results\nWomen\n1 Ana Kestrel (Dunmore AC) 2:24:10\n2 Lise Varga (Orm RC) 2:24:51\n3 Mei Carrow (Dunmore AC) 2:26:02";
    let k: Vec<_> = nums(t).into_iter().filter(|n| n.1 == K::Ordinal).map(|n| n.0).collect();
    assert_eq!(k, ["1", "2", "3"]);
    // a count at a line's start with no neighbour row stays a count
    assert_eq!(one("The ferry was late.\n4 Seasons Hotel closed its doors.").1, K::Count);
}

#[test]
fn one_day_after_a_modal_is_some_day() {
    assert!(nums("Asked whether he could one day run faster, he smiled.").is_empty());
    assert!(nums("Residents warned it would one day kill someone.").is_empty());
    assert_eq!(one("The strike will last one day.").0, "one day");
}

#[test]
fn game_scores_after_a_tie_break_s_word_a_career_high_rank_and_earlier_in_the_day() {
    let t = "She saved two match points in the tie-break, at 5-6 and 6-7, with a backhand.";
    let k: Vec<_> = nums(t).into_iter().filter(|n| n.0.contains('-')).map(|n| (n.0, n.1)).collect();
    assert_eq!(k, [("5-6".to_string(), K::Count), ("6-7".to_string(), K::Count)]);
    // (a range of hours stays one)
    assert_eq!(one("The shift lasted 5-6 hours.").1, K::Range);
    assert_eq!(one("The win will lift her to a career-high seventh in the rankings.").0, "seventh");
    assert_eq!(one("Devlin won in just 64 minutes earlier in the day.").0, "64 minutes");
    assert_eq!(one("She had arrived 20 minutes earlier.").0, "20 minutes earlier");
}

#[test]
fn a_live_stamp_alone_on_its_line_and_a_golfer_s_score_to_par() {
    let t = "Key events\n\n1h ago\n16.35\n\nSummary: what we know so far";
    assert!(nums(t).iter().any(|n| n.0 == "16.35" && n.1 == K::Time), "{:?}", nums(t));
    assert_eq!(one("The fee was 16.35 euros.").1, K::Money);
    assert_eq!(one("She finished on 17 under par.").0, "17 under par");
    assert_eq!(one("A six-under-par round won it.").0, "six-under-par");
    assert_eq!(texts("She was alone in third on 12 under after the turn."), ["third", "12 under"]);
    assert_eq!(one("Children under 12 travel free.").1, K::Age);
}

#[test]
fn a_judge_s_scorecard_is_one_count() {
    assert_eq!(texts("Two judges scored the bout 115-113 and 116-112 for Okafor."), ["Two", "115-113", "116-112"]);
    assert_eq!(texts("The last judge had Varga ahead 115-113."), ["115-113"]);
}

#[test]
fn a_rate_move_in_points_is_percentage_points() {
    assert_eq!(one("The committee backed the 0.5-point cut."), ("0.5-point".into(), K::Percent, num(0.5), s("percentage point")));
    assert_eq!(one("It marks a three-point drop in her approval.").1, K::Percent);
    // (a plan's points are counted)
    assert_eq!(one("They issued a 10-point plan.").1, K::Count);
}

#[test]
fn ages_said_now_contracted_and_on_joining() {
    assert_eq!(
        nums("The cellist, who joined at 19 and is now 63, smiled."),
        [("19".into(), K::Age, num(19.0), s("year")), ("63".into(), K::Age, num(63.0), s("year"))]
    );
    assert_eq!(one("“She's 17 and she runs like a veteran.”").1, K::Age);
    assert_eq!(one("\"I'm 76, and I feel fine.\"").1, K::Age);
    // (a time, not an age: "joined at 9am")
    assert_eq!(one("She joined at 9am.").1, K::Time);
}

#[test]
fn spoken_clock_times() {
    assert_eq!(one("Nobody came until half past six."), ("half past six".into(), K::Time, txt("06:30"), None));
    assert_eq!(one("He left at quarter to eight."), ("quarter to eight".into(), K::Time, txt("07:45"), None));
    assert_eq!(one("The bus came at quarter past 10.").2, txt("10:15"));
}

#[test]
fn acidity_and_a_magnitude_after_the_number_are_measures() {
    assert_eq!(one("Samples showed a pH of 11.2 near the outfall."), ("11.2".into(), K::Measure, num(11.2), s("pH")));
    assert_eq!(one("The largest tremor measured 4.6 in magnitude."), ("4.6".into(), K::Measure, num(4.6), s("magnitude")));
}

#[test]
fn a_scorecard_s_batters_and_bowlers_and_a_possessed_tally() {
    assert_eq!(
        texts("Orrin 245-8 (50 overs): Kale 88 (97 balls), Moss 54 (61), Venn 31; Ruda 3-41, Teel 2-55"),
        ["245-8", "50", "88", "97", "54", "61", "31", "3-41", "2-55"]
    );
    assert_eq!(nums("Bowling: Ruda 3-41, Teel 2-55")[0], ("3-41".into(), K::Count, num(3.0), None));
    assert_eq!(one("It was his ninth ODI century.").0, "ninth");
    assert_eq!(one("It was his 11th ODI century.").0, "11th");
    // (a name's number stays out: "the 8th Circuit", "Apollo 11 (1969) landed")
    assert_eq!(texts("The 8th Circuit ruled."), Vec::<String>::new());
    assert_eq!(texts("Apollo 11 (1969) landed."), ["1969"]);
}

#[test]
fn a_live_match_minute_stamp_and_a_numbered_lap_lane_or_day() {
    let t = "Share\n\n81'\nDouble change for the hosts.";
    assert_eq!(nums(t), [("81'".into(), K::Duration, num(81.0), s("minute"))]);
    assert_eq!(nums("Kelby 2-1 Orrin (Vane 88')")[1], ("88'".into(), K::Duration, num(88.0), s("minute")));
    // (a closing quotation mark after a number inside a line is no minute)
    assert_eq!(one("He said it was 'about 40' then.").1, K::Count);
    assert_eq!(one("He pitted on lap 41.").1, K::Ordinal);
    assert_eq!(one("She was drawn in lane seven.").1, K::Ordinal);
    assert_eq!(one("The memo was shown on day four.").1, K::Ordinal);
    // (a count after "day" is counted: "that day 20 people died")
    assert_eq!(one("That day 20 people died.").1, K::Count);
    // a stage of a race spelled out, after a preposition or before a colon, is its rank
    // (in digits it is a label: "on stage 12", "a stage 9 win")
    assert_eq!(one("Vell leads the race after stage six."), ("six".into(), K::Ordinal, num(6.0), None));
    assert_eq!(one("Tour of Ardel, stage twelve: Vell takes the lead").1, K::Ordinal);
    assert_eq!(one("Results\nStage nine\n").1, K::Ordinal);
    assert!(nums("Vell soars to a stage 9 win.").is_empty(), "{:?}", nums("Vell soars to a stage 9 win."));
}

#[test]
fn an_age_in_days_a_raised_age_an_ordinal_compound_and_labels_that_are_no_counts() {
    assert_eq!(one("The baby died in August aged 11 days."), ("11 days".into(), K::Age, num(11.0), s("day")));
    assert_eq!(nums("It raises the retirement age from 62 to 64 in 2030.")[1], ("64".into(), K::Age, num(64.0), s("year")));
    assert_eq!(one("He was sent off after a 56th-minute tackle.").0, "56th-minute");
    assert!(nums("The envoy left 9 Mercer Row at noon.").iter().all(|x| x.0 != "9 Mercer"), "{:?}", nums("The envoy left 9 Mercer Row at noon."));
    assert!(nums("Late on Monday one adviser predicted it would pass.").is_empty());
    assert!(nums("\"I was not the only one asking,\" she said.").is_empty());
    assert!(nums("Bays two and three were closed, and bay four flooded.").is_empty(), "{:?}", nums("Bays two and three were closed, and bay four flooded."));
    assert_eq!(texts("Only one nurse and two porters stayed."), ["one", "two"]);
}

#[test]
fn an_unhyphenated_fraction_of_a_point_a_seed_and_the_games_and_points_of_a_set_in_play() {
    assert_eq!(one("Each quarter point on top of that hurts."), ("quarter point".into(), K::Percent, num(0.25), s("percentage point")));
    assert_eq!(one("Rates rose by a half point in May."), ("a half point".into(), K::Percent, num(0.5), s("percentage point")));
    // (a midpoint is no rate)
    assert!(texts("They reached the half point of the season.").is_empty());
    assert_eq!(one("The Danish player, seeded fifth, lost."), ("fifth".into(), K::Ordinal, num(5.0), None));
    // the games and then the points of a game in play, and a set in play after sets
    assert!(nums("She was broken at 4-5 and 15-40 on serve.").iter().all(|x| x.1 == K::Count), "{:?}", nums("She was broken at 4-5 and 15-40 on serve."));
    assert!(nums("\"At 2-6, 3-6, 1-2 I was packing,\" he said.").iter().all(|x| x.1 == K::Count));
    // (not minutes after the pair, and not ages in a list with one set-like pair)
    assert_eq!(nums("The walk took at 2-3 and 15-30 minutes.")[1].1, K::Range);
    assert!(nums("Children aged 3-6, 8-11 and 12-16 came.").iter().all(|x| x.1 == K::Range));
    // a change with its object after "taking" is two numbers; a span of years is a range
    assert_eq!(texts("Six hikes took the base rate from 1.5% to 3.5% in a year."), ["Six", "1.5%", "3.5%"]);
    assert_eq!(nums("The build took from 2015 to 2019.")[0].1, K::Range);
}

#[test]
fn a_ransom_in_bitcoin_is_money_but_not_its_miners() {
    assert_eq!(texts("They demanded 85 bitcoin, about \u{a3}4.6m."), ["85 bitcoin", "about \u{a3}4.6m"]);
    assert_eq!(nums("They demanded 85 bitcoin, about \u{a3}4.6m.")[0].3, s("BTC"));
    assert_eq!(nums("Two bitcoin miners closed.")[0].1, K::Count);
}

#[test]
fn a_descending_pair_of_three_digits_is_one_tally() {
    assert_eq!(nums("The coalition holds on 117-96 after a long debate."), vec![("117-96".into(), K::Count, num(117.0), None)]);
    assert_eq!(one("Cabinet survives: 211-188"), ("211-188".into(), K::Count, num(211.0), None));
    // an ascending pair stays a range, and a cricket total of runs and wickets is no tally
    assert_eq!(texts("pages 112-140 of the report"), vec!["112-140"]);
    assert_ne!(texts("they reached 288-6 at stumps"), vec!["288-6"]);
}

#[test]
fn more_currencies_named_after_the_amount() {
    assert_eq!(one("Each family gets 20,000 lei."), ("20,000 lei".into(), K::Money, num(20000.0), s("RON")));
    // a scale before the currency is no metre
    assert_eq!(one("It released 3.5m lei in aid."), ("3.5m lei".into(), K::Money, num(3_500_000.0), s("RON")));
    assert_eq!(one("The fund holds 8bn taka."), ("8bn taka".into(), K::Money, num(8e9), s("BDT")));
}

#[test]
fn a_compound_duration_joined_by_a_comma_is_one() {
    assert_eq!(one("Sentence: 6 years, 3 months"), ("6 years, 3 months".into(), K::Duration, num(75.0), s("month")));
    // a rate after the comma is its own figure
    assert_eq!(texts("Twelve days, three hours a day, on the bike."), vec!["Twelve days", "three hours"]);
    // and a list of durations in one unit stays a list
    assert_eq!(texts("It took 3 days, 5 days and 7 days."), vec!["3 days", "5 days", "7 days"]);
}

#[test]
fn one_introducing_an_inverted_speaker_is_article_like() {
    assert!(nums("\u{201c}We came for her,\u{201d} said one fan, Rosa Vil.").is_empty());
    assert!(nums("\u{201c}It is over,\u{201d} said one trader.").is_empty());
    // the count in a reported clause stays
    assert_eq!(texts("A spokeswoman said one runway had reopened."), vec!["one"]);
}

#[test]
fn a_capitalised_round_after_a_comma_is_a_rank() {
    assert_eq!(one("Championship, Round nine"), ("nine".into(), K::Ordinal, num(9.0), None));
    // a count of rounds stays a count
    assert_eq!(one("The bout went nine rounds."), ("nine".into(), K::Count, num(9.0), s("round")));
}

#[test]
fn a_percentage_point_is_one() {
    assert_eq!(one("Its share fell by a percentage point."), ("a percentage point".into(), K::Percent, num(1.0), s("percentage point")));
    assert_eq!(texts("Margin: down a percentage point to 4%"), ["a percentage point", "4%"]);
    // a percentage with no point stays no number
    assert!(nums("A percentage of the fee goes to charity.").is_empty());
}

#[test]
fn a_number_word_after_a_stage_or_a_day_is_a_rank_wherever_it_stands() {
    assert_eq!(one("Open Championships, day three: Vale wins"), ("three".into(), K::Ordinal, num(3.0), None));
    assert_eq!(one("Welcome to day six of the hearings."), ("six".into(), K::Ordinal, num(6.0), None));
    assert_eq!(one("Round four of the recount starts at noon."), ("four".into(), K::Ordinal, num(4.0), None));
    assert_eq!(one("Okafor won stage nine."), ("nine".into(), K::Ordinal, num(9.0), None));
    // a counted noun after it stays a count, and "from day one" is an idiom
    assert_eq!(one("He began the day two shots behind.").1, K::Count);
    assert!(nums("She has backed it from day one.").is_empty());
}

#[test]
fn a_placing_reached_with_no_noun_is_a_rank() {
    assert_eq!(nums("She climbed nine places into fourth.")[1], ("fourth".into(), K::Ordinal, num(4.0), None));
    assert_eq!(one("The outsider stayed on for third."), ("third".into(), K::Ordinal, num(3.0), None));
    assert_eq!(texts("The win lifts her from 12th to fifth in the standings."), ["12th", "fifth"]);
    assert_eq!(texts("His best finish was a tie for ninth."), ["ninth"]);
    // a time "for a second" stays no number
    assert!(nums("Hold it for a second.").is_empty());
}

#[test]
fn a_signed_count_in_a_cell_or_brackets_keeps_its_sign() {
    assert_eq!(nums("Harbour | 6 | -4")[1], ("-4".into(), K::Count, num(-4.0), None));
    assert_eq!(nums("1. Ana Vale (Esp) 274 (\u{2212}14)")[2], ("\u{2212}14".into(), K::Count, num(-14.0), None));
    assert_eq!(one("Greens (+3)"), ("+3".into(), K::Count, num(3.0), None));
    // a temperature keeps its own sign, and a dash in running text is no sign
    assert_eq!(one("-5C overnight"), ("-5C".into(), K::Measure, num(-5.0), s("celsius")));
    assert_eq!(texts("Scores were 12 - 4 at the break."), ["12", "4"]);
}

#[test]
fn a_race_time_to_the_tenth_is_a_duration() {
    assert_eq!(one("Winning time: 1:58:02.1"), ("1:58:02.1".into(), K::Duration, num(7082.1), s("second")));
    assert_eq!(nums("Ana Vale (POR) 2:01:17.45")[0].1, K::Duration);
    // a clock time to the second stays a time
    assert_eq!(one("The blast came at 14:32:05.").1, K::Time);
}

#[test]
fn more_currency_codes_and_names() {
    assert_eq!(one("The fine is DKK 410m."), ("DKK 410m".into(), K::Money, num(410e6), s("DKK")));
    assert_eq!(one("Sales reached 40m NOK."), ("40m NOK".into(), K::Money, num(40e6), s("NOK")));
    assert_eq!(one("Each family gets 5m tenge."), ("5m tenge".into(), K::Money, num(5e6), s("KZT")));
    // a code that is a word or a name stays one, and a dram of whisky is no money
    assert_eq!(one("He poured 12 drams of whisky.").1, K::Count);
    assert!(nums("Ron 5 wins.").iter().all(|x| x.1 != K::Money));
}

#[test]
fn a_quarter_or_three_quarters_after_and_is_added() {
    assert_eq!(one("The course is two and a quarter miles."), ("two and a quarter miles".into(), K::Measure, num(2.25), s("mile")));
    assert_eq!(one("It took one and three quarters hours.").2, num(1.75));
    // as a half is, hyphenated too
    assert_eq!(one("They had two-and-a-half hours of talks."), ("two-and-a-half hours".into(), K::Duration, num(2.5), s("hour")));
}
