//! Unit tests of the direct-quote attribution, on sentences written for them.

use crate::{analyze, QuoteKind};

/// (quote, speaker as written, speaker name, cue) of every direct or mixed quote.
fn credited(t: &str) -> Vec<(String, Option<String>, Option<String>, Option<String>)> {
    analyze(t)
        .quotes
        .iter()
        .filter(|q| q.kind != QuoteKind::Indirect)
        .map(|q| {
            (
                q.text(t).to_string(),
                q.speaker.as_ref().map(|s| t[s.start..s.end].to_string()),
                q.speaker.as_ref().map(|s| s.name.clone()),
                q.cue.map(|c| t[c.start..c.end].to_string()),
            )
        })
        .collect()
}

fn speaker_of(t: &str, quote: &str) -> Option<String> {
    let all = credited(t);
    all.clone()
        .into_iter()
        .find(|c| c.0 == quote)
        .unwrap_or_else(|| panic!("no quote {quote:?} in {all:?}"))
        .1
}

fn name_of(t: &str, quote: &str) -> Option<String> {
    credited(t).into_iter().find(|c| c.0 == quote).and_then(|c| c.2)
}

#[test]
fn speaker_after_and_before_the_quote() {
    let t = "Talks went on. \u{201c}We will not move,\u{201d} said Anna Berg. Then Berg said: \u{201c}Nothing has changed.\u{201d}";
    let c = credited(t);
    assert_eq!(c[0].1.as_deref(), Some("Anna Berg"));
    assert_eq!(c[0].3.as_deref(), Some("said"));
    assert_eq!(c[1].1.as_deref(), Some("Berg"));
    assert_eq!(c[1].2.as_deref(), Some("Anna Berg"));
}

#[test]
fn titles_and_abbreviations_belong_to_the_speaker() {
    let t = "\u{201c}The bridge is safe,\u{201d} Mr. Tomas Lind said on Friday.";
    assert_eq!(speaker_of(t, "The bridge is safe,").as_deref(), Some("Mr. Tomas Lind"));
    let t = "\u{201c}We need more time,\u{201d} said Foreign Minister Karl Ude.";
    assert_eq!(speaker_of(t, "We need more time,").as_deref(), Some("Foreign Minister Karl Ude"));
    let t = "\u{201c}Rates will fall,\u{201d} Sen. Maria Holt (D-Ore.) said.";
    assert_eq!(speaker_of(t, "Rates will fall,").as_deref(), Some("Sen. Maria Holt"));
}

#[test]
fn apposition_is_not_the_speaker() {
    let t = "Petra Novak, a fellow at the institute, said: \u{201c}The numbers do not add up.\u{201d}";
    assert_eq!(speaker_of(t, "The numbers do not add up.").as_deref(), Some("Petra Novak"));
    let t = "\u{201c}It was a long night,\u{201d} said Omar Hadi, a nurse at the clinic.";
    assert_eq!(speaker_of(t, "It was a long night,").as_deref(), Some("Omar Hadi"));
}

#[test]
fn pronoun_resolves_to_last_named_speaker() {
    let t = "\u{201c}It is late,\u{201d} Jonas Weber said. \u{201c}We should go home now,\u{201d} he added.";
    let c = credited(t);
    assert_eq!(c[1].1.as_deref(), Some("he"));
    assert_eq!(c[1].2.as_deref(), Some("Jonas Weber"));
    assert_eq!(c[1].3.as_deref(), Some("added"));
}

#[test]
fn split_quote_shares_cue_and_group() {
    let t = "\u{201c}We tried,\u{201d} she said, \u{201c}and we failed.\u{201d}";
    let a = analyze(t);
    assert_eq!(a.quotes.len(), 2);
    assert_eq!(a.quotes[0].cue, a.quotes[1].cue);
    assert_eq!(a.quotes[0].group, a.quotes[1].group);
    assert_eq!(&t[a.quotes[1].speaker.as_ref().unwrap().start..a.quotes[1].speaker.as_ref().unwrap().end], "she");
}

#[test]
fn continuation_paragraph_inherits_the_speaker() {
    let t = "\u{201c}The harvest was poor,\u{201d} said Ines Duarte, a farmer.\n\u{201c}Next year can only be better.\u{201d}";
    assert_eq!(speaker_of(t, "Next year can only be better.").as_deref(), Some("Ines Duarte"));
    let t = "Mayor Lucy Brandt said in an interview that the budget was tight.\n\u{201c}We cannot pay for everything at once.\u{201d}";
    assert_eq!(speaker_of(t, "We cannot pay for everything at once.").as_deref(), Some("Mayor Lucy Brandt"));
    assert_eq!(name_of(t, "We cannot pay for everything at once.").as_deref(), Some("Lucy Brandt"));
}

#[test]
fn colon_and_dash_credits_in_headlines() {
    let t = "Harbour Authority: \u{2018}Ships will wait for days\u{2019}";
    assert_eq!(speaker_of(t, "Ships will wait for days").as_deref(), Some("Harbour Authority"));
    let t = "Rail strike \u{2018}will cost the region dearly\u{2019} \u{2013} thinktank\nThe strike began on Monday.";
    let c = credited(t);
    assert_eq!(c[0].1.as_deref(), Some("thinktank"));
    assert_eq!(c[0].3.as_deref(), Some("\u{2013}"));
}

#[test]
fn according_to_and_relay_agencies() {
    let t = "The airline will stop flights \u{201c}for the whole winter\u{201d}, according to its chief executive.";
    assert_eq!(speaker_of(t, "for the whole winter").as_deref(), Some("its chief executive"));
    // an agency that relays the words is the intermediary, never the speaker
    let t = "\u{201c}We will rebuild the port,\u{201d} the governor was quoted as saying by Northwire.";
    let a = analyze(t);
    let q = a.quotes.iter().find(|q| q.kind != QuoteKind::Indirect).unwrap();
    assert_eq!(&t[q.speaker.as_ref().unwrap().start..q.speaker.as_ref().unwrap().end], "the governor");
    assert_eq!(&t[q.via.as_ref().unwrap().start..q.via.as_ref().unwrap().end], "Northwire");
    let t = "Northwire quoted Olga Petrenko as saying the talks were \u{201c}going nowhere\u{201d}.";
    let a = analyze(t);
    let q = a.quotes.iter().find(|q| q.kind != QuoteKind::Indirect).unwrap();
    assert_eq!(&t[q.speaker.as_ref().unwrap().start..q.speaker.as_ref().unwrap().end], "Olga Petrenko");
    assert_eq!(&t[q.via.as_ref().unwrap().start..q.via.as_ref().unwrap().end], "Northwire");
    // the agency between "quoted" and "as saying"
    let t = "The mayor, Anton Brel, was quoted by the Lindqvist news agency as saying the city \u{201c}will not be bullied\u{201d}.";
    let a = analyze(t);
    let q = a.quotes.iter().find(|q| q.kind != QuoteKind::Indirect).unwrap();
    assert_eq!(&t[q.speaker.as_ref().unwrap().start..q.speaker.as_ref().unwrap().end], "The mayor, Anton Brel");
    assert_eq!(q.speaker.as_ref().unwrap().name, "Anton Brel");
    assert_eq!(&t[q.via.as_ref().unwrap().start..q.via.as_ref().unwrap().end], "the Lindqvist news agency");
    // a pronoun object of "quoted", without "as": the agency relays, the pronoun speaks
    let t = "Olga Petrenko spoke in Lviv on Friday. Northwire quoted her saying the talks were \u{201c}going nowhere\u{201d}.";
    let a = analyze(t);
    let q = a.quotes.iter().find(|q| q.kind != QuoteKind::Indirect).unwrap();
    assert_eq!(&t[q.speaker.as_ref().unwrap().start..q.speaker.as_ref().unwrap().end], "her");
    assert_eq!(q.speaker.as_ref().unwrap().name, "Olga Petrenko");
    assert_eq!(&t[q.via.as_ref().unwrap().start..q.via.as_ref().unwrap().end], "Northwire");
}

#[test]
fn an_agency_quoting_after_the_quote_relays_and_its_object_speaks() {
    let t = "Olga Petrenko spoke in Lviv. \u{201c}The talks are going nowhere,\u{201d} Northwire quoted her as saying.";
    let a = analyze(t);
    let q = &a.quotes[0];
    let m = q.speaker.as_ref().unwrap();
    assert_eq!((&t[m.start..m.end], m.name.as_str()), ("her", "Olga Petrenko"));
    assert_eq!(q.via.as_ref().map(|v| &t[v.start..v.end]), Some("Northwire"));
    let t = "\u{201c}The cranes are idle,\u{201d} the Lindqvist agency quoted a port official saying.";
    let a = analyze(t);
    assert_eq!(speaker_of(t, "The cranes are idle,").as_deref(), Some("a port official"));
    assert_eq!(a.quotes[0].via.as_ref().map(|v| &t[v.start..v.end]), Some("the Lindqvist agency"));
}

#[test]
fn a_source_described_by_whom_it_knows_is_the_whole_phrase() {
    let t = "A source familiar with the talks said: \u{201c}We are close.\u{201d}";
    assert_eq!(speaker_of(t, "We are close.").as_deref(), Some("A source familiar with the talks"));
    let t = "\u{201c}We are close,\u{201d} said one official close to the mayor.";
    assert_eq!(speaker_of(t, "We are close,").as_deref(), Some("one official close to the mayor"));
    let t = "\u{201c}We are close,\u{201d} a person with knowledge of the plan told the Courier.";
    assert_eq!(speaker_of(t, "We are close,").as_deref(), Some("a person with knowledge of the plan"));
    // the name inside the description is not the speaker's
    let a = analyze("\u{201c}We are close,\u{201d} said a person close to Ana Lee.");
    assert_eq!(a.quotes[0].speaker.as_ref().unwrap().name, "a person close to Ana Lee");
}

#[test]
fn a_dash_credit_is_the_whole_phrase_to_the_line_end() {
    for (credit, name) in [("UN chief", "Ana Lima"), ("Vestrian prime minister", "Ana Lima"), ("Jo K. Li", "Jo K Li")] {
        let t = format!("\u{2018}We will not be intimidated\u{2019} \u{2013} {credit}\n\nAna Lima said her country was ready.");
        let a = analyze(&t);
        let q = a.quotes.iter().find(|q| q.kind == QuoteKind::Direct).unwrap_or_else(|| panic!("no quote credited to {credit}"));
        let m = q.speaker.as_ref().unwrap();
        assert_eq!((&t[m.start..m.end], m.name.as_str()), (credit, name));
    }
}

#[test]
fn words_before_a_colon_are_an_adjunct_not_reported_content() {
    let t = "Det Sgt Ian Rowe said outside court: \u{201c}Today\u{2019}s sentence sends a clear message.\u{201d}";
    let a = analyze(t);
    let kinds: Vec<QuoteKind> = a.quotes.iter().map(|q| q.kind).collect();
    assert_eq!(kinds, [QuoteKind::Direct]);
    let t = "The barrister, Simon Hale KC, said: \u{201c}My client is ashamed.\u{201d}";
    assert_eq!(analyze(t).quotes[0].speaker.as_ref().unwrap().name, "Simon Hale");
}

#[test]
fn short_quotes_need_a_speech_cue() {
    let t = "The minister described the plan as \u{201c}reckless\u{201d} on Monday.";
    assert_eq!(speaker_of(t, "reckless").as_deref(), Some("The minister"));
    let a = analyze(t);
    assert!(a.quotes.iter().any(|q| q.kind == QuoteKind::Mixed && q.text(t) == "reckless"));
    let t = "The so-called \u{201c}grand bargain\u{201d} collapsed on Monday.";
    assert!(credited(t).is_empty());
    let t = "The band, known as \u{2018}The Owls\u{2019} to fans, said it would tour in June.";
    assert!(credited(t).is_empty());
    let t = "Parliament has not called the vote a \u{201c}failure\u{201d} so far.";
    assert!(credited(t).is_empty());
    let t = "The two firms agreed to remove \u{201c}certain fees\u{201d} from the deal.";
    assert!(credited(t).is_empty());
}

#[test]
fn organisations_and_places_speak() {
    let t = "The ministry said the strikes were \u{201c}precise and limited\u{201d}.";
    assert_eq!(speaker_of(t, "precise and limited").as_deref(), Some("The ministry"));
    let t = "Lisbon, which on Tuesday said the offer was \u{201c}too low\u{201d}, did not reply.";
    assert_eq!(speaker_of(t, "too low").as_deref(), Some("Lisbon, which"));
    assert_eq!(name_of(t, "too low").as_deref(), Some("Lisbon"));
}

#[test]
fn descriptions_resolve_to_the_named_person() {
    let t = "Chilean President Rosa Ibarra arrived on Monday.\nThe Chilean president said the visit was \u{201c}a new chapter\u{201d}.\nMs Ibarra said: \u{201c}We are ready.\u{201d}";
    assert_eq!(name_of(t, "a new chapter").as_deref(), Some("Rosa Ibarra"));
    assert_eq!(name_of(t, "We are ready.").as_deref(), Some("Rosa Ibarra"));
}

#[test]
fn odd_input_keeps_the_invariants() {
    for t in [
        "he said\u{2018}Ms Smith\"25% ",
        "\"\"\"''''\u{201c}\u{201d}\u{2018}",
        "said said said \u{201c}a\u{201d} said",
        "\u{201c}\u{1f600} \u{4e2d}\u{6587}\u{201d} \u{2014} \u{4e2d}",
        ": \u{201c}x\u{201d}\r\n\u{a0}\u{201c}y",
        "Mr. . . \u{201c}q\u{201d}, Mr.",
    ] {
        let a = analyze(t);
        let mut last_end = 0;
        for q in &a.quotes {
            assert!(q.start < q.end && t.is_char_boundary(q.start) && t.is_char_boundary(q.end));
            if q.kind != QuoteKind::Indirect {
                assert!(q.start >= last_end, "overlap in {t:?}");
                last_end = q.end;
            }
            for s in [q.speaker.as_ref().map(|m| m.span()), q.cue, q.via.as_ref().map(|m| m.span())]
                .into_iter()
                .flatten()
            {
                assert!(s.start < s.end && t.is_char_boundary(s.start) && t.is_char_boundary(s.end));
            }
        }
    }
}

#[test]
fn many_quotes_stay_fast() {
    let unit = "\u{201c}We will win,\u{201d} he said, \u{201c}and soon.\u{201d} \"x\" '' ";
    let t = unit.repeat(20_000);
    let started = std::time::Instant::now();
    let a = analyze(&t);
    assert!(a.quotes.len() >= 40_000);
    assert!(started.elapsed().as_secs() < 20, "took {:?}", started.elapsed());
}

#[test]
fn parenthetical_and_sentence_final_credits() {
    let t = "The report \u{201c}changes nothing\u{201d} for the town, she said, adding that more work was needed.";
    assert_eq!(speaker_of(t, "changes nothing").as_deref(), Some("she"));
    let t = "The plan sets out \u{201c}three clear steps\u{201d} for the coming year, the mayor's spokesman told local radio.";
    assert_eq!(speaker_of(t, "three clear steps").as_deref(), Some("the mayor's spokesman"));
}

#[test]
fn a_belief_inside_speech_belongs_to_the_outer_speaker() {
    let t = "Nadia Kerr said she hopes the vote sends a message that \u{201c}we are not going anywhere.\u{201d}";
    assert_eq!(speaker_of(t, "we are not going anywhere.").as_deref(), Some("Nadia Kerr"));
}

#[test]
fn nominal_cues_and_colon_paragraphs() {
    let t = "Berg's claim that the river was \u{201c}already clean\u{201d} drew criticism.";
    assert_eq!(speaker_of(t, "already clean").as_deref(), Some("Berg's"));
    let t = "Tomas Ek made the following remark:\n\u{201c}Nobody asked the farmers what they wanted.\u{201d}";
    assert_eq!(speaker_of(t, "Nobody asked the farmers what they wanted.").as_deref(), Some("Tomas Ek"));
}

#[test]
fn titles_of_shows_and_books_are_not_quotes() {
    let t = "The minister spoke on the channel's \u{201c}Morning Round Table\u{201d} and left early.";
    assert!(credited(t).is_empty());
    let t = "Opening paragraph of the story.\nHe backed a \u{201c}Look Further East\u{201d} policy, officials said.";
    assert!(credited(t).is_empty());
}

#[test]
fn coordinated_and_negated_cues_do_not_credit() {
    let t = "The council has yet to condemn the firm or describe the spill as a \u{201c}disaster\u{201d} so far.";
    assert!(credited(t).is_empty());
    let t = "The coach praised the team and called the win \u{201c}historic\u{201d} on Sunday.";
    assert_eq!(speaker_of(t, "historic").as_deref(), Some("The coach"));
}

#[test]
fn headline_source_before_a_colon() {
    let t = "Mayor Li: Budget cuts are \u{2018}the only way out\u{2019}\nThe council meets today.";
    assert_eq!(speaker_of(t, "the only way out").as_deref(), Some("Mayor Li"));
    let t = "Analysis: What the vote means for the \u{2018}green deal\u{2019}\nThe council meets today.";
    assert!(credited(t).is_empty());
}

#[test]
fn what_she_calls_credits_the_sentence_subject() {
    let t = "Mayor Ana Ruiz says residents want what she calls \u{201c}real answers\u{201d} on housing.";
    assert_eq!(speaker_of(t, "real answers").as_deref(), Some("Mayor Ana Ruiz"));
    assert_eq!(name_of(t, "real answers").as_deref(), Some("Ana Ruiz"));
}

#[test]
fn pronouns_follow_the_latest_subject_that_speaks() {
    let t = "\u{201c}Talks are over,\u{201d} said Omar Said Haddad.\nOn Monday the leader of the port workers, Petra Lind, cancelled her trip.\nLind said in a video that the strike would go on. \u{201c}We are not afraid,\u{201d} she said.";
    assert_eq!(name_of(t, "We are not afraid,").as_deref(), Some("Petra Lind"));
}

#[test]
fn participles_absolute_and_relayed() {
    let t = "Hopes faded on Friday, with UN envoy Karin Bell reiterating her \u{201c}grave concern\u{201d} at the talks.";
    assert_eq!(speaker_of(t, "grave concern").as_deref(), Some("UN envoy Karin Bell"));
    let t = "Northwire quoted a port official saying \u{201c}the cranes are idle and nobody knows why\u{201d}.";
    let a = analyze(t);
    let q = a.quotes.iter().find(|q| q.kind != QuoteKind::Indirect).unwrap();
    assert_eq!(&t[q.speaker.as_ref().unwrap().start..q.speaker.as_ref().unwrap().end], "a port official");
    assert_eq!(&t[q.via.as_ref().unwrap().start..q.via.as_ref().unwrap().end], "Northwire");
    let t = "The senator spoke for an hour, at one point calling the plan \u{201c}a disgrace\u{201d} in public.";
    assert_eq!(speaker_of(t, "a disgrace").as_deref(), Some("The senator"));
}

#[test]
fn adjuncts_and_objects_are_not_subjects() {
    // a prepositional phrase between the auxiliary and the cue is no subject
    let t = "The critic Ivo Marsh, who has in the past described the plan as \u{201c}a costly fantasy\u{201d}, spoke first.";
    assert_eq!(speaker_of(t, "a costly fantasy").as_deref(), Some("The critic Ivo Marsh, who"));
    // "deflected several questions … before saying": "questions" is a noun, not the cue
    let t = "On Monday, Mrs. Lena Hart deflected numerous questions about the budget before saying, \u{201c}We will publish every figure next week.\u{201d}";
    assert_eq!(speaker_of(t, "We will publish every figure next week.").as_deref(), Some("Mrs. Lena Hart"));
}

#[test]
fn a_quote_with_no_cue_belongs_to_its_sentence_subject() {
    let t = "The storm passed.\nMara Olsen thanked the volunteers for \u{201c}standing by the town when nobody else did.\u{201d}";
    assert_eq!(speaker_of(t, "standing by the town when nobody else did.").as_deref(), Some("Mara Olsen"));
    let t = "The debate went on.\nShe then turned to the hall again: \u{201c}Here is what I want you to remember tonight.\u{201d}";
    assert_eq!(speaker_of(t, "Here is what I want you to remember tonight.").as_deref(), Some("She"));
    // expletive, numeral and prepositional openings are no subject
    let t = "The storm passed.\nIt was a reminder that \u{201c}nothing lasts forever in this business at all.\u{201d}";
    assert_eq!(speaker_of(t, "nothing lasts forever in this business at all."), None);
    let t = "The storm passed.\nAmid the noise, the plan was seen as \u{201c}part of a much larger strategy for the town.\u{201d}";
    assert_ne!(speaker_of(t, "part of a much larger strategy for the town.").as_deref(), Some("Amid"));
}

#[test]
fn any_verb_after_a_comma_quote_credits_its_subject() {
    let t = "The hall was quiet.\n\u{201c}We will not give up on this town,\u{201d} Kelly Brand went on, looking at the crowd.";
    assert_eq!(speaker_of(t, "We will not give up on this town,").as_deref(), Some("Kelly Brand"));
    let t = "The hall was quiet.\n\u{201c}Was it worth the money?\u{201d} she pressed.";
    assert_eq!(speaker_of(t, "Was it worth the money?").as_deref(), Some("she"));
    // after a question mark a capitalised word may open the next sentence
    let t = "The hall was quiet.\n\u{201c}Was it worth all the money and the time?\u{201d} Nobody moved from the back rows.";
    assert_eq!(speaker_of(t, "Was it worth all the money and the time?"), None);
    // a sentence that is only the credit follows a quote that ends with a full stop
    let t = "The hall was quiet.\n\u{201c}The bridge will open in May next year.\u{201d} Lund said.";
    assert_eq!(speaker_of(t, "The bridge will open in May next year.").as_deref(), Some("Lund"));
}

#[test]
fn sentence_subjects_skip_datelines_adverbs_and_places() {
    let t = "OSLO, May 3 (Northwire) \u{2014} In reply to the ruling, Nora Vik rallied her staff, saying: \u{201c}We will appeal this.\u{201d}";
    assert_eq!(speaker_of(t, "We will appeal this.").as_deref(), Some("Nora Vik"));
    let t = "The vote was close. However, Ada Rook praised the count, calling it \u{201c}clean\u{201d} on Monday.";
    assert_eq!(speaker_of(t, "clean").as_deref(), Some("Ada Rook"));
    let t = "The vote was close. Speaking at a hall in Bergen, Norway, Ada Rook went after the mayor, calling him \u{201c}a coward\u{201d} again.";
    assert_eq!(speaker_of(t, "a coward").as_deref(), Some("Ada Rook"));
}

#[test]
fn long_appositions_and_said_of() {
    let t = "The plan was published.\n\u{201c}It keeps the budget in balance for a decade,\u{201d} Lea Brandt, director of the budget institute in Bonn and a professor at the university of Kiel, said of the proposal.";
    assert_eq!(speaker_of(t, "It keeps the budget in balance for a decade,").as_deref(), Some("Lea Brandt"));
    assert_eq!(name_of(t, "It keeps the budget in balance for a decade,").as_deref(), Some("Lea Brandt"));
}

#[test]
fn bodies_keep_their_names_and_generic_nouns_refer_to_them() {
    let t = "The Baltic Policy Institute (BPI) published a report on Monday.\n\u{201c}Growth will slow this year,\u{201d} said the BPI.\nThe thinktank says the plan is a \u{201c}bold step\u{201d} away from Riga\u{2019}s declared \u{201c}open door\u{201d} policy.\n\u{201c}Nobody expected this,\u{201d} it added.";
    assert_eq!(name_of(t, "Growth will slow this year,").as_deref(), Some("Baltic Policy Institute"));
    assert_eq!(name_of(t, "bold step").as_deref(), Some("Baltic Policy Institute"));
    assert_eq!(name_of(t, "Nobody expected this,").as_deref(), Some("Baltic Policy Institute"));
    // "X's declared" is an adjective, not a cue whose subject precedes it
    assert_eq!(speaker_of(t, "bold step").as_deref(), Some("The thinktank"));
    let t = "The Ostland Defence Ministry said the jets returned.\nThe ministry claimed a drone was seen, adding: \u{201c}The border is calm tonight.\u{201d}";
    assert_eq!(name_of(t, "The border is calm tonight.").as_deref(), Some("Ostland Defence Ministry"));
    // an article is no title: "the BPI" is not the person a later "he" refers to
    let t = "Economist Jan Oberg spoke first.\n\u{201c}Growth will slow this year,\u{201d} said the BPI.\n\u{201c}We disagree with that,\u{201d} he said.";
    assert_eq!(name_of(t, "We disagree with that,").as_deref(), Some("Jan Oberg"));
}

#[test]
fn nested_speech_by_the_same_person_credits_the_outer_subject() {
    let t = "The trial ended.\nMarta Ilves said she then replied: \u{201c}You will not win this one.\u{201d}";
    assert_eq!(speaker_of(t, "You will not win this one.").as_deref(), Some("Marta Ilves"));
    let t = "The trial ended.\nJonas Berg told reporters he had warned them it was \u{201c}a trap from the start\u{201d} in May.";
    assert_eq!(speaker_of(t, "a trap from the start").as_deref(), Some("Jonas Berg"));
    // another source's speech stays with that source
    let t = "The trial ended.\nThe agency reported they added the talks were \u{201c}going nowhere at all\u{201d} on Friday.";
    assert_eq!(speaker_of(t, "going nowhere at all").as_deref(), Some("they"));
}

#[test]
fn the_addressee_of_told_and_contractions_are_not_speakers() {
    let t = "The rally ended early.\n\u{201c}He deserved it and more,\u{201d} the assailant, Jo Lind, told the radio after the fight.";
    assert_eq!(speaker_of(t, "He deserved it and more,").as_deref(), Some("the assailant, Jo Lind"));
    let t = "The rally ended early.\nShe notes that free speech has limits and that you can\u{2019}t yell \u{201c}fire\u{201d} in a crowded hall.";
    assert_ne!(speaker_of(t, "fire").as_deref(), Some("can\u{2019}t"));
}

#[test]
fn pronouns_skip_people_of_the_other_gender() {
    let t = "Anna Holm met the buyers on Monday.\nPeter Lund said the deal was done.\n\u{201c}We signed it this morning,\u{201d} she said.";
    assert_eq!(name_of(t, "We signed it this morning,").as_deref(), Some("Anna Holm"));
    // a title tells the gender of a name the first-name list does not know
    let t = "Mrs. Edda Quist met the buyers on Monday.\nMr. Arvo Lund said the deal was done.\n\u{201c}We signed it this morning,\u{201d} she said.\n\u{201c}It took a year,\u{201d} he added.";
    assert_eq!(name_of(t, "We signed it this morning,").as_deref(), Some("Edda Quist"));
    assert_eq!(name_of(t, "It took a year,").as_deref(), Some("Arvo Lund"));
}

#[test]
fn names_with_an_adverb_ending_are_subjects() {
    let t = "The talk went on.\nKelly said: \u{201c}It can happen to anyone at all.\u{201d}";
    assert_eq!(speaker_of(t, "It can happen to anyone at all.").as_deref(), Some("Kelly"));
    let t = "The talk went on.\nManning responded, with a smile: \u{201c}Not this year, though.\u{201d}";
    assert_eq!(speaker_of(t, "Not this year, though.").as_deref(), Some("Manning"));
    // an opening adverb is still skipped
    let t = "The talk went on.\nFinally, the mayor said: \u{201c}We are done here today.\u{201d}";
    assert_eq!(speaker_of(t, "We are done here today.").as_deref(), Some("the mayor"));
}

#[test]
fn a_subject_with_an_apposition_keeps_a_quote_with_no_cue() {
    let t = "The merger was announced.\nMara Lind, an analyst at the bank in Oslo, agreed: \u{201c}They have a great brand and a large platform.\u{201d}";
    assert_eq!(speaker_of(t, "They have a great brand and a large platform.").as_deref(), Some("Mara Lind"));
}

#[test]
fn as_someone_put_it() {
    let t = "The tax debate goes on.\nAs Vera Holm, a lawyer at the firm, recently put it, \u{201c}Who pays less, and why?\u{201d}";
    assert_eq!(speaker_of(t, "Who pays less, and why?").as_deref(), Some("Vera Holm"));
    let t = "The tax debate goes on.\nThe rule demands a \u{201c}lawful source of income,\u{201d} as a ministry memo put it.";
    assert_eq!(speaker_of(t, "lawful source of income,").as_deref(), Some("a ministry memo"));
}

#[test]
fn a_dash_line_signs_the_quote_above_it() {
    let t = "Letters arrived this week.\n\u{201c}The new bridge is the best thing that happened to this town in years.\u{201d}\n\u{2013} Ida Berg, Leeds.\nMore letters follow.";
    assert_eq!(speaker_of(t, "The new bridge is the best thing that happened to this town in years.").as_deref(), Some("Ida Berg"));
}

#[test]
fn a_name_after_a_question_needs_a_dialogue_verb() {
    let t = "The interview went on.\n\u{201c}Would it be negotiable at all?\u{201d} Hanna Roos pressed. \u{201c}Maybe.\u{201d}";
    assert_eq!(speaker_of(t, "Would it be negotiable at all?").as_deref(), Some("Hanna Roos"));
    let t = "The interview went on.\n\u{201c}Would it be negotiable at all?\u{201d} Hanna Roos moved to the next topic.";
    assert_eq!(speaker_of(t, "Would it be negotiable at all?"), None);
}

#[test]
fn a_short_quoted_sentence_after_a_credited_quote_continues_it() {
    let t = "\u{201c}The river rose all night,\u{201d} the ferry captain said. \u{201c}We\u{2019}re safe.\u{201d} Others left.";
    assert_eq!(speaker_of(t, "We\u{2019}re safe.").as_deref(), Some("the ferry captain"));
    let t = "\"Nobody came,\" Ola Nilsen said. \"Nobody!\"";
    assert_eq!(speaker_of(t, "Nobody!").as_deref(), Some("Ola Nilsen"));
    // a short quote inside the writer's own sentence stays a scare quote
    let t = "\"The river rose all night,\" the captain said. By dawn the water was \"brown.\"";
    assert!(credited(t).iter().all(|c| c.0 != "brown."), "{:?}", credited(t));
}

#[test]
fn titles_with_a_comma_or_full_stop_inside_the_marks_after_their_owner_are_not_quotes() {
    for t in [
        "On Sunday\u{2019}s episode of \u{201c}The Harbour Hour,\u{201d} the mayor spoke about ferries.",
        "The mayor was interviewed on Radio North\u{2019}s \u{201c}Morning Tide.\u{201d} She said little.",
        "In her 2019 book, \u{201c}Ferries of the North,\u{201d} Ola Berg described the route.",
    ] {
        // (a first line may be a headline, where a title is credited speech: start with a paragraph)
        let t = format!("Ferries run again.\n\n{t}");
        assert!(credited(&t).is_empty(), "{t}: {:?}", credited(&t));
    }
    // speech in capitals after a possessive is still speech when it ends in ! or ?
    let t = "Ferries run again.\n\nThe mayor\u{2019}s answer was short: \u{201c}Never Again!\u{201d} she said.";
    assert_eq!(speaker_of(t, "Never Again!").as_deref(), Some("she"));
}

#[test]
fn a_verb_before_a_colon_is_the_cue_not_part_of_the_speaker() {
    let t = "Ferries run again.\n\nThe minister agreed: \u{201c}We will rebuild the pier and the road.\u{201d}";
    let c = credited(t);
    assert_eq!(c[0].1.as_deref(), Some("The minister"));
    assert_eq!(c[0].3.as_deref(), Some("agreed"));
    // a name alone before the colon keeps the colon as its cue
    let t = "Ferries run again.\n\nOla Berg: \u{201c}We will rebuild the pier and the road.\u{201d}";
    assert_eq!(credited(t)[0].1.as_deref(), Some("Ola Berg"));
}

#[test]
fn a_description_takes_the_name_in_its_apposition() {
    let t = "Its chief forecaster, Dan Ellery, said: \u{201c}Another storm is coming.\u{201d}";
    let a = analyze(t);
    let q = a.quotes.iter().find(|q| q.kind == QuoteKind::Direct).unwrap();
    assert_eq!(&t[q.speaker.as_ref().unwrap().start..q.speaker.as_ref().unwrap().end], "Its chief forecaster, Dan Ellery");
    assert_eq!(q.speaker.as_ref().unwrap().name, "Dan Ellery");
    // a one-word name in apposition too
    let t = "His daughter, Amy, added: \u{201c}We were lucky.\u{201d}";
    let a = analyze(t);
    let q = a.quotes.iter().find(|q| q.kind == QuoteKind::Direct).unwrap();
    assert_eq!(q.speaker.as_ref().unwrap().name, "Amy");
    // no name in apposition: the description stays as written
    let t = "Its chief forecaster, speaking on Monday, said: \u{201c}Another storm is coming.\u{201d}";
    let a = analyze(t);
    let q = a.quotes.iter().find(|q| q.kind == QuoteKind::Direct).unwrap();
    assert_eq!(q.speaker.as_ref().unwrap().name, "Its chief forecaster");
}

#[test]
fn descriptions_and_titles_stay_in_their_block() {
    // the headline's credit is not the description of a name on the next line
    let t = "\u{2018}Prices will rise again\u{2019} \u{2013} trade economist\n\nSenior economist Alma Reyes said bills were high.";
    let a = analyze(t);
    let q = a.quotes.iter().find(|q| q.kind == QuoteKind::Direct).unwrap();
    assert!(matches!(q.speaker.as_ref().unwrap().name.as_str(), "trade economist" | "Alma Reyes"), "{:?}", q.speaker);
    // nor does a description run over a speech verb: the name after "warns" is not the chief
    let t = "Harbour chief warns Nils Odegaard is wrong about \u{2018}the tides\u{2019}\nMia Lund has warned the council again.";
    let a = analyze(t);
    let q = a.quotes.iter().find(|q| q.kind != QuoteKind::Indirect).unwrap();
    assert_eq!(q.speaker.as_ref().unwrap().name, "Mia Lund");
    // "MP" is a title: the name is what follows it
    let t = "\u{2018}Prices will rise again\u{2019} \u{2013} trade economist\n\nLabour MP Alma Reyes said bills were high.";
    let a = analyze(t);
    let q = a.quotes.iter().find(|q| q.kind == QuoteKind::Indirect).unwrap();
    assert_eq!(q.speaker.as_ref().unwrap().name, "Alma Reyes");
}

#[test]
fn a_role_for_a_body_is_the_speaker_not_the_body() {
    let t = "A spokesperson for the Harbour Workers Union told the Courier that crews were \u{201c}exhausted but determined\u{201d}.";
    assert_eq!(speaker_of(t, "exhausted but determined").as_deref(), Some("A spokesperson for the Harbour Workers Union"));
    let t = "The head of the water board said the pipes were \u{201c}older than anyone thought\u{201d}.";
    assert_eq!(speaker_of(t, "older than anyone thought").as_deref(), Some("The head of the water board"));
    // (a plain noun phrase with "of" was one phrase before this rule too)
    let t = "Residents of Leeds said the water was \u{201c}brown for days\u{201d}.";
    assert_eq!(speaker_of(t, "brown for days").as_deref(), Some("Residents of Leeds"));
}

#[test]
fn a_name_in_apposition_to_the_subject_is_an_antecedent() {
    let t = "Senator Ada Lin said it was bad.\n\nHer counterpart, Sen. Joel Marsh, disagreed. \u{201c}The numbers are wrong,\u{201d} he told the station.";
    let a = analyze(t);
    let q = a.quotes.iter().find(|q| q.kind == QuoteKind::Direct).unwrap();
    assert_eq!(q.speaker.as_ref().unwrap().name, "Joel Marsh");
}

#[test]
fn a_naming_verb_credits_its_own_quoted_object() {
    // the first quote belongs to "tweeted that"; "called" credits only "absurd"
    let t = "Berg later tweeted that the council was \u{201c}wasting everyone\u{2019}s time,\u{201d} a charge Lund called \u{201c}absurd.\u{201d}";
    assert_eq!(speaker_of(t, "wasting everyone\u{2019}s time,").as_deref(), Some("Berg"));
    assert_eq!(speaker_of(t, "absurd.").as_deref(), Some("Lund"));
    // a role word keeps the whole phrase
    let t = "\u{201c}We will win,\u{201d} the senator Jo Li said.";
    assert_eq!(speaker_of(t, "We will win,").as_deref(), Some("the senator Jo Li"));
}

#[test]
fn a_bare_description_is_not_guessed() {
    // the person of the last post is not the headline's "defence analyst"
    let t = "The governor, Ivo Sand, wrote that two people were hurt.\n\n\u{2018}This is a war of attrition\u{2019} \u{2013} defence analyst\n\nMany analysts said both sides were low on shells.";
    assert_eq!(speaker_of(t, "This is a war of attrition").as_deref(), Some("defence analyst"));
    let a = analyze(t);
    let q = a.quotes.iter().find(|q| q.kind == QuoteKind::Direct).unwrap();
    assert_eq!(q.speaker.as_ref().unwrap().name, "defence analyst");
    // … but a headline's description is the person its post goes on to name
    let t = "Harbour chief warns of \u{2018}a hard winter\u{2019}\nNils Odegaard has warned the council again.";
    let a = analyze(t);
    let q = a.quotes.iter().find(|q| q.kind != QuoteKind::Indirect).unwrap();
    assert_eq!(q.speaker.as_ref().unwrap().name, "Nils Odegaard");
}

#[test]
fn unnamed_sources_keep_their_description() {
    // a role for a body is an unnamed person: the body's name is not the speaker's name
    let t = "A spokesperson for the Harbour Workers Union told the Courier that crews were \u{201c}exhausted\u{201d}.";
    let a = analyze(t);
    let q = a.quotes.iter().find(|q| q.kind == QuoteKind::Mixed).unwrap();
    assert_eq!(q.speaker.as_ref().unwrap().name, "A spokesperson for the Harbour Workers Union");
    // a name in apposition to a subject with an auxiliary is an antecedent too
    let t = "The minister, Priya Dane, has arrived in Hull. Speaking to reporters, she said it was \u{201c}terrible\u{201d}.";
    let a = analyze(t);
    let q = a.quotes.iter().find(|q| q.kind == QuoteKind::Mixed).unwrap();
    assert_eq!(q.speaker.as_ref().unwrap().name, "Priya Dane");
}

#[test]
fn nouns_in_ing_and_plural_roles() {
    // "the warning" is a noun: the quote inside the reported clause is credited by "said"
    let t = "Analysts at Hollis Bank said the warning was \u{201c}a blow to credibility\u{201d}.";
    let a = analyze(t);
    let q = a.quotes.iter().find(|q| q.kind == QuoteKind::Mixed).unwrap();
    assert_eq!(&t[q.cue.unwrap().start..q.cue.unwrap().end], "said");
    // a plural role at a body is the speaker, and keeps its description as its name
    assert_eq!(&t[q.speaker.as_ref().unwrap().start..q.speaker.as_ref().unwrap().end], "Analysts at Hollis Bank");
    assert_eq!(q.speaker.as_ref().unwrap().name, "Analysts at Hollis Bank");
    // a generic body noun is not another description's body ("the board" is not "the company")
    let t = "The company expects a loss. The board said in a statement that it had \u{201c}full confidence\u{201d} in the team.";
    let a = analyze(t);
    let q = a.quotes.iter().find(|q| q.kind == QuoteKind::Mixed).unwrap();
    assert_eq!(q.speaker.as_ref().unwrap().name, "The board");
    // an organisation's name with "for" is one name
    let t = "According to the Office for Harbour Statistics, traffic fell \u{201c}sharply\u{201d}.";
    let a = analyze(t);
    let q = a.quotes.iter().find(|q| q.kind != QuoteKind::Indirect).unwrap();
    assert_eq!(q.speaker.as_ref().unwrap().name, "Office for Harbour Statistics");
}

#[test]
fn a_plural_possessive_is_part_of_the_name() {
    let t = "\u{201c}We will strike,\u{201d} the Teachers' Union said.";
    assert_eq!(speaker_of(t, "We will strike,").as_deref(), Some("the Teachers' Union"));
    let t = "Teachers will strike, the National Teachers\u{2019} Union (NTU) announced.";
    let a = analyze(t);
    let q = a.quotes.iter().find(|q| q.kind == QuoteKind::Indirect).unwrap();
    assert_eq!(&t[q.speaker.as_ref().unwrap().start..q.speaker.as_ref().unwrap().end], "the National Teachers\u{2019} Union");
    let t = "\u{201c}We will strike,\u{201d} the nurses' union said.";
    assert_eq!(speaker_of(t, "We will strike,").as_deref(), Some("the nurses' union"));
    // a closing single mark after an "s" still closes its quote
    let t = "\u{2018}We want fair pay for nurses\u{2019}, the union said.";
    assert_eq!(speaker_of(t, "We want fair pay for nurses").as_deref(), Some("the union"));
    let t = "\u{2018}Pay the nurses\u{2019} said the banner.";
    assert_eq!(speaker_of(t, "Pay the nurses").as_deref(), Some("the banner"));
}

#[test]
fn one_capitalised_word_after_an_owner_is_a_title() {
    let t = "Flood victims wait.\n\nRuiz, who appeared on Channel Nine\u{2019}s \u{201c}Harvestide\u{201d} last month, said she had written to her MP.";
    let a = analyze(t);
    assert!(a.quotes.iter().all(|q| q.kind == QuoteKind::Indirect), "{:?}", a.quotes);
    // a lowercase word after an owner is still a quoted word
    let t = "The mayor called the critics\u{2019} claims \u{201c}nonsense\u{201d} on Monday.";
    assert_eq!(speaker_of(t, "nonsense").as_deref(), Some("The mayor"));
}

#[test]
fn a_title_case_headline_credits_a_quote_with_a_capitalised_cue_after_it() {
    let t = "Ports Are \u{2018}A National Disgrace,\u{2019} Mayor Ola Berg Tells Council.\n\nThe mayor spoke on Monday.";
    assert_eq!(speaker_of(t, "A National Disgrace,").as_deref(), Some("Mayor Ola Berg"));
    // a capitalised noun after the quote is no cue whose subject is a prepositional phrase
    let t = "Ola Berg Calls Harbour Plan \u{2018}A Disgrace\u{2019} Over Ferry Comments.\n\nThe mayor spoke.";
    assert_eq!(speaker_of(t, "A Disgrace").as_deref(), Some("Ola Berg"));
    // (a surname that is also a preposition is still a name)
    let t = "The plan failed.\n\n\u{201c}We lost the vote,\u{201d} From said. \u{201c}It was close.\u{201d}";
    assert_eq!(speaker_of(t, "We lost the vote,").as_deref(), Some("From"));
}

#[test]
fn a_closing_mark_left_over_after_a_nested_quote_does_not_hide_the_credit() {
    // the inner quote closes with the outer one: `'…,'''`
    let t = "The plan failed.\n\n''I would call it 'old-school,''' said Tomas Ek, a diplomat.";
    assert_eq!(speaker_of(t, "I would call it 'old-school,").as_deref(), Some("Tomas Ek"));
    let t = "The plan failed.\n\n\u{201c}They told me \u{2018}go home,\u{2019}\u{201d} Ola Berg recalled.";
    assert_eq!(speaker_of(t, "They told me \u{2018}go home,\u{2019}").as_deref(), Some("Ola Berg"));
}

#[test]
fn it_before_a_past_verb_after_the_quote_is_the_speaker() {
    let t = "The board opposed the tax.\n\n''Keep the levy at the current level for now,'' it recommended.";
    assert_eq!(speaker_of(t, "Keep the levy at the current level for now,").as_deref(), Some("it"));
}

#[test]
fn quotes_joined_by_and_share_the_credit_after_the_last() {
    let t = "The plan failed.\n\nFerries are \u{201c}a public scandal\u{201d} and \u{201c}a waste of money,\u{201d} Ola Berg, the mayor, said.";
    assert_eq!(speaker_of(t, "a public scandal").as_deref(), Some("Ola Berg"));
    assert_eq!(speaker_of(t, "a waste of money,").as_deref(), Some("Ola Berg"));
    // a quote that ends its sentence does not share the next sentence's credit
    let t = "The plan failed.\n\nShe spoke on the show \u{201c}Harbour Talk.\u{201d} \u{201c}I don't think it was a problem at all,\u{201d} he said.";
    assert!(credited(t).iter().all(|c| c.0 != "Harbour Talk."), "{:?}", credited(t));
}

#[test]
fn a_participle_right_after_the_quote_does_not_credit_its_object() {
    let t = "The plan failed.\n\nOla Berg said the port was \u{201c}a national disgrace,\u{201d} calling the harbour board a failure.";
    assert_eq!(speaker_of(t, "a national disgrace,").as_deref(), Some("Ola Berg"));
    let t = "The plan failed.\n\nThe mayor said there is still \u{201c}more work to do,\u{201d} noting rising costs in the north.";
    assert_eq!(speaker_of(t, "more work to do,").as_deref(), Some("The mayor"));
}

#[test]
fn a_cue_taking_an_object_is_not_inverted_after_the_quote() {
    // `"…," blasted the plan` has no speaker after the verb; `"…," said the mayor` has
    let t = "The plan failed.\n\nOla Berg called the port \u{201c}a national disgrace and a failure,\u{201d} blasted the harbour board and left.";
    assert_ne!(speaker_of(t, "a national disgrace and a failure,").as_deref(), Some("the harbour board"));
    let t = "The plan failed.\n\n\u{201c}It is about time we had a new port,\u{201d} exhorted the mayor\u{2019}s deputy, Ola Berg.";
    assert_eq!(speaker_of(t, "It is about time we had a new port,").as_deref(), Some("the mayor\u{2019}s deputy, Ola Berg"));
}

#[test]
fn credits_after_a_quote_opening_its_paragraph() {
    // an inverted verb that is a cue only there
    let t = "The plan failed.\n\n\u{201c}Our ideas of success are different now,\u{201d} agrees Ana Lazar, 30, of Leeds.";
    assert_eq!(speaker_of(t, "Our ideas of success are different now,").as_deref(), Some("Ana Lazar"));
    let t = "The plan failed.\n\n\u{201c}Vote for the harbour and the bridge this time,\u{201d} read the leaflet.";
    assert_eq!(speaker_of(t, "Vote for the harbour and the bridge this time,").as_deref(), Some("the leaflet"));
    // a phrase with its apposition before the cue
    let t = "The plan failed.\n\n\u{201c}We need him because life is very hard here,\u{201d} his wife, Ana Lazar, wrote.";
    assert_eq!(speaker_of(t, "We need him because life is very hard here,").as_deref(), Some("his wife, Ana Lazar"));
    // a lowercase subject after an exclamation continues the sentence
    let t = "The mayor asked who would pay.\n\n\u{201c}The ferry company!\u{201d} the crowd shouted back.";
    assert_eq!(speaker_of(t, "The ferry company!").as_deref(), Some("the crowd"));
}

#[test]
fn a_belief_under_a_participle_or_second_verb_belongs_to_the_outer_subject() {
    let t = "The plan failed.\n\n\u{201c}We lost,\u{201d} Ola Berg said on Monday, adding that she believed the port was \u{201c}a disaster.\u{201d}";
    assert_eq!(speaker_of(t, "a disaster.").as_deref(), Some("Ola Berg"));
    let t = "The plan failed.\n\nOla Berg criticised the board and said she thought the port was \u{201c}a disaster.\u{201d}";
    assert_eq!(speaker_of(t, "a disaster.").as_deref(), Some("Ola Berg"));
}

#[test]
fn a_cue_right_before_the_quote_beats_a_phrase_after_it_that_names_no_one() {
    let t = "The plan failed.\n\nShe left the party after what she called a \u{201c}rant,\u{201d} a series of online posts.";
    assert_eq!(speaker_of(t, "rant,").as_deref(), Some("she"));
    // a named credit after the quote still wins
    let t = "The plan failed.\n\nNothing the mayor said \u{201c}will calm the voters,\u{201d} the Leeds senator said.";
    assert_eq!(speaker_of(t, "will calm the voters,").as_deref(), Some("the Leeds senator"));
}

#[test]
fn a_short_ly_first_name_is_part_of_the_speaker() {
    let t = "Carly Holm: \u{2018}The port is fair game.\u{2019}\n\nThe plan failed.";
    assert_eq!(speaker_of(t, "The port is fair game.").as_deref(), Some("Carly Holm"));
    // a sentence adverb is not
    let t = "The plan failed.\n\nFinally Berg said: \u{201c}Nothing has changed at all.\u{201d}";
    assert_eq!(speaker_of(t, "Nothing has changed at all.").as_deref(), Some("Berg"));
}

#[test]
fn went_on_to_say_has_the_subject_before_it() {
    let t = "The plan failed.\n\nThe email went on to say: \u{201c}Today we have won the vote in every ward.\u{201d}";
    assert_eq!(speaker_of(t, "Today we have won the vote in every ward.").as_deref(), Some("The email"));
}

#[test]
fn rip_bemoan_and_reference_credit_quoted_words() {
    let t = "Dock Workers Rip Harbour Board As A \u{2018}Total Failure.\u{2019}\n\nThe plan failed.";
    assert_eq!(speaker_of(t, "Total Failure.").as_deref(), Some("Dock Workers"));
    let t = "The plan failed.\n\nBerg bemoaned a climate in which people \u{201c}simply hate each other.\u{201d}";
    assert_eq!(speaker_of(t, "simply hate each other.").as_deref(), Some("Berg"));
    let t = "The plan failed.\n\nShe also referenced the \u{201c}harbour loophole,\u{201d} a flaw in the law.";
    assert_eq!(speaker_of(t, "harbour loophole,").as_deref(), Some("She"));
    // a plural noun after "past" is no verb
    let t = "The plan failed.\n\nBerg cited the mayor\u{2019}s past references to the port as \u{201c}a sinking ship\u{201d} in her speech.";
    assert!(credited(t).iter().all(|c| c.1.as_deref() != Some("the mayor\u{2019}s past")), "{:?}", credited(t));
}

#[test]
fn headlines_naming_their_source_before_on_or_after_from() {
    let t = "Berg on Ports: The Costs Are \u{2018}Frightening.\u{2019}\n\nThe plan failed.";
    assert_eq!(speaker_of(t, "Frightening.").as_deref(), Some("Berg"));
    let t = "A lesson from Ola Berg: \u{2018}Be the voice that people hear.\u{2019}\n\nThe plan failed.";
    assert_eq!(speaker_of(t, "Be the voice that people hear.").as_deref(), Some("Ola Berg"));
}

#[test]
fn a_name_opening_an_absolute_clause_is_the_subject_of_its_participle() {
    let t = "The plan failed.\n\nBoth men praised the talks \u{2013} Berg saying he was \u{201c}very encouraged\u{201d} and Holm calling it a \u{201c}great meeting.\u{201d}";
    assert_eq!(speaker_of(t, "very encouraged").as_deref(), Some("Berg"));
    assert_eq!(speaker_of(t, "great meeting.").as_deref(), Some("Holm"));
}

#[test]
fn two_coordinated_names_before_the_cue_are_the_speaker() {
    let t = "The plan failed.\n\n\u{201c}The mayor is filled with resentment,\u{201d} Ola Berg and Tomas Ek wrote.";
    assert_eq!(speaker_of(t, "The mayor is filled with resentment,").as_deref(), Some("Ola Berg and Tomas Ek"));
}

#[test]
fn a_subject_and_past_verb_right_before_the_quote_beat_a_cue_further_back() {
    let t = "The plan failed.\n\nAfter Tomas Ek criticized the mayor in a debate, Ola Berg shot back, \u{201c}I could have stayed home instead.\u{201d}";
    assert_eq!(speaker_of(t, "I could have stayed home instead.").as_deref(), Some("Ola Berg"));
    let t = "The plan failed.\n\nAfter Ek mocked the deal, Ola Berg fired back forcefully: \u{201c}If they sue us, they lose.\u{201d}";
    assert_eq!(speaker_of(t, "If they sue us, they lose.").as_deref(), Some("Ola Berg"));
    let t = "The plan failed.\n\nAnd Mr. Holm gloated: \u{201c}I told you they would not be ready.\u{201d}";
    assert_eq!(speaker_of(t, "I told you they would not be ready.").as_deref(), Some("Mr. Holm"));
}

#[test]
fn a_cue_sentence_between_two_quotes_credits_the_second() {
    let t = "The plan failed.\n\n\u{201c}We were ready,\u{201d} said Ola Berg. Her deputy Tomas Ek says the board was not. \u{201c}Nobody read the report at all.\u{201d}";
    assert_eq!(speaker_of(t, "Nobody read the report at all.").as_deref(), Some("Her deputy Tomas Ek"));
    // the phrase opening that sentence, not the one after its preposition
    let t = "The plan failed.\n\n\u{201c}Welcome,\u{201d} it says. A message on the website reads in full. \u{201c}Come and stay with us for a week.\u{201d}";
    assert_eq!(speaker_of(t, "Come and stay with us for a week.").as_deref(), Some("A message"));
}

#[test]
fn subjects_past_dates_participles_and_capitalised_modifiers() {
    // the year after a date's comma is no subject
    let t = "The plan failed.\n\nOn July 6, 2015, Berg made the following comment:\n\n\u{201c}Young people cannot find any work in the north.\u{201d}";
    assert_eq!(speaker_of(t, "Young people cannot find any work in the north.").as_deref(), Some("Berg"));
    // a participle's phrase is no subject
    let t = "The plan failed.\n\nProtesters marching through the streets chanted \u{201c}What curfew?\u{201d} all night.";
    assert_eq!(speaker_of(t, "What curfew?").as_deref(), Some("Protesters"));
    // "of Republican claims" is a noun phrase; "rated" credits the label
    let t = "The plan failed.\n\nFactCheck rated 32% of Republican claims as \u{201c}false\u{201d} last year.";
    assert_eq!(speaker_of(t, "false").as_deref(), Some("FactCheck"));
    // "interest rates" is a noun
    let t = "The plan failed.\n\nLow interest rates are a form of \u{201c}printing money\u{201d} to some.";
    assert!(credited(t).is_empty(), "{:?}", credited(t));
}

#[test]
fn titles_after_on_or_an_author_are_not_quotes() {
    for t in [
        "The plan failed.\n\n\u{201c}We will win,\u{201d} she said on \u{201c}Harbour Talk Tonight.\u{201d} Then she left.",
        "The plan failed.\n\n\u{201c}It is likely,\u{201d} said Ola Berg, the author of \u{201c}Ferries of the North,\u{201d} on Monday.",
    ] {
        assert!(credited(t).iter().all(|c| !c.0.starts_with("Harbour") && !c.0.starts_with("Ferries")), "{t}: {:?}", credited(t));
    }
}

#[test]
fn a_name_line_closing_a_block_quote_signs_it() {
    let t = "Experts weighed in.\n\n\"I worry that we may see a return of the old harbour troubles.\nOla Berg, Institute for Ports.\"\n\nThe debate goes on.";
    let c = credited(t);
    assert!(c.iter().all(|q| !q.0.starts_with("Ola Berg")), "{c:?}");
    assert_eq!(speaker_of(t, "I worry that we may see a return of the old harbour troubles.").as_deref(), Some("Ola Berg"));
}

#[test]
fn emphatic_did_habitual_used_to_ampersands_and_dash_labels() {
    let t = "The plan failed.\n\nHe did say he found the mayor to be \u{201c}very charming\u{201d} on Monday.";
    assert_eq!(speaker_of(t, "very charming").as_deref(), Some("He"));
    let t = "The plan failed.\n\nOla Berg used to boast that the port was \u{201c}the best in the north\u{201d} before the fire.";
    assert_eq!(speaker_of(t, "the best in the north").as_deref(), Some("Ola Berg"));
    let t = "The plan failed.\n\nOla Berg, who works for the firm Holm & Ek, said the port had \u{201c}made great strides\u{201d} lately.";
    assert_eq!(speaker_of(t, "made great strides").as_deref(), Some("Ola Berg"));
    let t = "The plan failed.\n\nBut polls did predict the vote - Harbour Research: \u{201c}All the samples include more people.\u{201d}";
    assert_eq!(speaker_of(t, "All the samples include more people.").as_deref(), Some("Harbour Research"));
}

#[test]
fn talks_right_before_a_quote_credits_it() {
    let t = "Port chief talks 'reform' as strikes spread\n\nThe plan failed.";
    assert_eq!(speaker_of(t, "reform").as_deref(), Some("Port chief"));
    // "talks" before other words is no cue
    let t = "The plan failed.\n\nThe mayor talks about the \u{2018}harbour\u{2019} often.";
    assert!(credited(t).is_empty(), "{:?}", credited(t));
}

#[test]
fn quoted_words_judging_someones_remarks_are_not_the_remarks() {
    let t = "The plan failed.\n\nThe mayor told reporters that Berg\u{2019}s comments \u{201c}show bias to me.\u{201d}";
    assert_eq!(speaker_of(t, "show bias to me.").as_deref(), Some("The mayor"));
    // … nor is an adjective before a plural cue-noun its subject
    let t = "The plan failed.\n\nOla Berg accused him of making racial remarks by using the term \u{201c}harbour rats\u{201d} twice.";
    assert_eq!(speaker_of(t, "harbour rats").as_deref(), Some("Ola Berg"));
    // the owner of a claim that … still speaks
    let t = "The plan failed.\n\nHe repeated Berg\u{2019}s claim that the port was \u{201c}a total failure\u{201d} on Monday.";
    assert_eq!(speaker_of(t, "a total failure").as_deref(), Some("Berg\u{2019}s"));
}

#[test]
fn a_belief_is_no_cue_of_its_own() {
    // scare quotes in a belief are not speech
    let t = "The plan failed.\n\nMost voters believe the country is on the \u{201c}wrong track\u{201d} now.";
    assert!(credited(t).is_empty(), "{:?}", credited(t));
    // a belief inside speech belongs to the speaker
    let t = "The plan failed.\n\nOla Berg said she hopes the board will \u{201c}finally listen to us\u{201d} next year.";
    assert_eq!(speaker_of(t, "finally listen to us").as_deref(), Some("Ola Berg"));
}

#[test]
fn brackets_participles_and_nicknames() {
    let t = "The plan failed.\n\nAfter the vote, Gov. Ola Berg (D-Ore.), said, \u{201c}We are ready to rebuild the harbour.\u{201d}";
    assert_eq!(speaker_of(t, "We are ready to rebuild the harbour.").as_deref(), Some("Gov. Ola Berg"));
    let t = "The plan failed.\n\nAsked about the port on Monday, Berg said it was \u{201c}a disgrace\u{201d} to the town.";
    assert_eq!(speaker_of(t, "a disgrace").as_deref(), Some("Berg"));
    // a nickname inside a name is no quote
    let t = "The plan failed.\n\nState Rep. Marta \u{201c}Mia\u{201d} Holm spoke to the crowd on Monday night.";
    assert!(credited(t).is_empty(), "{:?}", credited(t));
}

#[test]
fn colon_credits_with_brackets_inversions_and_long_openers() {
    let t = "The plan failed.\n\nRep. Ola Berg (D-Ore.): \u{201c}I have not heard anyone say that before today.\u{201d}";
    assert_eq!(speaker_of(t, "I have not heard anyone say that before today.").as_deref(), Some("Rep. Ola Berg"));
    let t = "The plan failed.\n\nIn other words, explained the moderator Ana Holm: \u{201c}What does that have to do with the port?\u{201d}";
    assert_eq!(speaker_of(t, "What does that have to do with the port?").as_deref(), Some("the moderator Ana Holm"));
    // "told X:" names the addressee
    let t = "The plan failed.\n\nBerg later told Harbour Radio: \u{201c}Both of us are meeting next week to talk.\u{201d}";
    assert_eq!(speaker_of(t, "Both of us are meeting next week to talk.").as_deref(), Some("Berg"));
    let t = "The plan failed.\n\nSeeking a fourth term as mayor of the northern port city in March, Berg rallied voters by warning that \u{201c}the harbour is in danger.\u{201d}";
    assert_eq!(speaker_of(t, "the harbour is in danger.").as_deref(), Some("Berg"));
}

#[test]
fn a_dateline_in_capitals_is_no_subject() {
    let t = "Mayor speaks.\n\nLEEDS, Yorks. \u{2014} Mayor Ola Berg on Monday criticized the board, calling its plan a \u{201c}fireable offense.\u{201d}";
    assert_eq!(speaker_of(t, "fireable offense.").as_deref(), Some("Mayor Ola Berg"));
}

#[test]
fn a_participle_after_a_past_verb_has_that_verbs_subject() {
    let t = "The plan failed.\n\nFollowing a swiftly called, late-night meeting, the Harbour Council issued a statement calling the vote \u{201c}a clear violation\u{201d} of the rules.";
    assert_eq!(speaker_of(t, "a clear violation").as_deref(), Some("the Harbour Council"));
    let t = "The plan failed.\n\nThe crowd cheered as Berg went on about \u{201c}how the system is rigged\u{201d} for an hour.";
    assert_eq!(speaker_of(t, "how the system is rigged").as_deref(), Some("Berg"));
}

#[test]
fn lone_determiners_numbers_and_dialogue_verbs_after_the_quote() {
    let t = "Planes wrote messages.\n\n\u{201c}The port is great! The board is not,\u{201d} read one. \u{201c}Vote Berg,\u{201d} was another.";
    assert_eq!(speaker_of(t, "The port is great! The board is not,").as_deref(), Some("one"));
    let t = "The plan failed.\n\n\u{201c}You seem to have picked a new standard out of thin air,\u{201d} the two write.";
    assert_eq!(speaker_of(t, "You seem to have picked a new standard out of thin air,").as_deref(), Some("the two"));
    let t = "The plan failed.\n\n\u{201c}We will see,\u{201d} Berg said. \u{201c}Next year?\u{201d} Holm repeated.";
    assert_eq!(speaker_of(t, "Next year?").as_deref(), Some("Holm"));
}

#[test]
fn a_purpose_infinitive_after_took_to_is_a_cue() {
    let t = "The plan failed.\n\nBerg took to Twitter overnight to accuse the mayor\u{2019}s office of being \u{201c}duped\u{201d} by aides.";
    assert_eq!(speaker_of(t, "duped").as_deref(), Some("Berg"));
    // a plan is still no cue
    let t = "The plan failed.\n\nBerg plans to accuse the mayor\u{2019}s office of being \u{201c}duped\u{201d} by aides.";
    assert!(credited(t).is_empty(), "{:?}", credited(t));
}

#[test]
fn a_thing_called_or_labeled_something_is_named_not_quoted() {
    for t in [
        "The plan failed.\n\nShe set up a website called \u{201c}Harbour If Berg Wins\u{201d} last week.",
        "The plan failed.\n\nThey pay a premium for items labeled \u{201c}Made in the North\u{201d} every week.",
    ] {
        assert!(credited(t).is_empty(), "{t}: {:?}", credited(t));
    }
    // "what lawmakers called 'X'" is speech
    let t = "The plan failed.\n\nThe staff was involved in what several lawmakers called \u{201c}fraud\u{201d} on Monday.";
    assert_eq!(speaker_of(t, "fraud").as_deref(), Some("several lawmakers"));
}

#[test]
fn a_title_between_the_cue_and_the_quote_is_read_over() {
    // the show's title is a label; the quote after it is credited by "told … that"
    let t = "The vote failed.\n\nBerg told Channel Nine\u{2019}s \u{201c}Harbour Talk\u{201d} that \u{201c}the count was wrong\u{201d} from the start.";
    assert_eq!(speaker_of(t, "the count was wrong").as_deref(), Some("Berg"));
    let a = analyze(t);
    assert!(!a.quotes.iter().any(|q| q.kind != QuoteKind::Indirect && q.text(t) == "Harbour Talk"));
}

#[test]
fn a_base_form_after_a_plural_noun_is_a_verb() {
    // a headline's "…, traders warn"
    let t = "Plan to close the bridge \u{2018}will kill small shops\u{2019}, traders warn\n\nTraders met on Monday.";
    assert_eq!(speaker_of(t, "will kill small shops").as_deref(), Some("traders"));
    // "news report" is a noun compound, no credit
    let t = "Intro.\n\nThe \u{201c}green corridor\u{201d} news report aired on Monday.";
    assert!(credited(t).is_empty(), "{:?}", credited(t));
}

#[test]
fn a_group_of_people_at_a_place_is_the_speaker() {
    let t = "Intro.\n\nTraders in Eastwick have warned that the plan will \u{201c}kill\u{201d} small shops.";
    let a = analyze(t);
    let q = a.quotes.iter().find(|q| q.kind == QuoteKind::Mixed).unwrap();
    assert_eq!(&t[q.speaker.as_ref().unwrap().start..q.speaker.as_ref().unwrap().end], "Traders in Eastwick");
    assert_eq!(q.speaker.as_ref().unwrap().name, "Traders in Eastwick");
}

#[test]
fn a_role_of_another_person_is_not_the_last_person_named() {
    let t = "\u{201c}Justice has been done,\u{201d} Ines Varga said.\n\nThe judge\u{2019}s spokesman said: \u{201c}The sentence comes in June.\u{201d}";
    let a = analyze(t);
    let q = a.quotes.iter().find(|q| q.text(t).starts_with("The sentence")).unwrap();
    assert_eq!(q.speaker.as_ref().unwrap().name, "The judge\u{2019}s spokesman");
}

#[test]
fn a_pronoun_after_an_unnamed_speaker_is_theirs() {
    let t = "The minister, Karl Eder, arrived at noon.\n\nA commission spokeswoman said queues had formed. \u{201c}We are very pleased,\u{201d} she said.";
    let a = analyze(t);
    let q = a.quotes.iter().find(|q| q.kind == QuoteKind::Direct).unwrap();
    assert_eq!(q.speaker.as_ref().unwrap().name, "A commission spokeswoman");
    // a surname ending in "man" says nothing of gender
    let t = "Ruth Whitman said she would vote no.\n\n\u{201c}I am ashamed,\u{201d} she said.";
    let a = analyze(t);
    let q = a.quotes.iter().find(|q| q.kind == QuoteKind::Direct).unwrap();
    assert_eq!(q.speaker.as_ref().unwrap().name, "Ruth Whitman");
}

#[test]
fn a_quote_running_over_paragraphs_takes_the_credit_at_its_end() {
    let t = "The report is grim.\n\n\u{201c}We found long waits in nine of the ten hospitals we visited.\n\n\u{201c}In two of them, staff had stopped recording waits,\u{201d} said Dr Ada Ford, the chief inspector.";
    let a = analyze(t);
    let pieces: Vec<_> = a.quotes.iter().filter(|q| q.kind == QuoteKind::Direct).collect();
    assert_eq!(pieces.len(), 2);
    assert_eq!(pieces[0].group, pieces[1].group);
    for q in pieces {
        assert_eq!(q.speaker.as_ref().unwrap().name, "Ada Ford", "{:?}", q.text(t));
    }
    // an organisation with "of" keeps it in its name
    let t = "Intro.\n\nThe Department of Harbours said it was \u{201c}working closely\u{201d} with the ports.";
    let a = analyze(t);
    let q = a.quotes.iter().find(|q| q.kind == QuoteKind::Mixed).unwrap();
    assert_eq!(q.speaker.as_ref().unwrap().name, "Department of Harbours");
}

#[test]
fn a_second_verb_after_and_has_the_first_verb_s_subject() {
    let t = "Once, when my brother phoned me at work, I smiled and said, \u{201c}The garden can wait until spring.\u{201d}";
    assert_eq!(speaker_of(t, "The garden can wait until spring.").as_deref(), Some("I"));
}

#[test]
fn two_appositions_after_the_quote_and_its_speaker() {
    let t = "The rules are new.\n\n\u{201c}It is an overreach of the first order,\u{201d} Lena Marsh, the Democratic treasurer of Vermont, one of the states in the case, said on Monday.";
    assert_eq!(speaker_of(t, "It is an overreach of the first order,").as_deref(), Some("Lena Marsh"));
    let t = "The rules are new.\n\n\u{201c}It is an overreach of the first order,\u{201d} Lena Marsh, the Democratic treasurer, a lawyer, said on Monday.";
    assert_eq!(speaker_of(t, "It is an overreach of the first order,").as_deref(), Some("Lena Marsh"));
}

#[test]
fn the_verb_before_and_said_beats_an_opening_number() {
    let t = "Nine years ago, she backed the mayor and said, \u{201c}He is the best choice for the town.\u{201d}";
    assert_eq!(speaker_of(t, "He is the best choice for the town.").as_deref(), Some("she"));
}

#[test]
fn a_sentence_subject_after_two_opening_adverbials() {
    let t = "On Monday, after staying neutral all spring, Dana Roe appeared with the host of a morning show and formally endorsed the mayor, saying, \u{201c}The town cannot wait another year.\u{201d}";
    assert_eq!(speaker_of(t, "The town cannot wait another year.").as_deref(), Some("Dana Roe"));
}

#[test]
fn a_run_in_heading_in_capitals_is_no_subject() {
    let t = "Intro.\n\nTHE BOARD TOOK NOTE \u{2014} Moss appeared before the board in May for her role in the sale and for saying that the old mill was \u{201c}a ruin beyond saving.\u{201d}";
    assert_eq!(speaker_of(t, "a ruin beyond saving.").as_deref(), Some("Moss"));
}

#[test]
fn a_naming_verb_opening_a_list_item_has_no_inverted_subject() {
    let t = "What he does:\n\nMocks the poor.\n\nCalls his rivals cruel names, like \u{201c}the weakling\u{201d} and worse.";
    assert!(credited(t).iter().all(|c| c.1.is_none()), "{:?}", credited(t));
}

#[test]
fn a_parent_of_two_is_a_subject() {
    let t = "Asked why, the 41-year-old father of two replied, \u{201c}Because the school is closing next year.\u{201d}";
    assert_eq!(speaker_of(t, "Because the school is closing next year.").as_deref(), Some("the 41-year-old father of two"));
}

#[test]
fn said_yes_after_a_quote_is_no_credit() {
    let t = "As the mayor went on about \u{201c}our proud history\u{201d} and \u{201c}the years of hard work ahead,\u{201d} Tom said yes, over and over.";
    assert_ne!(speaker_of(t, "the years of hard work ahead,").as_deref(), Some("Tom"));
}

#[test]
fn a_mis_decoded_letter_stays_inside_the_name() {
    let t = "Talks ended.\n\n\u{201c}We will defend the border with every means we have,\u{201d} Interior Minister Ren\u{c3}\u{83}\u{c2}\u{a9}e Alva said on Friday.";
    assert_eq!(
        speaker_of(t, "We will defend the border with every means we have,").as_deref(),
        Some("Interior Minister Ren\u{c3}\u{83}\u{c2}\u{a9}e Alva")
    );
}

#[test]
fn a_sentence_adverb_between_commas_is_no_apposition() {
    let t = "The two senators, however, argue that the ruling was \u{201c}a grave mistake by any measure.\u{201d}";
    assert_eq!(speaker_of(t, "a grave mistake by any measure.").as_deref(), Some("The two senators"));
}

#[test]
fn a_participle_skips_the_verb_of_a_relative_clause() {
    let t = "Intro.\n\nMoss was defensive when asked about a builder who said he was never paid for the new roof, saying, \u{201c}Maybe he did not finish the work on time.\u{201d}";
    assert_eq!(speaker_of(t, "Maybe he did not finish the work on time.").as_deref(), Some("Moss"));
}

#[test]
fn a_cue_before_a_bare_fragment_beats_a_clause_after_it() {
    let t = "Intro.\n\nSenator Vera Holm promised on Monday to stop using the word \u{201c}reckless\u{201d} for the rest of the race, saying she had chosen it badly.";
    assert_eq!(speaker_of(t, "reckless").as_deref(), Some("Senator Vera Holm"));
    // … but a document's words reported at the sentence end are the reporter's
    let t = "Intro.\n\nThe memo notes the \u{201c}deep trust\u{201d} of the two towns, an aide told reporters.";
    assert_eq!(speaker_of(t, "deep trust").as_deref(), Some("an aide"));
}

#[test]
fn a_credit_inside_the_next_sentence_is_that_sentence_s() {
    let t = "Intro.\n\nMayor Ida Brandt said the port had been run for years with \u{201c}little thought for the people who live here.\u{201d} That, she said, was about to change.";
    assert_eq!(speaker_of(t, "little thought for the people who live here.").as_deref(), Some("Mayor Ida Brandt"));
}

#[test]
fn two_roles_of_one_speaker_after_the_quote() {
    let t = "Intro.\n\n\u{201c}The harbour will be rebuilt before winter,\u{201d} the former mayor and party chairman said on Monday.";
    assert_eq!(
        speaker_of(t, "The harbour will be rebuilt before winter,").as_deref(),
        Some("the former mayor and party chairman")
    );
}

#[test]
fn an_opening_time_adverbial_before_the_subject() {
    let t = "Intro.\n\nCritics have noted the mayor's warm words about the port. Back in 2001, Mayor Ida Brandt expressed her love for the old port, telling the paper: \u{201c}It is the heart of this town and always will be.\u{201d}";
    assert_eq!(speaker_of(t, "It is the heart of this town and always will be.").as_deref(), Some("Mayor Ida Brandt"));
    let t = "Intro.\n\nEver since she backed the plan this spring, Ms. Holm has been its loudest voice, visiting every ward to encourage young voters with a simple message: \u{201c}Your vote is your voice in this town.\u{201d}";
    assert_eq!(speaker_of(t, "Your vote is your voice in this town.").as_deref(), Some("Ms. Holm"));
}

#[test]
fn telling_after_an_earlier_quote_names_the_addressee() {
    let t = "Intro.\n\nMayor Ida Brandt said the vote was \u{201c}a relief,\u{201d} telling reporters that the new port is \u{201c}the best news this town has had in years.\u{201d}";
    assert_eq!(speaker_of(t, "the best news this town has had in years.").as_deref(), Some("Mayor Ida Brandt"));
}

#[test]
fn quieter_and_louder_verbs_of_speech_are_cues() {
    let t = "Intro.\n\nAs the count ended on Tuesday, the paper reported, his wife whispered to him: \u{201c}They are all waiting for you outside.\u{201d}";
    assert_eq!(speaker_of(t, "They are all waiting for you outside.").as_deref(), Some("his wife"));
}

#[test]
fn a_numeral_after_a_participle_cue_is_no_speaker() {
    let t = "The mayor said the plan was \u{201c}a fresh start\u{201d}, adding 3,000 homes would be built.";
    assert_eq!(speaker_of(t, "a fresh start").as_deref(), Some("The mayor"));
}

#[test]
fn said_all_the_same_after_so_far_as_to() {
    let t = "Intro.\n\nThe columnist Dana Roe went so far as to say: \u{201c}This is the worst budget the town has ever seen.\u{201d}";
    assert_eq!(speaker_of(t, "This is the worst budget the town has ever seen.").as_deref(), Some("The columnist Dana Roe"));
}

#[test]
fn a_key_event_s_time_stamp_does_not_hide_its_colon_credit() {
    let t = "Key events\n2h ago Port authority: \u{2018}The harbour stays shut\u{2019}\n\nBody text.";
    assert_eq!(speaker_of(t, "The harbour stays shut").as_deref(), Some("Port authority"));
}

#[test]
fn a_bullet_does_not_hide_a_list_item_s_colon_credit() {
    let t = "Key events\n\u{2022} Port authority: \u{2018}The harbour stays shut\u{2019}\n\u{2022} Rail strike called off\n\nBody text.";
    assert_eq!(speaker_of(t, "The harbour stays shut").as_deref(), Some("Port authority"));
}

#[test]
fn a_headline_opening_with_a_quote_credits_the_phrase_after_its_colon() {
    let t = "\u{2018}We will strike\u{2019}: teachers vote to walk out over pay\n\nTeachers in Leeds voted on Monday.";
    assert_eq!(speaker_of(t, "We will strike").as_deref(), Some("teachers"));
    let t = "\u{2018}Nothing is agreed\u{2019}: port owners reject the offer\n\nBody text.";
    assert_eq!(speaker_of(t, "Nothing is agreed").as_deref(), Some("port owners"));
    // (a name, then a lowercase verb before a capitalised place: the name alone)
    let t = "\u{2018}My legs were gone\u{2019}: Vell storms Kaltberg as Ruiz takes the lead\n\nBody text.";
    assert_eq!(speaker_of(t, "My legs were gone").as_deref(), Some("Vell"));
    let t = "\u{2018}Rates stay put\u{2019}: Bank of Ardel holds firm\n\nBody text.";
    assert_eq!(speaker_of(t, "Rates stay put").as_deref(), Some("Bank of Ardel"));
}

#[test]
fn a_relative_pronoun_before_the_cue_stays_with_its_antecedent() {
    let t = "The debate went on. Lena Ortiz, who has often described the plan as \u{201c}a slow disaster,\u{201d} voted against it.";
    assert_eq!(speaker_of(t, "a slow disaster,").as_deref(), Some("Lena Ortiz, who"));
    assert_eq!(name_of(t, "a slow disaster,").as_deref(), Some("Lena Ortiz"));
}

#[test]
fn a_relative_pronoun_after_a_name_and_an_age_stays_with_the_name() {
    let t = "The final was fast. Ana Brandt, 27, who had said on Monday that she hoped to swim \u{201c}well under two minutes\u{201d}, came fourth.";
    assert_eq!(speaker_of(t, "well under two minutes").as_deref(), Some("Ana Brandt, 27, who"));
    assert_eq!(name_of(t, "well under two minutes").as_deref(), Some("Ana Brandt"));
    let t = "The final was fast.\n\nAna Brandt won silver. Brandt, 27, who had said that she hoped to swim \u{201c}well under two minutes\u{201d}, came fourth.";
    assert_eq!(speaker_of(t, "well under two minutes").as_deref(), Some("Brandt, 27, who"));
    assert_eq!(name_of(t, "well under two minutes").as_deref(), Some("Ana Brandt"));
}

#[test]
fn a_relative_that_before_the_cue_stays_with_its_antecedent() {
    let t = "Volunteers handed out badges that said \u{201c}Vote early\u{201d} at the gate.";
    assert_eq!(speaker_of(t, "Vote early").as_deref(), Some("badges that"));
    assert_eq!(name_of(t, "Vote early").as_deref(), Some("badges"));
}

#[test]
fn a_named_subject_nested_in_reported_speech_leaves_the_quote_to_the_outer_speaker() {
    let t = "The vote is close. Rep. Jo Lane said the mayor called on members to be \u{201c}ready for anything.\u{201d}";
    assert_eq!(speaker_of(t, "ready for anything.").as_deref(), Some("Rep. Jo Lane"));
    // (after a verb that is not a "say" or "tell", a relative clause is its own speech)
    let t = "The vote is close. Kim Sato rebuked critics who say he should resign \u{201c}right now.\u{201d}";
    assert_eq!(speaker_of(t, "right now.").as_deref(), Some("critics who"));
}

#[test]
fn a_sentence_with_its_own_subject_does_not_continue_the_previous_quote() {
    let t = "\u{201c}The harbour stays open all winter,\u{201d} Ada Voss said on Monday. Rob Lind pinned his hopes on \u{201c}a new bridge before the storms come back.\u{201d}";
    assert_eq!(speaker_of(t, "a new bridge before the storms come back.").as_deref(), Some("Rob Lind"));
}

#[test]
fn a_sentence_with_its_own_subject_does_not_take_a_cue_of_the_sentence_before() {
    let t = "The board met on Monday. Ada Voss said the harbour would close. Rob Lind pinned his hopes on \u{201c}a new bridge before the storms come back.\u{201d}";
    assert_eq!(speaker_of(t, "a new bridge before the storms come back.").as_deref(), Some("Rob Lind"));
}

#[test]
fn another_standing_for_its_noun_is_the_subject() {
    let t = "Two voters spoke after the rally. \u{201c}I came for the music,\u{201d} one said. Another said, \u{201c}I came because my sister asked me to come along.\u{201d}";
    assert_eq!(speaker_of(t, "I came because my sister asked me to come along.").as_deref(), Some("Another"));
}

#[test]
fn a_relative_pronoun_after_a_party_tag_credits_the_name_before_it() {
    let t = "Mayor Ivo Lind spoke last. The vote was opened by Rep. Ana Ortiz (D-Ore.), who told delegates that Lind was \u{201c}the fairest chair this council has had,\u{201d} and the count began.";
    let s = speaker_of(t, "the fairest chair this council has had,").unwrap_or_default();
    assert!(s.starts_with("Rep. Ana Ortiz"), "{s}");
    assert_eq!(name_of(t, "the fairest chair this council has had,").as_deref(), Some("Ana Ortiz"));
}

#[test]
fn a_possessive_place_before_a_role_is_no_speaker_of_its_own() {
    let t = "Norland's transport ministry spokeswoman, Ida Rask, went further, posting online that the ferry firms were \u{201c}holding the islands to ransom\u{201d}.";
    let s = speaker_of(t, "holding the islands to ransom").unwrap_or_default();
    assert!(s.starts_with("Norland's transport ministry"), "{s}");
    assert_eq!(name_of(t, "holding the islands to ransom").as_deref(), Some("Ida Rask"));
}

#[test]
fn a_name_given_to_a_law_or_a_person_is_no_quote() {
    let t = "Lawmakers passed the bill that the majority named the \u{201c}Fair Harbour Pay Act\u{201d} on Monday.";
    assert!(credited(t).is_empty(), "{:?}", credited(t));
    let t = "Brandt, known to dockers as \u{201c}Old Anchor,\u{201d} was applauded when he mocked the harbour and berth levy that the council named the \u{201c}Fair Berth Act,\u{201d} saying it would close \u{201c}every small boatyard between here and the border.\u{201d}";
    let c = credited(t);
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].1.as_deref(), Some("Brandt"));
}

#[test]
fn a_headline_quote_before_a_feature_s_question_has_no_speaker() {
    let t = "\u{2018}A 30-year story\u{2019}: Why the port keeps burning\n\nThe port has burned for decades.";
    assert!(crate::analyze(t).quotes.is_empty(), "{:?}", crate::analyze(t).quotes);
    // a body after the colon is the credit
    let t = "\u{2018}We will strike\u{2019}: teachers vote to walk out\n\nTeachers voted on Monday.";
    assert_eq!(speaker_of(t, "We will strike").as_deref(), Some("teachers"));
}

#[test]
fn the_subject_before_a_relative_clause_is_the_speaker() {
    let t = "A field medic who spoke to the radio station on condition of anonymity said the ward was \u{201c}full every night.\u{201d}";
    assert_eq!(speaker_of(t, "full every night.").as_deref(), Some("A field medic"));
    let t = "One Labour MP from a coastal seat, who did not want to be named, said of the plan: \u{201c}It will cost us the town.\u{201d}";
    assert_eq!(speaker_of(t, "It will cost us the town.").as_deref(), Some("One Labour MP from a coastal seat"));
    // a name before the description keeps priority over the relative clause
    let t = "Jo Marsh, the former mayor, who has opposed the scheme for years, called it \u{201c}a folly.\u{201d}";
    assert_eq!(speaker_of(t, "a folly.").as_deref(), Some("Jo Marsh"));
    // the pronoun of a clause inside the relative clause is no antecedent's
    let t = "It was Ana Ruiz, the councillor who gained fame when she shouted \u{201c}Shame on you!\u{201d} at the mayor.";
    assert_eq!(speaker_of(t, "Shame on you!").as_deref(), Some("she"));
}

#[test]
fn a_teaser_label_before_a_colon_credits_no_one() {
    let t = "Floods closed the road.\n\nRelated: \u{2018}The water came in minutes\u{2019}: how to prepare your home\n\nRead more: \u{2018}The water came in minutes\u{2019}: how to prepare your home";
    assert!(credited(t).is_empty(), "{:?}", credited(t));
}

#[test]
fn a_headline_role_takes_the_name_a_pronoun_speaker_of_the_repeated_words_resolved_to() {
    let t = "Key events\n\nPort chief: \u{2018}We are working through the night on every berth\u{2019}\n\nLive\nKari Sund\n\nPort chief: \u{2018}We are working through the night on every berth\u{2019}\n\nThe harbour\u{2019}s deputy director, Ola Brenne, told local radio that ships were queuing.\n\n\u{201c}We are working through the night on every berth,\u{201d} he said.";
    let names: Vec<_> = credited(t).into_iter().filter(|c| c.0 == "We are working through the night on every berth").map(|c| c.2).collect();
    assert_eq!(names, vec![Some("Ola Brenne".to_string()); 2]);
}

#[test]
fn a_phrasal_cue_before_a_colon_is_no_part_of_the_speaker() {
    let t = "Marsh hit back: \u{201c}This is a smear and my lawyers will deal with it.\u{201d}";
    let c = credited(t);
    assert_eq!((c[0].1.as_deref(), c[0].3.as_deref()), (Some("Marsh"), Some("hit back")));
}

#[test]
fn a_verb_coordinated_with_an_earlier_one_has_its_subject() {
    // a headline: two present-tense verbs joined by a comma, or by "and"
    let t = "Health minister tours flooded clinic, pledges \u{2018}no patient will be turned away\u{2019}\n\nThe visit lasted an hour.";
    let c = credited(t);
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].1.as_deref(), Some("Health minister"));
    assert_eq!(c[0].3.as_deref(), Some("pledges"));
    let t = "Health minister tours flooded clinic and pledges \u{2018}no patient will be turned away\u{2019}\n\nThe visit lasted an hour.";
    assert_eq!(speaker_of(t, "no patient will be turned away").as_deref(), Some("Health minister"));
    // a body sentence in the past tense
    let t = "Ines Varga toured the clinic on Monday, pledged \u{201c}no patient will be turned away\u{201d} and left by noon.";
    let c = credited(t);
    assert_eq!(c[0].1.as_deref(), Some("Ines Varga"));
    assert_eq!(c[0].3.as_deref(), Some("pledged"));
    // a plural noun before a verb of its own is no coordinated cue
    let t = "Leaving aside costs and rules, hospitals have long voiced \u{201c}serious\u{201d} doubts.";
    assert!(credited(t).iter().all(|c| c.3.as_deref() != Some("hospitals")), "{:?}", credited(t));
}

#[test]
fn a_past_verb_before_a_noun_cue_is_no_speaker() {
    let t = "The auditor, Nils Aho, had raised questions about \u{201c}unexplained payments\u{201d} in 2020.";
    assert_eq!(speaker_of(t, "unexplained payments").as_deref(), Some("The auditor, Nils Aho"));
    let t = "Critics raised questions about \u{201c}unexplained payments\u{201d} in 2020.";
    assert_eq!(speaker_of(t, "unexplained payments").as_deref(), Some("Critics"));
}

#[test]
fn a_name_in_marks_after_the_name_is_no_quote() {
    let t = "According to the indictment, she opened an account under the name \"Linwood Pipe Services LLC,\" a name close to the real firm's.";
    assert!(credited(t).is_empty(), "{:?}", credited(t));
}

#[test]
fn a_colon_credit_in_a_headline_s_second_clause_and_match_labels() {
    let t = "Leeds go top; Marr: \u{2018}We never stopped believing\u{2019}\n\nLeeds won 2-1 on Saturday.";
    let c = credited(t);
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].1.as_deref(), Some("Marr"));
    // a match stage before a colon credits no one
    let t = "Half-time: Leeds 0-1 Hull\n\nHull lead at the break.";
    assert!(crate::analyze(t).quotes.is_empty(), "{:?}", crate::analyze(t).quotes);
}

#[test]
fn a_reader_emails_before_a_colon() {
    let t = "A reader emails: \u{201c}The manager has to change it now.\u{201d}";
    let c = credited(t);
    assert_eq!((c[0].1.as_deref(), c[0].3.as_deref()), (Some("A reader"), Some("emails")));
    // "the emails" elsewhere is a noun: no cue
    let t = "The emails were marked \u{201c}confidential,\u{201d} the department said.";
    assert_eq!(credited(t)[0].3.as_deref(), Some("said"));
}

#[test]
fn it_inside_what_someone_said_is_no_speaker() {
    let t = "Nora Vik, who runs the charity, welcomed the report and said it added \u{201c}one more reason to act\u{201d}.";
    assert_eq!(speaker_of(t, "one more reason to act").as_deref(), Some("Nora Vik"));
    // the first verb's subject speaks for a coordinated irregular past
    let t = "The mayor met the crew on Friday and said both pilots were \u{201c}recovering well\u{201d}.";
    assert_eq!(speaker_of(t, "recovering well").as_deref(), Some("The mayor"));
}

#[test]
fn a_finite_verb_after_and_shares_no_modal_or_to() {
    // "to" is a preposition here: "said" cannot continue an infinitive
    let t = "The mayor paid tribute to two firefighters and said both were \u{2018}recovering well\u{2019}.";
    assert_eq!(speaker_of(t, "recovering well").as_deref(), Some("The mayor"));
    // a base form does: "has yet to condemn … or describe"
    let t = "The minister has yet to condemn the raid or describe it as \u{201c}terrorism\u{201d}.";
    assert!(credited(t).is_empty(), "{:?}", credited(t));
}

#[test]
fn a_coordinated_cue_after_a_fronted_adjunct_without_comma() {
    let t = "In her closing remarks the chief constable thanked three officers hurt in the crash and said all were \u{201c}doing well\u{201d}.";
    assert_eq!(speaker_of(t, "doing well").as_deref(), Some("the chief constable"));
    let t = "At a meeting in the town hall the mayor visited two clinics and promised \u{201c}better care\u{201d}.";
    assert_eq!(speaker_of(t, "better care").as_deref(), Some("the mayor"));
}

#[test]
fn an_apposition_with_a_figure_and_a_relative_clause() {
    let t = "Morrow's largest shareholder, which owns 18.5% of the company, said it backed \u{201c}any step that sharpens the focus\u{201d}.";
    assert_eq!(speaker_of(t, "any step that sharpens the focus").as_deref(), Some("Morrow's largest shareholder"));
    let t = "Morrow's largest shareholder, the investment firm Orlen Holding, which owns 18.5% of the company, said it backed \u{201c}any step that sharpens the focus\u{201d}.";
    assert_eq!(speaker_of(t, "any step that sharpens the focus").as_deref(), Some("Morrow's largest shareholder, the investment firm Orlen Holding"));
    assert_eq!(name_of(t, "any step that sharpens the focus").as_deref(), Some("Orlen Holding"));
}

#[test]
fn a_nickname_inside_the_speaker_s_name_keeps_the_quote_before_it() {
    let t = "Crowds gathered early.\n\n\"We have his back,\" Del. Marcia \"Cia\" Lund said.";
    assert_eq!(speaker_of(t, "We have his back,").as_deref(), Some("Del. Marcia \"Cia\" Lund"));
    // the nickname is no quote
    assert!(credited(t).iter().all(|c| c.0 != "Cia"), "{:?}", credited(t));
}

#[test]
fn police_ranks_abbreviated_and_stacked() {
    let t = "The search ended.\n\n\u{201c}She was found at dawn, cold but unhurt,\u{201d} Det. Insp. Mara Quill told reporters. \u{201c}She is with her family.\u{201d}";
    assert_eq!(speaker_of(t, "She was found at dawn, cold but unhurt,").as_deref(), Some("Det. Insp. Mara Quill"));
    assert_eq!(name_of(t, "She was found at dawn, cold but unhurt,").as_deref(), Some("Mara Quill"));
}

#[test]
fn a_manner_of_speaking_before_a_colon_credits_the_subject() {
    let t = "The debate ran late.\n\nOne MP called the mood \u{201c}grim\u{201d}. Another was blunter: \u{201c}We are sleepwalking.\u{201d}";
    let c = credited(t);
    let q = c.iter().find(|c| c.0 == "We are sleepwalking.").expect("quote kept");
    assert_eq!((q.1.as_deref(), q.3.as_deref()), (Some("Another"), Some(":")));
    let t = "The debate ran late.\n\nThe minister was more direct: \u{201c}We are sleepwalking.\u{201d}";
    assert_eq!(speaker_of(t, "We are sleepwalking.").as_deref(), Some("The minister"));
    // a thing's quality is no credit
    let t = "The debate ran late.\n\nThe reply was clear: \u{201c}No.\u{201d}";
    assert!(credited(t).is_empty(), "{:?}", credited(t));
}

#[test]
fn a_dash_credit_with_its_topic_after_on() {
    let t = "Title\n\nMost read\n1. \u{2018}It felt like an earthquake\u{2019} \u{2013} shop owner on lorry crash\n2. Market traders win rent freeze";
    assert_eq!(speaker_of(t, "It felt like an earthquake").as_deref(), Some("shop owner"));
    // mid-sentence, "on" belongs to the phrase
    let t = "Title\n\nHe agreed to meet the \u{201c}anchor\u{201d} \u{2014} a play on words with the phrase \u{201c}anchor baby,\u{201d} which he used.";
    assert!(credited(t).iter().all(|c| c.1.as_deref() != Some("a play")), "{:?}", credited(t));
}

#[test]
fn the_family_speaks() {
    let t = "Title\n\n\u{201c}We are heartbroken,\u{201d} the family said.";
    assert_eq!(speaker_of(t, "We are heartbroken,").as_deref(), Some("the family"));
    let t = "Title\n\nThe family said: \u{201c}We are heartbroken.\u{201d}";
    assert_eq!(speaker_of(t, "We are heartbroken.").as_deref(), Some("The family"));
}

#[test]
fn an_irregular_past_verb_ends_the_subject() {
    // "spent" is the subject's verb, not part of it
    let t = "The shadow housing secretary spent the debate talking about what she called \u{201c}a brochure, not a policy\u{201d}.";
    assert_eq!(speaker_of(t, "a brochure, not a policy").as_deref(), Some("The shadow housing secretary"));
}

#[test]
fn a_clock_stamp_opens_a_key_event_line() {
    let t = "Key events\n6:10 p.m. EDT Mayor: \u{2018}Do not drive\u{2019}\n5:05 p.m. EDT Bridge closes\n\nMayor Ilse Varden told a briefing the city was ready. \u{201c}Do not drive,\u{201d} she said.";
    assert_eq!(speaker_of(t, "Do not drive").as_deref(), Some("Mayor"));
    assert_eq!(name_of(t, "Do not drive").as_deref(), Some("Ilse Varden"));
}

#[test]
fn a_verb_after_but_keeps_the_subject_of_the_sentence() {
    let t = "Title\n\nA spokesman, Ugo Brandt, said the club remained \u{201c}open to an offer\u{201d} but would not \u{201c}sell cheaply.\u{201d}";
    assert_eq!(name_of(t, "sell cheaply.").as_deref(), Some("Ugo Brandt"));
    // a clause with its own subject after "but" is no continuation
    let t = "Title\n\nA spokesman said the club remained \u{201c}open to an offer\u{201d} but fans called it \u{201c}a sell-out\u{201d}.";
    assert_ne!(speaker_of(t, "a sell-out").as_deref(), Some("A spokesman"));
}

#[test]
fn a_source_cited_by_the_reporter_speaks() {
    let t = "Title\n\nThe Meridian Post reported, citing an official on the board, that the bid was \u{201c}dead in the water\u{201d}.";
    let c = analyze(t);
    let q = c.quotes.iter().find(|q| q.kind != QuoteKind::Indirect).expect("quote");
    assert_eq!(q.speaker.as_ref().map(|s| &t[s.start..s.end]), Some("an official on the board"));
    assert_eq!(q.via.as_ref().map(|s| &t[s.start..s.end]), Some("The Meridian Post"));
}

#[test]
fn what_he_called_after_a_possessive_subject() {
    let t = "Title\n\nVarnia's ruling party lost the vote, leaving its leader Ivo Lenz facing what he called \u{201c}the worst sum in years\u{201d}.";
    assert_eq!(speaker_of(t, "the worst sum in years").as_deref(), Some("he"));
}

#[test]
fn addressees_of_a_passive_tell_do_not_speak() {
    let t = "Title\n\nAccording to a letter seen by the Courier, site staff were told to expect a closure of \u{201c}at least a month.\u{201d}";
    assert_eq!(speaker_of(t, "at least a month.").as_deref(), Some("a letter seen by the Courier"));
}

#[test]
fn an_apposition_holding_a_label_in_marks_and_a_possessor_s_relative() {
    let t = "Title\n\nFinnish premier Aino Lehto, the leader of the so-called \u{201c}thrifty five\u{201d}, told reporters that a rise was \u{201c}out of the question\u{201d}.";
    assert_eq!(speaker_of(t, "out of the question").as_deref(), Some("Finnish premier Aino Lehto"));
    let t = "Title\n\nKale's father, Rudi Kale, 70, said his son \u{201c}never hurt anyone.\u{201d}";
    assert_eq!(speaker_of(t, "never hurt anyone.").as_deref(), Some("Kale's father, Rudi Kale"));
    assert_eq!(name_of(t, "never hurt anyone.").as_deref(), Some("Rudi Kale"));
}

#[test]
fn the_one_seen_or_heard_speaking_and_a_post_on_a_platform() {
    let t = "Title\n\nThe footage shows a guard shouting \u{201c}Get back!\u{201d} as the gate opens.";
    assert_eq!(speaker_of(t, "Get back!").as_deref(), Some("a guard"));
    let t = "Key events\n16.05 CET Maric on X: \u{2018}We will not sign\u{2019}\n\nCroatian minister Ivo Maric wrote on X.";
    assert_eq!(speaker_of(t, "We will not sign").as_deref(), Some("Maric"));
}

#[test]
fn a_headline_role_named_in_the_apposition_after_a_name() {
    let t = "Man shot at traffic stop; family's lawyer calls it \u{201c}a killing\u{201d}\n\nOfficers fired six times.\n\n\u{201c}We want the full video,\u{201d} said Dana Pruitt, a lawyer for the family.";
    assert_eq!(name_of(t, "a killing").as_deref(), Some("Dana Pruitt"));
}

#[test]
fn and_inside_a_body_s_name_belongs_to_the_speaker() {
    let t = "Title\n\nThe Fisheries and Oceans Agency said the cut was \u{201c}painful but needed\u{201d}.";
    assert_eq!(speaker_of(t, "painful but needed").as_deref(), Some("The Fisheries and Oceans Agency"));
    assert_eq!(name_of(t, "painful but needed").as_deref(), Some("Fisheries and Oceans Agency"));
}

#[test]
fn quoted_words_the_writer_s_clause_runs_into_are_mixed() {
    let t = "Title\n\nTrains will run again \u{201c}by the weekend\u{201d}, a spokesman said.";
    let q = analyze(t).quotes.into_iter().find(|q| q.kind != QuoteKind::Indirect).unwrap();
    assert_eq!(q.kind, QuoteKind::Mixed);
    // a quote that opens its own clause stays direct
    let t = "Title\n\nAsked about the strike, \u{201c}We will see,\u{201d} she said.";
    assert_eq!(analyze(t).quotes.iter().find(|q| q.kind != QuoteKind::Indirect).unwrap().kind, QuoteKind::Direct);
}

#[test]
fn a_quote_closing_after_page_debris_continues_the_open_one() {
    let t = "Title\n\nAda Ruiz left at dawn. \u{201c}We saw the glow,\u{201d} she said. \u{201c}It was close.\n\nAdvertisement\n\nYou never forget it.\u{201d}\n\nHer neighbour stayed.";
    assert_eq!(name_of(t, "You never forget it.").as_deref(), Some("Ada Ruiz"));
}

#[test]
fn a_key_event_s_quote_after_its_clock_stamp_and_a_lowercase_role() {
    let t = "Title\n\n10:40 a.m. PDT Fire chief: containment \u{2018}days away, not hours\u{2019}\n\nBody text.";
    assert_eq!(speaker_of(t, "days away, not hours").as_deref(), Some("Fire chief"));
}

#[test]
fn an_outlet_quoting_someone_past_an_apposition_and_a_relative_clause() {
    let t = "Title\n\nThe daily Correo quoted her coach, Ana Ruiz, who has worked with her since 2022, as saying she had \u{201c}the best hands on the tour\u{201d}.";
    assert_eq!(name_of(t, "the best hands on the tour").as_deref(), Some("Ana Ruiz"));
}

#[test]
fn a_semicolon_clause_with_its_own_cue_a_fronted_participle_and_the_who() {
    let t = "Agency says most cases were unvaccinated; WHO warns of \u{2018}sustained spread\u{2019}\n\nBody text.";
    assert_eq!(speaker_of(t, "sustained spread").as_deref(), Some("WHO"));
    // a list of verb phrases after semicolons keeps the sentence's subject
    let t = "Title\n\nLi was booed; met the Pope; and declared that torture \u{201c}works.\u{201d}";
    assert_eq!(speaker_of(t, "works.").as_deref(), Some("Li"));
    let t = "Title\n\nReplying, the shadow chancellor, Ada Voss, said the plan \u{201c}breaks faith\u{201d} with workers.";
    assert_eq!(speaker_of(t, "breaks faith").as_deref(), Some("the shadow chancellor, Ada Voss"));
    let t = "Title\n\n\u{201c}It spreads fast,\u{201d} the agency's director, Dr Ada Voss, told reporters in Lund. \u{201c}Vaccinate now.\u{201d}";
    assert_eq!(speaker_of(t, "Vaccinate now.").as_deref(), Some("the agency's director, Dr Ada Voss"));
}

#[test]
fn people_who_label_a_figure_in_a_reduced_relative_clause() {
    let t = "Title\n\nThe grant was \u{a3}2bn, a figure critics have called \u{201c}a rounding error\u{201d}.";
    assert_eq!(speaker_of(t, "a rounding error").as_deref(), Some("critics"));
}

#[test]
fn a_quoted_subheading_continues_no_one_and_a_relative_stamp_opens_a_key_event() {
    let t = "Title\n\n\u{201c}We were late,\u{201d} the chief executive, Ola Berg, said.\n\n\u{2018}LIKE WALKING ON ICE\u{2019}\n\nDana Lee said her car slid.";
    assert!(credited(t).iter().all(|c| c.0 != "LIKE WALKING ON ICE" || c.1.is_none()), "{:?}", credited(t));
    let t = "Title\n\nKey events\n\n5h ago Mediator: talks \u{2018}came close to collapse\u{2019}\n\nBody.";
    assert_eq!(speaker_of(t, "came close to collapse").as_deref(), Some("Mediator"));
}

#[test]
fn a_description_before_a_name_with_party_and_state_in_brackets() {
    let t = "Title\n\n\u{201c}This is our year!\u{201d} Ostrander's niece, state Del. Corinne \u{201c}Cici\u{201d} Vale (D-Norfolk), shouted to the crowd.";
    assert_eq!(speaker_of(t, "This is our year!").as_deref(), Some("Ostrander's niece"));
    let t = "Title\n\n\u{201c}The vote is close,\u{201d} his aide, Sen. Corinne Vale (D-Va.), said.";
    assert_eq!(speaker_of(t, "The vote is close,").as_deref(), Some("his aide, Sen. Corinne Vale"));
    assert_eq!(name_of(t, "The vote is close,").as_deref(), Some("Corinne Vale"));
    // a plural title and a delegate's abbreviation are no part of the name
    let t = "Title\n\nSens. Hal Brody (D-Ore.) and Ina Sorel (D-N.M.) pressed the bank. \u{201c}Break it up,\u{201d} Brody said.";
    assert_eq!(name_of(t, "Break it up,").as_deref(), Some("Hal Brody"));
    let t = "Title\n\nDel. Corinne Vale spoke first. \u{201c}We are ready,\u{201d} Vale said.";
    assert_eq!(name_of(t, "We are ready,").as_deref(), Some("Corinne Vale"));
}

#[test]
fn a_participle_clause_fronted_by_a_preposition_shares_the_main_clause_subject() {
    let t = "Title\n\nAfter saying her ankle was \u{201c}too swollen to stand on,\u{201d} she was flown to the capital.";
    assert_eq!(speaker_of(t, "too swollen to stand on,").as_deref(), Some("she"));
    let t = "Title\n\nWhile insisting the budget was \u{201c}fully funded\u{201d}, Minister Ida Brandt left the chamber.";
    assert_eq!(speaker_of(t, "fully funded").as_deref(), Some("Minister Ida Brandt"));
}

#[test]
fn names_after_a_passive_subject_a_capitalised_apposition_and_a_possessor_s_role() {
    // "he" after "X was asked …" is X, not the person named in the paragraph before
    let t = "Title\n\nLuca Ferrante, 24, won game nine. Rustam Iskhakov resigned on move 41.\n\nAt the press conference, Ferrante was asked whether he had seen it coming. \u{201c}Honestly, no,\u{201d} he said.";
    assert_eq!(name_of(t, "Honestly, no,").as_deref(), Some("Luca Ferrante"));
    // a name closing the apposition after a capitalised adjective
    let t = "Title\n\n\u{201c}We prepared it for months,\u{201d} the challenger's second, the Norwegian grandmaster Ilse Brandvold, said.";
    assert_eq!(name_of(t, "We prepared it for months,").as_deref(), Some("Ilse Brandvold"));
    // … but not a list of names after a plural description
    let t = "Title\n\n\u{201c}The rule is clear,\u{201d} two objectors, Lars Quist and Ada Nemeth, wrote.";
    assert_ne!(name_of(t, "The rule is clear,").as_deref(), Some("Ada Nemeth"));
    // a possessor's role with a name in apposition is that person, not the possessor's namesake
    let t = "Title\n\nFloods hit Kelderby Bridge on Monday.\n\n\u{201c}It is a drop in the ocean,\u{201d} Kelderby's MP, Owen Barraclough, said.";
    assert_eq!(name_of(t, "It is a drop in the ocean,").as_deref(), Some("Owen Barraclough"));
}

#[test]
fn an_amount_a_participle_before_a_plural_a_semicolon_role_and_in_someone_s_words() {
    // an amount ending a relative clause is no speaker
    let t = "Oncologist who took \u{a3}350,000 tells court he \u{2018}knew exactly what it was for\u{2019}\n\nBody.";
    assert_eq!(speaker_of(t, "knew exactly what it was for").as_deref(), Some("Oncologist"));
    // "40 reported sightings": a participle before a plural noun is no cue
    let t = "Title\n\nPolice said there had been more than 40 reported sightings, most of them \u{201c}almost certainly\u{201d} foxes.";
    assert_eq!(speaker_of(t, "almost certainly").as_deref(), Some("Police"));
    // a role's colon credit after a semicolon in a headline
    let t = "Shares fall 3%; bonds rally; analyst: \u{2018}This is a positioning unwind\u{2019}\n\nBody.";
    assert_eq!(speaker_of(t, "This is a positioning unwind").as_deref(), Some("analyst"));
    // "in one trader's words, '…'"
    let t = "Title\n\nThe mood was, in one trader\u{2019}s words, \u{201c}grim but not panicky\u{201d}.";
    assert_eq!(speaker_of(t, "grim but not panicky").as_deref(), Some("one trader\u{2019}s"));
}

#[test]
fn the_club_is_the_sports_club_named_and_a_noun_s_claims_before_the_quote() {
    let t = "Title\n\nHallamford Town have sacked their manager. \u{201c}We thank him,\u{201d} the club said.";
    assert_eq!(name_of(t, "We thank him,").as_deref(), Some("Hallamford Town"));
    let t = "Club says squad needs \u{2018}a new voice\u{2019}\n\nVale Rovers have sacked their manager after a 4-1 home defeat.";
    assert_eq!(name_of(t, "a new voice").as_deref(), Some("Vale Rovers"));
    // "the union claims" right before the quote is the verb; "the union claims were" a noun
    let t = "Title\n\nThe union claims \u{201c}the deal is dead\u{201d} but the airline says talks continue.";
    assert_eq!(speaker_of(t, "the deal is dead").as_deref(), Some("The union"));
}

#[test]
fn a_body_noun_takes_the_body_of_its_kind() {
    // the club named as a subject, not the opponent named last
    let t = "Title\n\nHallamford Town have sacked their manager after a 4-1 defeat by Westby Rangers.\n\nIn a statement, the club said: \u{201c}We thank him for his work.\u{201d}";
    assert_eq!(name_of(t, "We thank him for his work.").as_deref(), Some("Hallamford Town"));
    // "the force" is the police force; "the airline" the airline, not the union named last
    let t = "Title\n\nWestvale Police said the lynx was seen. The force said a drone had found \u{201c}a heat signature\u{201d} near the farm.";
    assert_eq!(name_of(t, "a heat signature").as_deref(), Some("Westvale Police"));
    let t = "Title\n\nSkyvale Airways cancelled 200 flights. The Cabin Staff Union called the strike. In a statement, the airline said its offer was \u{201c}fair\u{201d}.";
    assert_eq!(name_of(t, "fair").as_deref(), Some("Skyvale Airways"));
}

#[test]
fn call_before_an_object_pronoun_is_the_verb_after_coordinated_names() {
    let t = "Title\n\nIn speech after speech, Ostrow and Vale call them \u{201c}lone wolves\u{201d} and move on.";
    assert_eq!(speaker_of(t, "lone wolves").as_deref(), Some("Vale"));
}

#[test]
fn a_fronted_five_letter_participle_is_no_subject() {
    let t = "Storm.\n\nAsked about damage, she told reporters the state had confirmed two deaths, including a man whose car was swept off a bridge in the east, and warned that \u{201c}that number will go up\u{201d} soon.";
    assert_eq!(speaker_of(t, "that number will go up").as_deref(), Some("she"));
}

#[test]
fn a_part_of_a_group_past_a_participle_s_aside_and_a_role_after_its_place() {
    let t = "Bid.\n\nOne of the firm's five largest investors, speaking on condition that the fund not be named, told reporters: \u{201c}The board has slept for years.\u{201d}";
    assert_eq!(speaker_of(t, "The board has slept for years.").as_deref(), Some("One of the firm's five largest investors"));
    let t = "\u{2018}Every drop counts\u{2019}, says Faro mayor\n\nThe mayor of Faro spoke on Tuesday.";
    assert_eq!(speaker_of(t, "Every drop counts").as_deref(), Some("Faro mayor"));
}

#[test]
fn a_description_with_a_place_and_a_name_in_apposition_after_the_quote() {
    let t = "Quake.\n\nThere were no immediate reports of new casualties.\n\n\u{201c}Everything moved again,\u{201d} a baker in San Telmo, Rosa Quinto, told AFP. \u{201c}We thought it was over.\u{201d}";
    assert_eq!(speaker_of(t, "Everything moved again,").as_deref(), Some("a baker in San Telmo, Rosa Quinto"));
    assert_eq!(name_of(t, "Everything moved again,").as_deref(), Some("Rosa Quinto"));
}

#[test]
fn a_participle_after_a_while_clause_quotes_that_clause_s_subject() {
    let t = "Vote.\n\nTwo members crossed the floor to back it, while Senator Ada Lorne (R-Utah) was the only Republican against, saying the bill \"spends money we lack\".";
    assert_eq!(speaker_of(t, "spends money we lack").as_deref(), Some("Senator Ada Lorne"));
}

#[test]
fn a_scare_quote_before_a_company_s_reported_revenue_is_no_one_s() {
    let a = crate::analyze("Jobs.\n\nCorvalis, which grew fast during the pandemic \u{2018}boom\u{2019}, reported revenue of $4.2bn last year.");
    assert!(a.quotes.is_empty(), "{:?}", a.quotes);
}

#[test]
fn a_dash_credit_with_its_relative_clause_and_a_teaser_after_its_label() {
    let t = "\u{2018}The water came in through the floor\u{2019} \u{2013} nurse who stayed on the ward\n\nThe river rose overnight.";
    let c = credited(t);
    assert_eq!(c[0].1.as_deref(), Some("nurse who stayed on the ward"));
    assert_eq!(c[0].3.as_deref(), Some("\u{2013}"));
    let t = "The tour opens in May.\n\nRelated: Ines Varga: 'I never plan a setlist'\n\nTickets sold out.";
    assert_eq!(speaker_of(t, "I never plan a setlist").as_deref(), Some("Ines Varga"));
}

#[test]
fn a_name_known_internally_is_a_label_and_a_phrase_of_time_is_no_subject() {
    let t = "The union opposed cuts under a scheme known internally as \u{201c}Lean Rail\u{201d}.";
    assert!(credited(t).is_empty(), "{:?}", credited(t));
    let t = "The coroner, Dr Ruth Amble, at one stage asked both families to \u{201c}take a breath\u{201d}.";
    assert_eq!(speaker_of(t, "take a breath").as_deref(), Some("The coroner, Dr Ruth Amble"));
}

#[test]
fn a_name_in_apposition_after_a_long_description_or_with_its_origin() {
    let t = "Her trainer, the former Belgian sprint champion Koen Maertens, said she had \u{201c}found her rhythm\u{201d}.";
    assert_eq!(name_of(t, "found her rhythm").as_deref(), Some("Koen Maertens"));
    let t = "The forum\u{2019}s chair, Trade Minister Odile Sarr of the host country, said a deal was \u{201c}within reach\u{201d}.";
    assert_eq!(name_of(t, "within reach").as_deref(), Some("Odile Sarr"));
    // (not a relative clause that ends on a place: "…, which runs the depot at Port Linn,")
    let t = "A spokesman for Corrin Freight, which runs the depot at Port Linn, said the yard was \u{201c}fully open\u{201d}.";
    assert_ne!(name_of(t, "fully open").as_deref(), Some("Port Linn"));
}

#[test]
fn a_count_and_a_gerund_make_a_plural_noun_not_a_cue() {
    let t = "Teachers accused the council of cutting 1,400 teaching posts \u{201c}in secret\u{201d}.";
    let c = credited(t);
    assert_eq!(c[0].3.as_deref(), Some("accused"), "{c:?}");
    let t = "No 10 says minister \u{2018}calm\u{2019} about vote\n\nText.";
    assert_eq!(credited(t)[0].3.as_deref(), Some("says"));
}

#[test]
fn a_possessor_s_minister_named_in_apposition_is_the_later_minister() {
    let t = "Budget\n\nTarvia's health minister, Ona Reis, set out the plan on Monday.\n\n\u{201c}Nobody will wait longer,\u{201d} the minister said.";
    assert_eq!(name_of(t, "Nobody will wait longer,").as_deref(), Some("Ona Reis"));
}

#[test]
fn the_name_a_person_gave_in_a_relative_clause() {
    let t = "One resident, who gave only her first name, Mira, said the water came \u{201c}in minutes\u{201d}.";
    assert_eq!(name_of(t, "in minutes").as_deref(), Some("Mira"));
    assert_eq!(speaker_of(t, "in minutes").as_deref(), Some("One resident"));
    let t = "A driver from Tolna, who gave his name only as Bence, said he waited \u{201c}all night\u{201d}.";
    assert_eq!(name_of(t, "all night").as_deref(), Some("Bence"));
}

#[test]
fn a_headline_body_noun_a_caption_credit_and_a_body_named_after_its_noun() {
    // (the union, not the official who says the same words in the body)
    let t = "Porters strike: 'We are not asking for the earth', union says\n\nPorters walked out on Monday. The Hospital Porters Union said pay had fallen.\n\n\"We are not asking for the earth,\" said Ruth Calder, the union's organiser.";
    let c = credited(t);
    assert_eq!(c[0].2.as_deref(), Some("Hospital Porters Union"), "{c:?}");
    // (a caption's credit names no one in the story; "the charity Sea Lantern" is the charity)
    let t = "Charity says its boat was 'left waiting' at sea\n\nThe boat, run by the charity Sea Lantern, waited for hours. Photograph: Ines Roca/Tidewire Pictures\n\nSea Lantern said the port was slow.";
    let a = analyze(t);
    let q = a.quotes.iter().find(|q| q.kind == QuoteKind::Mixed).expect("the quoted words");
    assert_eq!(q.speaker.as_ref().map(|m| m.name.as_str()), Some("Sea Lantern"));
}

#[test]
fn a_headline_clause_running_into_its_quote_is_reported_with_it() {
    let t = "Stranded climbers 'in good shape', rescuers say\n\nThe six climbers were found on Tuesday.";
    let a = crate::analyze(t);
    let q = a.quotes.iter().find(|q| q.text(t) == "in good shape").expect("the quote");
    assert_eq!(q.kind, QuoteKind::Mixed);
    assert!(a.quotes.iter().any(|q| q.kind == QuoteKind::Indirect && q.text(t) == "Stranded climbers 'in good shape'"), "{:?}", a.quotes);
    // a quote opening the headline stays direct
    let t = "'We are in good shape', climbers say\n\nThe six climbers were found on Tuesday.";
    assert_eq!(crate::analyze(t).quotes[0].kind, QuoteKind::Direct);
}

#[test]
fn a_name_after_known_as_the_is_a_label() {
    let t = "The cold wind known locally as the \u{201c}boreen\u{201d} would not drop before Sunday, forecasters said.";
    assert!(crate::analyze(t).quotes.iter().all(|q| q.text(t) != "boreen"));
    // (said words after "as" stay a quote)
    let t = "She described the plan as \u{201c}a disgrace to the city\u{201d}.";
    assert!(crate::analyze(t).quotes.iter().any(|q| q.text(t) == "a disgrace to the city"));
}

#[test]
fn a_relative_in_a_headline_credits_its_quote_and_an_office_of_a_place_is_its_holder() {
    // a participle after "of" belongs to the speaker; the kin word is no name
    let t = "Sister of jailed reporter: 'Let my brother go'\n\nThe reporter was held in May.";
    assert_eq!(speaker_of(t, "Let my brother go").as_deref(), Some("Sister of jailed reporter"));
    assert_ne!(name_of(t, "Let my brother go").as_deref(), Some("Sister"));
    // "The governor of Vell province, Name," is the later "the governor"
    let t = "The governor of Vell province, Odile Maret, says the rebels have called. \u{201c}We are listening,\u{201d} the governor told reporters.";
    assert_eq!(name_of(t, "We are listening,").as_deref(), Some("Odile Maret"));
}

#[test]
fn quoted_words_in_a_relative_clause_under_according_to_are_the_relative_clause_s_speaker() {
    let t = "According to state radio, Marek later spoke by phone with the king of nearby Osland, who congratulated him on a \u{201c}brave campaign\u{201d}.";
    assert_eq!(speaker_of(t, "brave campaign").as_deref().map(|s| s.starts_with("the king of nearby Osland")), Some(true));
}

#[test]
fn the_office_of_a_place_after_an_adjective_is_no_name_of_the_place() {
    let t = "\u{201c}We are proud,\u{201d} said the mayor of nearby Tull.";
    assert_eq!(name_of(t, "We are proud,").as_deref(), Some("the mayor of nearby Tull"));
    // (a role's own words stay: "secretary of state Jo Li" is Jo Li)
    let t = "\u{201c}We are proud,\u{201d} US secretary of state Jo Li said.";
    assert_eq!(name_of(t, "We are proud,").as_deref(), Some("Jo Li"));
}

#[test]
fn a_headline_s_two_quoted_words_said_again_in_the_body_take_the_body_speaker_s_name() {
    let t = "New owner insists deal is \u{2018}fully funded\u{2019}\n\nThe club was sold in May. Rita Vance said on Sunday that the deal was \"fully funded\" and ready.";
    assert_eq!(name_of(t, "fully funded").as_deref(), Some("Rita Vance"));
    // (a body's words are the body's, not those of a person in it who says them again)
    let t = "Water board says lake is \u{2018}nearly dry\u{2019}\n\nThe board's chair, Ivo Marsh, said: \u{201c}We measure it daily, and the lake is nearly dry.\u{201d}";
    assert_ne!(name_of(t, "nearly dry").as_deref(), Some("Ivo Marsh"));
}

#[test]
fn a_document_s_quoted_words_under_according_to_are_the_reporting_person_s() {
    let t = "The dam failed on Monday. According to Ines Lam, the board\u{2019}s own 2022 review rated the wall \u{201c}unsafe\u{201d}.";
    assert_eq!(name_of(t, "unsafe").as_deref(), Some("Ines Lam"));
}

#[test]
fn quoted_words_with_no_credit_inside_a_reported_clause_take_its_speaker() {
    let t = "Ana Ruiz has given a rousing defence of \u{201c}city values,\u{201d} saying the port embodied the \u{201c}grit and heart of the north.\u{201d}";
    assert_eq!(speaker_of(t, "grit and heart of the north.").as_deref(), Some("Ana Ruiz"));
}

#[test]
fn secretary_of_state_and_the_name_after_it_are_one_speaker() {
    let t = "\u{201c}We are proud,\u{201d} said US secretary of state Jo Li.";
    assert_eq!(speaker_of(t, "We are proud,").as_deref(), Some("US secretary of state Jo Li"));
    let t = "\u{201c}We are proud,\u{201d} said Secretary of State Jo Li.";
    assert_eq!(name_of(t, "We are proud,").as_deref(), Some("Jo Li"));
    // a transcript's turn names a long office before the name
    let t = "Former secretary of state Ana Maria Ruiz:\u{201c}We learned that from the department.\u{201d}";
    assert_eq!(name_of(t, "We learned that from the department.").as_deref(), Some("Ana Maria Ruiz"));
}

#[test]
fn a_headline_s_bare_role_is_the_subject_of_its_coordinated_cue() {
    let t = "Ferrow says it will appeal; chief executive apologises but insists 'we broke no rule'\n\nText.";
    assert_eq!(speaker_of(t, "we broke no rule").as_deref(), Some("chief executive"));
}

#[test]
fn a_fronted_place_phrase_is_no_subject() {
    let t = "Mara Velt won.\n\nOutside court, Velt thanked her lawyers and \u{201c}everyone who believed me when it counted\u{201d}.";
    assert_eq!(speaker_of(t, "everyone who believed me when it counted").as_deref(), Some("Velt"));
}

#[test]
fn a_relative_clause_after_the_subject_holds_no_cue_nor_speaker() {
    let t = "\u{201c}The hoses froze,\u{201d} one stoker, who asked not to be named, told Radio Kell.";
    let c = credited(t);
    assert_eq!((c[0].1.as_deref(), c[0].3.as_deref()), (Some("one stoker"), Some("told")));
    // (a mixed quote in the report takes the report's subject, not a noun in the clause)
    let t = "In Vell, the archivist Ola Brandt, who has spent a decade listing the abbey's lost books, told the paper the return mattered \u{201c}more for the story than the silver\u{201d}.";
    assert_eq!(name_of(t, "more for the story than the silver").as_deref(), Some("Ola Brandt"));
}

#[test]
fn a_headline_s_capitalised_plural_before_a_nouny_cue_makes_it_a_verb() {
    let t = "Rebels claim to hold \u{2018}most of the valley\u{2019}";
    let a = crate::analyze(t);
    let q: Vec<_> = a.quotes.iter().filter(|q| q.kind != crate::QuoteKind::Indirect).collect();
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].text(t), "most of the valley");
    assert_eq!(q[0].speaker.as_ref().map(|s| &t[s.start..s.end]), Some("Rebels"));
}

#[test]
fn a_live_page_s_label_after_a_dash_is_no_speaker() {
    let t = "Plant shut as regulator says radiation \u{2018}within normal limits\u{2019} \u{2013} live | World news | The Ledger\n\nThe leak was small.";
    assert_eq!(speaker_of(t, "within normal limits").as_deref(), Some("regulator"));
    // (a name after the dash still speaks)
    let t = "War: \u{2018}We will not give up the city\u{2019} \u{2013} Zelenskiy\n\nThe shelling went on.";
    assert_eq!(speaker_of(t, "We will not give up the city").as_deref(), Some("Zelenskiy"));
}

#[test]
fn a_transcript_quoted_paragraph_by_paragraph_credits_each_turn_to_its_label() {
    let t = "The senator spoke to the host on Sunday. An edited transcript follows:\n\n\"HOLT: Will you run again? Many think you will.\n\n\"MORAN: Look, I have not decided, and I will not be rushed.\n\n\"(CROSSTALK.)\n\n\"But I can tell you the party needs new blood.\n\n\"HOLT: Thank you, Senator.\"";
    let a = analyze(t);
    let turns: Vec<(&str, &str, &str)> = a.quotes.iter().map(|q| (q.text(t), q.speaker.as_ref().map_or("", |s| &t[s.start..s.end]), q.cue.map_or("", |c| c.slice(t)))).collect();
    assert!(a.quotes.iter().all(|q| q.kind == QuoteKind::Indirect), "{turns:?}");
    let who: Vec<&str> = turns.iter().filter(|x| x.2 == ":").map(|x| x.1).collect();
    assert_eq!(who, ["HOLT", "MORAN", "MORAN", "HOLT"], "{turns:?}");
    assert!(turns.iter().any(|x| x.0.starts_with("Look, I have not decided")), "{turns:?}");
    assert!(!turns.iter().any(|x| x.0.contains("CROSSTALK")), "{turns:?}");
    // (a page's label is no one's: the words stay a quotation)
    assert!(credited("\"VIDEO: Watch the full interview here, and decide for yourself what he meant by it,\" the site said.").iter().all(|c| c.0.starts_with("VIDEO")));
}

#[test]
fn a_quotation_inside_a_transcript_turn_is_the_turn_s_speaker_s() {
    let t = "Transcript:\n\n\"KING: Will you run? As \u{201c}The Herald\u{201d} wrote, many think so.\n\n\"ROSS: But, Governor, I\u{2019}ve got to ask you about \u{201c}the deal\u{201d} now.\"";
    assert_eq!(
        credited(t),
        vec![
            ("The Herald".into(), Some("KING".into()), Some("KING".into()), Some(":".into())),
            ("the deal".into(), Some("ROSS".into()), Some("ROSS".into()), Some(":".into())),
        ]
    );
}

#[test]
fn both_pieces_of_a_quote_split_by_quoted_as_saying_carry_one_cue() {
    // one attribution: the cue read after the first piece is the phrase read before the second
    let t = "Fires spread overnight. \u{201c}The wind kept turning,\u{201d} Orvel was quoted as saying, \u{201c}and the fire went where we did not expect it.\u{201d}";
    let a = analyze(t);
    let d: Vec<_> = a.quotes.iter().filter(|q| q.kind != QuoteKind::Indirect).collect();
    assert_eq!(d.len(), 2);
    assert_eq!(d[0].cue.map(|c| &t[c.start..c.end]), Some("quoted as saying"));
    assert_eq!(d[0].cue, d[1].cue);
    assert_eq!(d[0].group, d[1].group);
}

#[test]
fn a_pronoun_subject_after_a_fronted_phrase_owns_the_quote_in_its_sentence() {
    let t = "The envoy, Rana Oduya, described the talks as \u{201c}hard but fair\u{201d}. In a post on social media, she thanked both sides for \u{201c}their patience and their courage\u{201d}.";
    let c = credited(t);
    let q = c.iter().find(|x| x.0 == "their patience and their courage").unwrap_or_else(|| panic!("{c:?}"));
    assert_eq!((q.1.as_deref(), q.2.as_deref(), q.3.as_deref()), (Some("she"), Some("Rana Oduya"), Some("thanked")));
}

#[test]
fn a_headline_dash_credit_before_a_clause_after_a_comma() {
    let t = "World\n\u{2018}The water is rising faster than we feared\u{2019} \u{2013} coastguard, as floods reach the port\nMore rain is due.";
    let c = credited(t);
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!((c[0].1.as_deref(), c[0].3.as_deref()), (Some("coastguard"), Some("\u{2013}")));
}

#[test]
fn a_bare_participle_of_manner_between_the_cue_and_the_quote() {
    let t = "The race ended early.\n\nAsked about a record, the winner said, grinning: \u{201c}Not on this course. It has too many bends.\u{201d}";
    let c = credited(t);
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!((c[0].1.as_deref(), c[0].3.as_deref()), (Some("the winner"), Some("said")));
    // (a direct quote: the participle is no report's words)
    let t = "The race ended early.\n\nThe winner added, smiling, \u{201c}Not on this course. It has too many bends.\u{201d}";
    let q = analyze(t).quotes;
    assert_eq!(q.len(), 1);
    assert_eq!((q[0].kind, q[0].cue.map(|c| &t[c.start..c.end])), (QuoteKind::Direct, Some("added")));
    // a participle with its own object still opens a clause of its own
    let t = "The race ended early.\n\nThe winner spoke briefly, echoing his coach: \u{201c}Not on this course. It has too many bends.\u{201d}";
    assert_ne!(credited(t)[0].3.as_deref(), Some("spoke"));
}

#[test]
fn a_manner_before_a_colon_past_an_apposition_and_an_agent_ending_in_ly() {
    let t = "Shares fell.\n\nMira Osgood, a fund manager at Tellbridge Capital, was blunter: \u{201c}I would not touch this stock until the strike is over.\u{201d}";
    let c = credited(t);
    assert_eq!((c[0].1.as_deref(), c[0].3.as_deref()), (Some("Mira Osgood"), Some(":")));
    // "by his family": a noun with an adverb's ending is the passive's agent
    let t = "The funeral is on Friday.\n\nTomas Wirth was described by his family as \u{201c}the most patient man in the village\u{201d}.";
    assert_eq!(speaker_of(t, "the most patient man in the village").as_deref(), Some("his family"));
    let t = "The funeral is on Friday.\n\nThe plan was described by the assembly as \u{201c}a sensible first step for the valley\u{201d}.";
    assert_eq!(speaker_of(t, "a sensible first step for the valley").as_deref(), Some("the assembly"));
}

#[test]
fn a_participle_after_other_words_past_the_quote_is_no_inverted_credit() {
    let t = "Grid\n\nVassel told reporters the operator would \u{201c}look at every option\u{201d}, including asking factories to cut demand.";
    let c = credited(t);
    assert_eq!((c[0].1.as_deref(), c[0].3.as_deref()), (Some("Vassel"), Some("told")));
}

#[test]
fn saying_after_a_comma_and_a_with_phrase_is_the_sentence_subject_s() {
    let t = "Pay\n\nHe denied that the award, worth up to $40m over five years, was out of line with rival carmakers, saying it was \u{201c}almost entirely\u{201d} tied to targets.";
    assert_eq!(speaker_of(t, "almost entirely").as_deref(), Some("He"));
    // (an absolute clause right after "with" still speaks: "with Jo Li saying")
    let t = "Vote\n\nThe count ended with Jo Li saying it was \u{201c}a sad day\u{201d} for the party.";
    assert_eq!(speaker_of(t, "a sad day").as_deref(), Some("Jo Li"));
}

#[test]
fn a_reader_s_email_from_a_named_sender_credits_the_sender() {
    let t = "Deadline day live\n\nAn email from Priya in Castlemoor: \u{201c}I have refreshed this page forty times since lunch.\u{201d}";
    let c = credited(t);
    assert_eq!((c[0].1.as_deref(), c[0].3.as_deref()), (Some("Priya"), Some("email")));
}

#[test]
fn after_then_said_the_clause_s_own_subject_speaks() {
    let t = "Asked for advice, Ilse Varn paused for a long moment, then said: \u{201c}Trust the players.\u{201d}";
    assert_eq!(speaker_of(t, "Trust the players.").as_deref(), Some("Ilse Varn"));
}

#[test]
fn a_relative_clause_s_cue_after_last_week_is_the_antecedent_s() {
    let t = "The governor denied that the bank had bowed to the treasury, which last week called for \"a steady hand\".";
    assert_eq!(speaker_of(t, "a steady hand").as_deref(), Some("the treasury, which"));
    let t = "Ms Ray said the rule came from the regulator, which earlier this month warned that \"costs will rise\".";
    assert_eq!(speaker_of(t, "costs will rise").as_deref(), Some("the regulator, which"));
}

#[test]
fn a_cue_word_before_a_role_and_a_slash_date_stay_in_the_speaker_phrase() {
    // "talk" is a cue word, but here it modifies the role that heads the phrase
    let t = "According to conservative talk show host Ray Lomb, the plan reeks of \u{201c}panic\u{201d} and haste.";
    assert_eq!(speaker_of(t, "panic").as_deref(), Some("conservative talk show host Ray Lomb"));
    assert_eq!(name_of(t, "panic").as_deref(), Some("Ray Lomb"));
    // "9/11" is one modifier, not a speaker called "9"
    let t = "\u{201c}We were lied to,\u{201d} said 9/11 widow Rhea Lamm.";
    assert_eq!(speaker_of(t, "We were lied to,").as_deref(), Some("9/11 widow Rhea Lamm"));
    assert_eq!(name_of(t, "We were lied to,").as_deref(), Some("Rhea Lamm"));
    // a cue word with no role after it still ends the phrase
    let t = "\u{201c}It is over,\u{201d} said Ana Ruiz.";
    assert_eq!(speaker_of(t, "It is over,").as_deref(), Some("Ana Ruiz"));
}

#[test]
fn a_lone_participle_or_adjective_is_no_speaker() {
    // inside a report, the report's source says the words
    let t = "Rena Holt said she hoped the bill would be \u{201c}the best of both worlds,\u{201d} giving towns more power.";
    assert_eq!(speaker_of(t, "the best of both worlds,").as_deref(), Some("Rena Holt"));
    let t = "A source close to the inquiry said the servers that were hacked suggested the intruders wanted \u{201c}trade secrets.\u{201d}";
    assert_eq!(speaker_of(t, "trade secrets.").as_deref(), Some("A source close to the inquiry"));
    // outside one, rather no speaker than an adjective
    let t = "The mayor roused the hall to spontaneous chants of \u{201c}Build it now!\u{201d}";
    assert_ne!(speaker_of(t, "Build it now!").as_deref(), Some("spontaneous"));
}

#[test]
fn a_who_clause_after_a_name_and_its_apposition_is_the_name_s() {
    let t = "\u{201c}It is theatre,\u{201d} said Ana Dorr, chief economist at Vell Capital, who predicted the motion would fail \u{201c}by a handful of votes\u{201d}.";
    assert_eq!(name_of(t, "by a handful of votes").as_deref(), Some("Ana Dorr"));
    let t = "\u{201c}He did all he could,\u{201d} said Piet Lomm, the driver's lawyer, who described the statement as \u{201c}a scapegoat hunt\u{201d}.";
    assert!(speaker_of(t, "a scapegoat hunt").is_some_and(|s| s.starts_with("Piet Lomm")));
    assert_eq!(name_of(t, "a scapegoat hunt").as_deref(), Some("Piet Lomm"));
}

#[test]
fn a_quotation_opening_a_paragraph_and_credited_at_its_end_is_not_the_one_before() {
    let t = "\u{201c}We warned them twice,\u{201d} its chair, Ola Brenn, told the agency.\n\n\u{201c}Nobody replied.\n\n\u{201c}Now they blame the crew,\u{201d} she said.";
    assert_eq!(speaker_of(t, "Nobody replied.").as_deref(), Some("she"));
    assert_eq!(credited(t)[1].3.as_deref(), Some("said"));
    assert_eq!(name_of(t, "Nobody replied.").as_deref(), Some("Ola Brenn"));
    // with no credit of its own further on, it goes on from the quotation before
    let t = "\u{201c}We warned them twice,\u{201d} its chair, Ola Brenn, told the agency.\n\n\u{201c}Nobody replied.\n\n\u{201c}Now they blame the crew.\u{201d}";
    assert_eq!(speaker_of(t, "Nobody replied.").as_deref(), Some("its chair, Ola Brenn"));
}

#[test]
fn a_headline_dash_credit_before_a_clause_of_time_is_the_source() {
    let t = "'We cannot hold the dykes' \u{2013} mayor as storm surge nears Kelm\n\nThe storm is due at dawn.";
    assert_eq!(credited(t)[0].1.as_deref(), Some("mayor"));
    assert_eq!(credited(t)[0].3.as_deref(), Some("\u{2013}"));
}

#[test]
fn a_heading_s_dash_credit_beats_its_page_label_s_colon() {
    let t = "Nurses\u{2019} pay live: \u{2018}We have had enough\u{2019} \u{2013} union as members vote to strike | Health | The Ledger\n\nMembers backed action.";
    assert_eq!(speaker_of(t, "We have had enough").as_deref(), Some("union"));
    // a label's colon alone still credits no one but a speaker's colon does
    let t = "Health minister: \u{2018}We will not pay more\u{2019}\n\nTalks go on.";
    assert_eq!(speaker_of(t, "We will not pay more").as_deref(), Some("Health minister"));
}
