//! The news categories the gold data does not label (attribution, anonymous or
//! single source, unverified status, dispute, boosters), with negation, read
//! as a specification: each case is a sentence a newsroom writes.

use hedgelight_core::{analyze_sentence, Category, Level};

/// The (cue text, category) pairs found in a sentence.
fn cues(text: &str) -> Vec<(String, Category)> {
    analyze_sentence(text)
        .cues
        .into_iter()
        .map(|c| (text[c.start..c.end].to_string(), c.category))
        .collect()
}

fn assert_cue(text: &str, cue: &str, category: Category) {
    let found = cues(text);
    assert!(
        found.iter().any(|(t, c)| t == cue && *c == category),
        "{text:?}: expected {cue:?} as {category}, got {found:?}"
    );
}

fn assert_level(text: &str, level: Level) {
    let s = analyze_sentence(text);
    assert_eq!(s.level, Some(level), "{text:?}: {}", s.explanation);
}

#[test]
fn attribution() {
    assert_cue(
        "According to the report, six officers died.",
        "According to",
        Category::Attribution,
    );
    assert_cue(
        "Officials said the convoy crossed.",
        "said",
        Category::Attribution,
    );
    // Agentless reports name no source at all: anonymous (annotation guide).
    assert_cue(
        "Troops were reportedly seen near Kursk.",
        "reportedly",
        Category::Anonymous,
    );
    assert_cue(
        "The officers were allegedly killed.",
        "allegedly",
        Category::Anonymous,
    );
    assert_cue(
        "Citing sources in Kyiv, the agency said so.",
        "Citing",
        Category::Attribution,
    );
    // Bare "officials" name no one (guide rule 1); a named body's do.
    assert_level(
        "Officials said the convoy crossed the border.",
        Level::HEDGED,
    );
    assert_level(
        "Pentagon officials said the convoy crossed the border.",
        Level::ATTRIBUTED,
    );
    assert_level(
        "Two U.S. officials told NBC News the convoy crossed the border.",
        Level::HEDGED,
    );
    assert_level(
        "Zelensky said the convoy crossed the border.",
        Level::ATTRIBUTED,
    );
    // Not reported speech.
    assert!(!cues("The strike claimed the lives of 20 soldiers.")
        .iter()
        .any(|(t, _)| t == "claimed"));
}

#[test]
fn anonymous_or_single_source() {
    assert_cue(
        "An official, who requested anonymity, said so.",
        "requested anonymity",
        Category::Anonymous,
    );
    assert_cue(
        "He spoke on condition of anonymity.",
        "on condition of anonymity",
        Category::Anonymous,
    );
    assert_cue(
        "An unnamed Ukrainian source said dozens were there.",
        "unnamed",
        Category::Anonymous,
    );
    assert_cue(
        "The report rests on a single source.",
        "a single source",
        Category::Anonymous,
    );
    assert_cue(
        "A known intelligence source revealed it.",
        "intelligence source",
        Category::Anonymous,
    );
    assert_level("An unnamed official described the plan.", Level::HEDGED);
    // Plain nouns that are not news sources.
    assert!(!cues("Russia needs new energy sources.")
        .iter()
        .any(|(_, c)| *c == Category::Anonymous));
}

#[test]
fn unverified_status_and_negated_evidence() {
    assert_cue(
        "The claim is unverified.",
        "unverified",
        Category::Unverified,
    );
    assert_cue(
        "The deaths could not be verified.",
        "could not be verified",
        Category::Unverified,
    );
    assert_cue(
        "There is no concrete evidence of combat.",
        "no concrete evidence",
        Category::Unverified,
    );
    assert_cue(
        "The reports have not been substantiated.",
        "not been substantiated",
        Category::Unverified,
    );
    assert_cue(
        "The deployment was not confirmed.",
        "not confirmed",
        Category::Unverified,
    );
    assert_cue(
        "The accusation lacks hard evidence.",
        "lacks hard evidence",
        Category::Unverified,
    );
    assert_cue(
        "Information on the unit remains limited.",
        "remains limited",
        Category::Unverified,
    );
    assert_level(
        "The deployment was not confirmed by Seoul.",
        Level::UNVERIFIED,
    );
    // Without a negator, evidence is no doubt at all.
    assert!(cues("The evidence was published on Monday.").is_empty());
}

#[test]
fn dispute_and_denial() {
    assert_cue(
        "Peskov dismissed the reports as \"fake news.\"",
        "fake news",
        Category::Dispute,
    );
    assert_cue("Pyongyang called it a hoax.", "hoax", Category::Dispute);
    assert_cue(
        "Both sides have denied involvement.",
        "denied",
        Category::Dispute,
    );
    assert_cue(
        "North Korea has rebuffed accusations.",
        "rebuffed",
        Category::Dispute,
    );
    assert_level("Moscow denied the report.", Level::DISPUTED);
    // Not denying is not a dispute.
    assert!(!cues("Moscow did not deny the report.")
        .iter()
        .any(|(_, c)| *c == Category::Dispute));
    // A dismissal from a job is no dispute of a claim.
    assert!(!cues("The general was dismissed from his post.")
        .iter()
        .any(|(_, c)| *c == Category::Dispute));
}

#[test]
fn boosters_and_negated_doubt() {
    assert_cue(
        "There is no doubt that troops are there.",
        "no doubt",
        Category::Booster,
    );
    assert_cue(
        "They have made no secret of their ties.",
        "no secret",
        Category::Booster,
    );
    // A named body that confirms the deaths reports them: attributed, as
    // the annotators of news-gold and the folds read it ("Zambia has
    // confirmed its first outbreak", "Police confirmed the deaths": 4).
    assert_cue(
        "The ministry confirmed the deaths.",
        "confirmed the",
        Category::Attribution,
    );
    assert_cue(
        "The results confirmed the theory.",
        "confirmed",
        Category::Booster,
    );
    assert_cue(
        "What is clear is that the ties are deep.",
        "What is clear",
        Category::Booster,
    );
    assert_cue(
        "It is without doubt a major escalation.",
        "without doubt",
        Category::Booster,
    );
    assert_level("The ministry confirmed the deaths.", Level::ATTRIBUTED);
    assert_level(
        "The ministry has not confirmed the deaths.",
        Level::UNVERIFIED,
    );
    let plain = analyze_sentence("Troops may be there.");
    let boosted = analyze_sentence("Clearly, troops may be there.");
    assert!(
        boosted.score > plain.score && boosted.level == plain.level,
        "a booster in a clause of its own raises the score within the level"
    );
}

#[test]
fn news_categories_do_not_make_a_sentence_uncertain() {
    for text in [
        "Officials said the convoy crossed.",
        "An unnamed official described the plan.",
        "The claim is unverified.",
        "Moscow denied the report.",
        "The ministry confirmed the deaths.",
    ] {
        assert!(!analyze_sentence(text).uncertain, "{text:?}");
    }
    assert!(analyze_sentence("Troops may be there.").uncertain);
}

#[test]
fn the_lexicon_names_the_kind_of_a_tagged_cue() {
    // The tagger decides that "assess" is a cue here; the curated lexicon says it is belief.
    let s = "\"We assess that casualties among North Korean officers are highly likely,\" he said.";
    let found = cues(s);
    if let Some((_, c)) = found.iter().find(|(t, _)| t == "assess") {
        assert_eq!(*c, Category::Belief, "{found:?}");
    }
    assert_cue(s, "highly likely", Category::Speculation);
}

#[test]
fn cannot_negates_like_not() {
    assert_cue(
        "The claim cannot be confirmed.",
        "cannot be confirmed",
        Category::Unverified,
    );
    assert_level("The claim cannot be confirmed.", Level::UNVERIFIED);
    assert_cue(
        "Officials cannot verify the claim.",
        "cannot verify",
        Category::Unverified,
    );
    assert_level("Officials cannot verify the claim.", Level::UNVERIFIED);
    // "can't" is "ca" + "n't".
    assert_cue(
        "Officials can't verify the claim.",
        "n't verify",
        Category::Unverified,
    );
}

#[test]
fn not_yet_confirmed_is_unverified_not_a_booster() {
    for (text, cue) in [
        (
            "The ministry has yet to confirm the deaths.",
            "has yet to confirm",
        ),
        (
            "Officials have yet to confirm the report.",
            "have yet to confirm",
        ),
        ("Seoul is yet to confirm the report.", "yet to confirm"),
        (
            "The ministry has not confirmed the deaths.",
            "has not confirmed",
        ),
        (
            "The allies have not confirmed the strike.",
            "have not confirmed",
        ),
    ] {
        assert_cue(text, cue, Category::Unverified);
        assert_level(text, Level::UNVERIFIED);
        assert!(
            !cues(text).iter().any(|(_, c)| *c == Category::Booster),
            "{text:?}: {:?}",
            cues(text)
        );
    }
}

#[test]
fn no_booster_shares_words_with_another_cue() {
    for text in [
        "The ministry has yet to confirm the deaths.",
        "The ministry confirmed the deaths.",
        "Police are working to confirm the identities of the dead.",
        "It is unclear whether officials will confirm the toll.",
        "He said it was clearly a mistake, but did not confirm it.",
        "There is no doubt they are there.",
        "It is certain that the talks may fail.",
        "Nobody could confirm whether the report was verified.",
    ] {
        let found = analyze_sentence(text).cues;
        for b in found.iter().filter(|c| c.category == Category::Booster) {
            for o in found.iter().filter(|c| c.category != Category::Booster) {
                assert!(
                    b.end <= o.start || o.end <= b.start,
                    "{text:?}: booster {:?} overlaps {:?}",
                    &text[b.start..b.end],
                    &text[o.start..o.end]
                );
            }
        }
    }
}

#[test]
fn a_negator_reaches_across_a_long_subject_but_not_out_of_its_own_phrase() {
    assert_cue(
        "However, no photographic or video evidence has confirmed that this deployment occurred.",
        "no photographic or video evidence has confirmed",
        Category::Unverified,
    );
    assert!(
        !cues("However, no photographic or video evidence has confirmed it.")
            .iter()
            .any(|(_, c)| *c == Category::Booster)
    );
    // "no" belongs to "no doubt": it does not also negate "confirmed".
    let s = "There is no doubt that the troops were confirmed to be there.";
    assert_cue(s, "no doubt", Category::Booster);
    assert!(
        !cues(s).iter().any(|(_, c)| *c == Category::Unverified),
        "{:?}",
        cues(s)
    );
    assert_level(s, Level::ASSERTED);
}

fn has_booster(text: &str) -> bool {
    cues(text).iter().any(|(_, c)| *c == Category::Booster)
}

#[test]
fn a_booster_in_the_clause_of_a_doubt_is_what_is_doubted() {
    // The confirmation is the open question, not a reason for confidence.
    for text in [
        "It is not clear whether the reports were confirmed.",
        "Definitive information about their role remains limited.",
        "Officials may have confirmed the deployment.",
    ] {
        assert!(!has_booster(text), "{text:?}: {:?}", cues(text));
    }
    // A booster in a clause of its own stays.
    for text in [
        "Without doubt, the troops may have arrived.",
        "Kyiv confirmed the deployment but Moscow denied it.",
        "Kyiv confirmed the deployment; Moscow denied it.",
    ] {
        assert!(has_booster(text), "{text:?}: {:?}", cues(text));
    }
    // "confirmed that" after its subject reports what the subject said.
    let text = "Canadian officials confirmed that the troops had arrived.";
    assert!(
        cues(text).contains(&("confirmed that".to_string(), Category::Attribution)),
        "{:?}",
        cues(text)
    );
}

#[test]
fn a_cue_inside_another_of_its_kind_is_shown_once() {
    let text =
        "However, no photographic or video evidence has confirmed that this deployment occurred.";
    let found = cues(text);
    assert_eq!(
        found,
        [(
            "no photographic or video evidence has confirmed".to_string(),
            Category::Unverified
        )],
        "{text:?}"
    );
    // Cues of different kinds on the same words both stay.
    let both = cues("The alleged strike killed six.");
    assert!(
        both.iter().filter(|(t, _)| t == "alleged").count() >= 2,
        "{both:?}"
    );
}

#[test]
fn wire_service_phrasings_of_doubt_and_sourcing() {
    for (text, cue, category) in [
        (
            // Not known yet, like "it remains unclear whether" (guide, level 2).
            "It was not immediately clear whether the troops had crossed.",
            "was not immediately clear",
            Category::Unverified,
        ),
        (
            "Officials declined to confirm the report.",
            "declined to confirm",
            Category::Unverified,
        ),
        (
            "Seoul stopped short of confirming the deaths.",
            "stopped short of confirming",
            Category::Unverified,
        ),
        (
            "The numbers are impossible to verify.",
            "impossible to verify",
            Category::Unverified,
        ),
        (
            "The claim could not immediately be verified.",
            "could not immediately be verified",
            Category::Unverified,
        ),
        (
            "According to people briefed on the plans, the unit moved.",
            "people briefed on",
            Category::Anonymous,
        ),
        (
            "Kyiv insists the troops are fighting.",
            "insists",
            Category::Attribution,
        ),
        (
            "Ministry confirms the strike.",
            "confirms",
            Category::Booster,
        ),
        (
            "The ministry does not confirm the toll.",
            "not confirm",
            Category::Unverified,
        ),
    ] {
        assert_cue(text, cue, category);
    }
    // "declined to confirm" is no confirmation.
    assert!(!cues("Officials declined to confirm the report.")
        .iter()
        .any(|(_, c)| *c == Category::Booster));
    assert_level(
        "Seoul stopped short of confirming the deaths.",
        Level::UNVERIFIED,
    );
}

/// Quotations across sentences carry their speaker (guide rule 4).
#[test]
fn quote_continuations_carry_the_speaker() {
    let text = "Kim said, \u{201c}All were taken to hospital. There are no casualties left.\u{201d} Troops left.";
    let doc = hedgelight_core::analyze(text);
    assert_eq!(doc.len(), 3);
    assert_eq!(
        doc[1].level,
        Some(Level::ATTRIBUTED),
        "{}",
        doc[1].explanation
    );
    assert_eq!(doc[1].quote_of, Some(0));
    assert!(
        doc[1]
            .explanation
            .contains("continues a quotation of \u{201c}Kim\u{201d}"),
        "{}",
        doc[1].explanation
    );
    assert_eq!(doc[2].level, Some(Level::ASSERTED));
    // An unnamed speaker's quotation is hedged throughout.
    let text = "\"The strike hit the base. It was a success,\" a U.S. official said.";
    let doc = hedgelight_core::analyze(text);
    assert_eq!(doc[0].level, Some(Level::HEDGED), "{}", doc[0].explanation);
    assert_eq!(doc[1].level, Some(Level::HEDGED));
}

/// A quotation that names no speaker of its own is the previous speaker's:
/// the next quote in the same paragraph, or a paragraph of quotation after
/// "Kim said:" or after another of Kim's quotes.
#[test]
fn a_quotation_without_a_speaker_is_the_previous_speakers() {
    let level_of = |text: &str, i: usize| {
        let doc = hedgelight_core::analyze(text);
        (doc[i].level, doc[i].quote_of)
    };
    let text = "\u{201c}They believe 10,000 died,\u{201d} a diplomat told Reuters. \u{201c}It\u{2019}s a very serious toll.\u{201d}";
    assert_eq!(level_of(text, 1), (Some(Level::HEDGED), Some(0)));
    let text = "Obama tweeted:\n\n\"Cool clock, Ahmed. It's what makes America great.\"";
    assert_eq!(level_of(text, 1), (Some(Level::ATTRIBUTED), Some(0)));
    assert_eq!(level_of(text, 2), (Some(Level::ATTRIBUTED), Some(0)));
    let text = "\"It is bad,\" Eastman said.\n\n\"You lose 15 IQ points. Nobody should.\"";
    assert_eq!(level_of(text, 1), (Some(Level::ATTRIBUTED), Some(0)));
    // Not after a sentence that names no speaker, nor across a paragraph
    // after one that does not lead into a quote.
    let text = "Troops left.\n\n\"It is over.\"";
    assert_eq!(level_of(text, 1).0, Some(Level::ASSERTED));
    let text = "Kim said troops left.\n\n\"It is over.\"";
    assert_eq!(level_of(text, 1).0, Some(Level::ASSERTED));
}

/// The news-gold conventions for who is unnamed, and senses that are no cue.
#[test]
fn officials_to_an_outlet_agentless_passives_and_refused_visas() {
    assert_level(
        "US officials told the Post they were reviewing intelligence.",
        Level::HEDGED,
    );
    assert_level(
        "Pentagon officials told reporters the strike was over.",
        Level::ATTRIBUTED,
    );
    assert_level("Clashes were reported in Mombasa.", Level::HEDGED);
    assert_level("Clashes were reported by Reuters.", Level::ATTRIBUTED);
    assert_level("No injuries were reported in the attack.", Level::ASSERTED);
    assert_level("They were twice denied visas.", Level::ASSERTED);
    assert_level("Moscow denied the report.", Level::DISPUTED);
    assert_level("She was told to leave the room.", Level::ASSERTED);
    assert_level("He does not claim to belong to a camp.", Level::ASSERTED);
    assert_level("Critics charge it is a forced work camp.", Level::HEDGED);
    assert_level(
        "The problem is, they're wrong, according to several critics.",
        Level::DISPUTED,
    );
}

/// A party's flat contradiction of what the story reported is a dispute
/// (guide rule 11), without a denial verb; a negation of something the story
/// never said, or one under a condition, is not.
#[test]
fn flat_contradictions_of_the_story() {
    let level_of = |text: &str, i: usize| hedgelight_core::analyze(text)[i].level;
    let text = "A sensitive document was found on a street. \
                The government says it wasn't particularly sensitive.";
    assert_eq!(level_of(text, 1), Some(Level::DISPUTED));
    let text = "Odinga alleged fraud in the count. \
                \"There was no fraud,\" the electoral commission said.";
    assert_eq!(level_of(text, 1), Some(Level::DISPUTED));
    let text = "Troops left the town. \"There was no fraud,\" the commission said.";
    assert_eq!(level_of(text, 1), Some(Level::ATTRIBUTED));
    let text = "The broadcasts went on. \
                Pyongyang said it would respond if the broadcasts do not stop.";
    assert_ne!(level_of(text, 1), Some(Level::DISPUTED));
    // Negating a word the story used about something else answers nothing.
    let text = "The U.N. office said it had received credible reports of executions. \
                Some residents said they had not received any warning before the flood.";
    assert_eq!(level_of(text, 1), Some(Level::HEDGED));
    let text = "The church received the drives by mail, Rathbun wrote. \
                Officials said they had not received the drives.";
    assert_eq!(level_of(text, 1), Some(Level::DISPUTED));
    // The text's own voice is not a party: no source, no contradiction.
    let text = "Rebels fired shells. No shells hit the town.";
    assert_eq!(level_of(text, 1), Some(Level::ASSERTED));
}

/// Speakers after an inverted verb, statements, and pronouns that agree.
#[test]
fn a_pronoun_takes_a_name_that_opens_the_previous_sentence() {
    // The sentence's first word belongs to the name unless it is capitalised
    // only because it opens the sentence ("The", "Yesterday").
    for (first, name) in [
        (
            "Prime Minister Keir Starmer was in",
            "Prime Minister Keir Starmer",
        ),
        ("Keir Starmer was in", "Keir Starmer"),
        ("Yesterday Keir Starmer was in", "Keir Starmer"),
    ] {
        let text = format!("{first} the flooded town. He said the damage was severe.");
        let doc = hedgelight_core::analyze(&text);
        let src = doc[1].source.as_ref().expect("a source");
        assert_eq!(&text[src.start..src.end], name, "{text}");
        assert_eq!(doc[1].level, Some(Level::ATTRIBUTED));
    }
}

#[test]
fn speakers_after_a_quote_and_pronouns_that_agree() {
    let doc = hedgelight_core::analyze(
        "\"We thank everyone,\" said Bolden to the gathered crowd which cheered. \"This was a hard decision.\"",
    );
    let text = "\"We thank everyone,\" said Bolden to the gathered crowd which cheered. \"This was a hard decision.\"";
    let src = doc[0].source.as_ref().expect("a source");
    assert_eq!(&text[src.start..src.end], "Bolden");
    assert_eq!(doc[1].level, Some(Level::ATTRIBUTED));
    let text = "Senator Cornyn issued a statement on the decision. \"I am disappointed.\"";
    let doc = hedgelight_core::analyze(text);
    assert_eq!(
        doc[1].level,
        Some(Level::ATTRIBUTED),
        "{}",
        doc[1].explanation
    );
    // "He" after "anonymous posters" is not one of them.
    let text = "Anonymous posters said the site was down. He said it was a skirmish.";
    let doc = hedgelight_core::analyze(text);
    assert_eq!(doc[0].level, Some(Level::HEDGED));
    assert_eq!(
        doc[1].level,
        Some(Level::ATTRIBUTED),
        "{}",
        doc[1].explanation
    );
    assert_level("I have an insider who tells me it happened.", Level::HEDGED);
    assert_level(
        "\"Aid will be delivered as quickly as possible,\" spokesman Paul Risley said.",
        Level::ATTRIBUTED,
    );
}

/// A named speaker who relays an unnamed collective is hedged, and the
/// explanation says who relays whom.
#[test]
fn a_named_speaker_relaying_unnamed_people() {
    let text = "Dewar says that bureaucrats of the government have complained about security.";
    let s = analyze_sentence(text);
    assert_eq!(s.level, Some(Level::HEDGED), "{}", s.explanation);
    assert!(
        s.explanation
            .starts_with("Hedged: Dewar cites a source that is not named"),
        "{}",
        s.explanation
    );
}

#[test]
fn disowning_ridicule_and_the_texts_own_correction_dispute() {
    for (text, cue) in [
        (
            "Ministry officials disavow any plan to close the port.",
            "disavow",
        ),
        ("The governor said the leaked memo was bogus.", "bogus"),
        ("The mayor called her rival a liar on Friday.", "liar"),
        (
            "A spokesman accused the opposition of trying to distort the truth.",
            "distort the truth",
        ),
        (
            "The union took issue with the company's figures.",
            "took issue with",
        ),
        (
            "The minister brushed aside the warnings of economists.",
            "brushed aside",
        ),
        (
            "The drug is often incorrectly described as a vaccine.",
            "incorrectly",
        ),
        (
            "Regulators are skeptical of the company's safety claims.",
            "skeptical of",
        ),
    ] {
        assert_cue(text, cue, Category::Dispute);
        assert_level(text, Level::DISPUTED);
    }
    // Not bogus, not a dispute; a disagreement of opinion about a plan is none either.
    assert!(!cues("The memo was not bogus, the court found.")
        .iter()
        .any(|(_, c)| *c == Category::Dispute));
    assert!(!cues("The council disagreed with the mayor's plan.")
        .iter()
        .any(|(_, c)| *c == Category::Dispute));
}

#[test]
fn outlooks_omens_and_unattributed_reports_hedge() {
    assert_level(
        "Aid groups are optimistic that the ceasefire will hold.",
        Level::HEDGED,
    );
    assert_level(
        "The weak orders do not bode well for the winter.",
        Level::HEDGED,
    );
    assert_cue(
        "There have been reports of looting in the port city.",
        "There have been reports",
        Category::Anonymous,
    );
    assert_cue(
        "Amid reports that the dam had burst, villagers fled.",
        "Amid reports",
        Category::Anonymous,
    );
    assert_cue(
        "Two diplomats said privately that the talks had failed.",
        "privately",
        Category::Anonymous,
    );
    // Privately owned is how, not who says so.
    assert!(cues("The mine is held in private hands.").is_empty());
}

#[test]
fn an_unnamed_speaker_after_the_verb_and_the_official_the_text_never_names() {
    for text in [
        "The bridge was closed, said a spokesman, who was not identified.",
        "The bridge was closed, said two Western diplomats.",
        "The official said the talks would resume next week.",
        "\"We have seen no troops,\" the source said.",
    ] {
        assert_level(text, Level::HEDGED);
    }
    // A name after the title still names the speaker.
    assert_level(
        "The bridge was closed, said Tom Lee, a spokesman for the city.",
        Level::ATTRIBUTED,
    );
}

#[test]
fn unchecked_work_forecasts_and_dismissal_as_guesswork() {
    for text in [
        "The documents, whose authenticity has not been established, suggest a deal.",
        "The study, which has not been peer-reviewed, found the drug cut deaths.",
        "Scientists say the findings need to be replicated.",
    ] {
        assert_level(text, Level::UNVERIFIED);
    }
    assert_level(
        "The storm is forecast to make landfall on Thursday.",
        Level::HEDGED,
    );
    assert_level(
        "The minister's office called the report \"pure speculation.\"",
        Level::DISPUTED,
    );
    // A senior official "familiar with" the matter is a person, not the adjective.
    assert_level(
        "According to a senior U.S. official familiar with the intelligence, the missile came from Iran.",
        Level::HEDGED,
    );
}

#[test]
fn silence_pleas_irreconcilable_accounts_and_understood_sourcing() {
    assert_level("Kyiv has not commented on the claims.", Level::UNVERIFIED);
    assert_level("He has pleaded not guilty.", Level::DISPUTED);
    assert_level(
        "Her account could not be reconciled with the official version.",
        Level::DISPUTED,
    );
    assert_level(
        "The figures are at odds with earlier reports from the region.",
        Level::DISPUTED,
    );
    assert_level(
        "It is understood that the minister will step down on Friday.",
        Level::HEDGED,
    );
    assert_level(
        "Experts cautioned that the data were limited.",
        Level::HEDGED,
    );
    assert_level(
        "The company maintains it did nothing wrong.",
        Level::ATTRIBUTED,
    );
    // Rivals at odds with each other dispute no account; upkeep is no statement.
    assert_level("The deal put them at odds with Borland.", Level::ASSERTED);
    assert_level("The city maintains the bridge.", Level::ASSERTED);
}

#[test]
fn an_impression_felt_is_a_belief_a_sensation_is_not() {
    assert_level(
        "Some viewers felt that the film was a one-man show.",
        Level::HEDGED,
    );
    assert_level("Residents felt the quake in the capital.", Level::ASSERTED);
    // What the web helped them to feel is the claim, not the text's doubt.
    assert_level(
        "The web helped the groups to feel that they belong.",
        Level::ASSERTED,
    );
}

#[test]
fn added_that_reports_and_a_pronoun_keeps_its_unnamed_speaker() {
    let doc = hedgelight_core::analyze(
        "The official said the accession was planned for March. \
         He added that a ceremony would still be held at the summit.",
    );
    assert_eq!(doc[1].level, Some(Level::HEDGED), "{}", doc[1].explanation);
    assert_level("Lee added that the talks had failed.", Level::ATTRIBUTED);
}

/// A newspaper's byline names its writer: it does not make the story a
/// broadcast transcript whose unquoted paragraphs are sound bites.
#[test]
fn a_byline_makes_no_transcript() {
    let text = "By Jane Smith, Reuters\n\nTwelve people died, officials said.\n\n\
                Keir Starmer promised an inquiry. \"We will find out,\" he said.\n\n\
                It is the third flood to hit the region in five years.";
    let doc = hedgelight_core::analyze(text);
    let last = doc.last().expect("sentences");
    assert_eq!(last.level, Some(Level::ASSERTED), "{}", last.explanation);
    assert!(!doc[0].kind.is_claim());
}

#[test]
fn nobody_is_no_speaker_and_one_or_others_are_unnamed() {
    let doc = hedgelight_core::analyze(
        "\"The water came at night,\" said Maria Lopez. \"Nobody warned us.\"",
    );
    let src = doc[1].source.as_ref().expect("the quotation's speaker");
    assert!(src.named, "{}", doc[1].explanation);
    assert_level("\"It was awful,\" one said.", Level::HEDGED);
    assert_level("Others said the water rose fast.", Level::HEDGED);
}

#[test]
fn discredited_claims_no_link_and_people_at_the_scene() {
    assert_level(
        "The claim that the virus was made in a laboratory has been widely discredited.",
        Level::DISPUTED,
    );
    assert_level(
        "The ministry said there was no link between the vaccine and the deaths.",
        Level::UNVERIFIED,
    );
    for text in [
        "Rebel commanders insist their fighters are still inside.",
        "Soldiers said the town had fallen.",
        "Relatives said the boat had left at dawn.",
    ] {
        assert_level(text, Level::HEDGED);
    }
}

#[test]
fn an_outlets_own_unnamed_sourcing_and_local_media() {
    assert_level(
        "The BBC understands that the minister will resign.",
        Level::HEDGED,
    );
    assert_level("Local media reported that 20 people died.", Level::HEDGED);
    assert_level("She understands the risks.", Level::ASSERTED);
    assert_level(
        "Local media were involved in the campaign.",
        Level::ASSERTED,
    );
}

#[test]
fn cannot_say_yet_myths_and_verbs_of_credit_and_blame() {
    for text in [
        "Mr. Nadeau said he couldn't yet say if the prices would match.",
        "The company said it doesn't know when the machine will be ready.",
        "Police gave no details about the negotiations.",
    ] {
        assert_level(text, Level::UNVERIFIED);
    }
    assert_level(
        "\"The myths that the market is closed have been demolished,\" Mr. Nadir said.",
        Level::DISPUTED,
    );
    assert_level(
        "By all accounts the company has bought only a handful of rivals.",
        Level::HEDGED,
    );
    assert_level(
        "Police confirmed Friday that the body was that of the missing man.",
        Level::ATTRIBUTED,
    );
    assert_level(
        "Ralston attributed its slump partly to higher costs.",
        Level::ATTRIBUTED,
    );
    // Eager to rebut criticism is a motive, not a dispute of a claim.
    assert_level(
        "Ministry officials, eager to rebut criticism, hailed the deal as proof.",
        Level::ATTRIBUTED,
    );
}

#[test]
fn not_available_not_disclosed_and_offers_turned_down() {
    for text in [
        "Rally officials weren't available to comment late yesterday.",
        "Terms weren't disclosed.",
        "The company has no estimate of the impact of the earthquake.",
    ] {
        assert_level(text, Level::UNVERIFIED);
    }
    assert_level("Fund managers said the rally was a fever.", Level::HEDGED);
    // Turning down a bid disputes no claim; rejecting a claim does.
    assert_level("The board rejected the bid.", Level::ASSERTED);
    assert_level("Moscow rejected the claims.", Level::DISPUTED);
}

#[test]
fn forecasts_hedge_plans_and_duties_do_not() {
    // A forecast of an outcome hedges what a named source says (guide rule 8).
    for text in [
        "The minister said the new rules will benefit small farmers.",
        "The company said the merger should help it cut costs.",
        "The refinery sale should be completed by the spring, the company said.",
        "Ms. Ortiz said she would not be surprised to see prices fall.",
        "Mr. Lee said he is highly confident the loan will be repaid.",
        "The ministry warned that the strike would delay exports.",
    ] {
        assert_level(text, Level::HEDGED);
    }
    // A post, a schedule or a duty is no forecast.
    assert_level(
        "Mr. Lee will serve as chief executive until March, the company said.",
        Level::ATTRIBUTED,
    );
    assert_level("The summit will open on Monday.", Level::ASSERTED);
    assert!(cues("Visitors should be ready to show their passes.")
        .iter()
        .all(|(_, c)| *c != Category::Speculation));
    assert!(
        cues("The board said the chairman should remain in his post.")
            .iter()
            .all(|(_, c)| *c != Category::Speculation)
    );
}

#[test]
fn agentless_attribution_leaves_its_source_unnamed() {
    assert_cue(
        "Much of the rise is being attributed to cheaper fuel.",
        "being attributed to",
        Category::Anonymous,
    );
    assert_level(
        "Much of the rise is being attributed to cheaper fuel.",
        Level::HEDGED,
    );
    assert_level(
        "The company attributed the rise to cheaper fuel.",
        Level::ATTRIBUTED,
    );
}

#[test]
fn a_relative_clause_speaker_and_unnamed_companies() {
    // "residents who said": the noun "who" stands for is who says so.
    let text = "In the village, residents who saw the blast said it shook every house.";
    let s = analyze_sentence(text);
    let src = s.source.as_ref().expect("a source");
    assert_eq!(&text[src.start..src.end], "residents");
    assert_eq!(s.level, Some(Level::HEDGED), "{}", s.explanation);
    // A head that is no name or generic noun stays the apposition's.
    let text = "An engineer at the mill, who asked not to be named, said a tank had leaked.";
    let s = analyze_sentence(text);
    let src = s.source.as_ref().expect("a source");
    assert_eq!(&text[src.start..src.end], "An engineer at the mill");
    // Before an aside's comma the whole phrase speaks, not its last noun.
    let text =
        "A Ukrainian military intelligence source, who requested anonymity, said troops had moved.";
    let s = analyze_sentence(text);
    let src = s.source.as_ref().expect("a source");
    assert_eq!(
        &text[src.start..src.end],
        "A Ukrainian military intelligence source"
    );
    // Companies as a class name no one; "the companies" are ones named before.
    assert_level(
        "Japanese companies said the tariff had little effect.",
        Level::HEDGED,
    );
    assert_level(
        "Big computer makers said the flaw does not affect them.",
        Level::HEDGED,
    );
    let doc = hedgelight_core::analyze(
        "Sony and Nikon reported higher sales. The companies said demand was strong.",
    );
    assert_eq!(
        doc[1].level,
        Some(Level::ATTRIBUTED),
        "{}",
        doc[1].explanation
    );
}

#[test]
fn fact_checks_and_unanswered_calls() {
    // A picture or a document shown not to be what it claims disputes it.
    assert_level(
        "Fact-checkers found the photo was doctored.",
        Level::DISPUTED,
    );
    assert_level("The letter was later found to be fake.", Level::DISPUTED);
    // An unproven claim, an unreturned call, names not released: unverified.
    assert_level(
        "The allegations against him remain unproven.",
        Level::UNVERIFIED,
    );
    assert_level(
        "The mayor's office did not return a call seeking comment.",
        Level::UNVERIFIED,
    );
    assert_level(
        "The police have refused to release the names of the dead.",
        Level::UNVERIFIED,
    );
    // "unproven" of a market or a method is no claim left unproven.
    assert!(cues("Investors avoided the unproven market for years.")
        .iter()
        .all(|(_, c)| *c != Category::Unverified));
}

#[test]
fn retractions_conflicting_accounts_and_political_charges() {
    assert_level(
        "The minister later walked back his remarks.",
        Level::DISPUTED,
    );
    assert_level(
        "The paper issued a correction the next day.",
        Level::DISPUTED,
    );
    assert_level("Accounts differ on who fired first.", Level::DISPUTED);
    assert_level(
        "The senator called the charges politically motivated.",
        Level::DISPUTED,
    );
    // The motive of an attack is no dismissal of a claim.
    assert_level(
        "Police said the attack was politically motivated.",
        Level::ATTRIBUTED,
    );
}

#[test]
fn a_participle_after_a_person_describes_the_speaker() {
    let text = "Two people briefed on the negotiations said a deal was close.";
    let s = analyze_sentence(text);
    let src = s.source.as_ref().expect("a source");
    assert_eq!(
        &text[src.start..src.end],
        "Two people briefed on the negotiations"
    );
    assert!(!src.named);
    // After a document the "-ed" word is the verb: the one stating speaks.
    let text = "A report mentioned an unnamed source stating the plan was dead.";
    let s = analyze_sentence(text);
    let src = s.source.as_ref().expect("a source");
    assert_eq!(&text[src.start..src.end], "an unnamed source");
}

#[test]
fn signs_tips_and_outcomes_not_yet_known() {
    for text in [
        "All the signs point to an inside job.",
        "She is tipped to lead the new ministry.",
        "The carmaker is poised to cut 2,000 jobs.",
        "Exports are on track to hit a record.",
    ] {
        assert_level(text, Level::HEDGED);
    }
    for text in [
        "The cause of the outage has not been determined.",
        "The race in the third district is too close to call.",
    ] {
        assert_level(text, Level::UNVERIFIED);
    }
    assert_level(
        "The ministry's figures are hard to reconcile with the satellite images.",
        Level::DISPUTED,
    );
    assert_level(
        "Her account is at odds with that of the guards.",
        Level::DISPUTED,
    );
    // "so-called" doubts a name; no speaker stands before it.
    let s = analyze_sentence("The so-called peace plan was published on Monday.");
    assert!(s.source.is_none(), "{:?}", s.source);
}

#[test]
fn a_second_verb_and_a_relative_which_keep_the_subject() {
    for (text, source) in [
        (
            "President Ortiz today denounced the strike and said the army would respond.",
            "President Ortiz",
        ),
        (
            "The Kremlin rejected the report and said it was a provocation.",
            "The Kremlin",
        ),
        (
            "Nokia, which said it found the flaw, will fix it next month.",
            "Nokia",
        ),
    ] {
        let s = analyze_sentence(text);
        let src = s
            .source
            .as_ref()
            .unwrap_or_else(|| panic!("{text}: no source"));
        assert_eq!(&text[src.start..src.end], source);
        assert!(src.named);
    }
    // "which" as the object is no speaker: the scientists say so.
    let text = "The target, which scientists say is the baseline, was missed.";
    let s = analyze_sentence(text);
    let src = s.source.as_ref().expect("a source");
    assert_eq!(&text[src.start..src.end], "scientists");
}

#[test]
fn reports_posts_and_sides_that_blame_each_other() {
    for text in [
        "A report by Amnesty International found evidence of torture.",
        "Health ministry data show cases fell by half.",
        "The minister posted on social media that the talks had failed.",
    ] {
        assert_level(text, Level::ATTRIBUTED);
    }
    assert_level(
        "Israel and Hamas traded blame for the blast.",
        Level::DISPUTED,
    );
    assert_level(
        "Russia and Ukraine accused each other of shelling the plant.",
        Level::DISPUTED,
    );
    assert_level(
        "The figures cannot be independently checked.",
        Level::UNVERIFIED,
    );
    // A view count is no belief.
    assert_level(
        "The video has been viewed millions of times.",
        Level::ASSERTED,
    );
    assert_level(
        "The deal is viewed as a victory for the president.",
        Level::HEDGED,
    );
}

#[test]
fn terms_of_a_deal_are_no_doubt() {
    // An option, rights triggered by an event, a value at the market price.
    for text in [
        "The warrants may be exercised for two years.",
        "The rights are triggered if a bidder buys 15% of the stock.",
        "The deal has an indicated value of $4 million.",
        "The firm also added $12 million to its loan reserves.",
        "The shares were quoted at 50 cents bid.",
    ] {
        assert_level(text, Level::ASSERTED);
    }
    assert_level(
        "Acme said it tentatively agreed to buy the mill.",
        Level::ATTRIBUTED,
    );
    // A named party's allegation in a suit is attributed; a silence is not.
    assert_level(
        "The union said it sued the city, alleging that the contract was broken.",
        Level::ATTRIBUTED,
    );
    assert_level(
        "The bank said it couldn't comment on the suit.",
        Level::UNVERIFIED,
    );
    assert_level(
        "The board is not aware of any attempt to buy the company, it said.",
        Level::UNVERIFIED,
    );
    assert_level("The other bidder wasn't identified.", Level::HEDGED);
    assert_level(
        "The company said the charge will result in a loss for the year.",
        Level::HEDGED,
    );
}

#[test]
fn warnings_claims_of_responsibility_and_open_outcomes() {
    assert_cue(
        "Experts warn that prices could rise.",
        "warn",
        Category::Attribution,
    );
    assert_cue(
        "Experts warn that prices could rise.",
        "Experts",
        Category::Anonymous,
    );
    assert_level(
        "The Islamic State group claimed responsibility for the bombing.",
        Level::ATTRIBUTED,
    );
    assert_level(
        "No group has claimed responsibility for the bombing.",
        Level::ASSERTED,
    );
    assert_level("A man was arrested on suspicion of arson.", Level::HEDGED);
    assert_level(
        "The opposition refused to accept the result.",
        Level::DISPUTED,
    );
    assert_level("Casualty figures could not be obtained.", Level::UNVERIFIED);
    assert_level(
        "The findings have not been independently reviewed.",
        Level::UNVERIFIED,
    );
    assert_level(
        "More research is needed before the drug is used.",
        Level::HEDGED,
    );
    // A sign that warns is no source.
    assert!(cues("The sign warns drivers of falling rocks.")
        .iter()
        .all(|(_, c)| *c != Category::Attribution));
}

#[test]
fn tampered_pictures_unproven_links_and_negated_counterfactuals() {
    assert_level(
        "The photograph was withdrawn after it emerged that it had been manipulated.",
        Level::DISPUTED,
    );
    assert_level(
        "The study did not prove that coffee causes longer life.",
        Level::UNVERIFIED,
    );
    assert_level(
        "Supporters argue that the ban would not prevent abuse.",
        Level::HEDGED,
    );
    // "won't delay" of a firm's own plans is a plan stated as fact, and
    // "prove" without a negation supports the claim.
    assert_level(
        "Sun Microsystems said the bugs won't delay its development.",
        Level::ATTRIBUTED,
    );
    assert_level("The tests prove that the water is safe.", Level::ASSERTED);
    // The verb's other sense: a market is manipulated by traders, not shown false.
    assert_level(
        "Regulators fined the bank for trying to manipulate the rate.",
        Level::ASSERTED,
    );
}

#[test]
fn inability_to_confirm_divided_judgements_and_rival_victories() {
    assert_level(
        "Reuters was unable to independently confirm the details.",
        Level::UNVERIFIED,
    );
    assert_level(
        "The airline said it was too soon to speculate on the cause.",
        Level::UNVERIFIED,
    );
    assert_level(
        "Palace officials have said little about his condition.",
        Level::UNVERIFIED,
    );
    assert_level(
        "Preliminary findings point to a mechanical failure.",
        Level::HEDGED,
    );
    assert_level(
        "The intelligence community remains divided on the question.",
        Level::HEDGED,
    );
    assert_level(
        "Investigators are treating the fire as suspicious.",
        Level::HEDGED,
    );
    assert_level("Experts are not so sure.", Level::HEDGED);
    assert_level("Both candidates have declared victory.", Level::DISPUTED);
    assert_level("The incumbent declared victory.", Level::ATTRIBUTED);
    assert_level(
        "The researchers caution that the study was small.",
        Level::ATTRIBUTED,
    );
    // Other senses: a finger that points, a country divided into regions.
    assert_level("The guide pointed to the map on the wall.", Level::ASSERTED);
    assert_level("The country is divided into nine regions.", Level::ASSERTED);
}

#[test]
fn forecasts_of_time_willingness_and_impact() {
    assert_level(
        "She says the issue is complicated and will take time to get right.",
        Level::HEDGED,
    );
    assert_level(
        "Fewer doctors will be willing to work in such danger.",
        Level::HEDGED,
    );
    assert_level(
        "The sanctions will hit the country's oil exports hardest.",
        Level::HEDGED,
    );
    // A schedule is no forecast.
    assert_level("The summit will open in Geneva on Monday.", Level::ASSERTED);
}

#[test]
fn unseen_documents_fact_check_labels_and_deniable_acts() {
    assert_level("Reuters has not seen the memo.", Level::UNVERIFIED);
    assert_level(
        "The ministry said it did not discuss operational matters.",
        Level::UNVERIFIED,
    );
    assert_level(
        "The cause of the outage remained uncertain.",
        Level::UNVERIFIED,
    );
    assert_level(
        "The post was labelled as false by fact-checkers.",
        Level::DISPUTED,
    );
    // Deniable is not denied; a disputed border is a place.
    assert_level(
        "The agency says proxies carry out attacks the state can later deny.",
        Level::ATTRIBUTED,
    );
    assert_level(
        "Troops clashed on the disputed border on Monday.",
        Level::ASSERTED,
    );
    // What someone will do is no belief about the claim.
    assert_level(
        "The bloc said it would consider all options.",
        Level::ATTRIBUTED,
    );
    assert_level(
        "Aid groups are working to assess the damage.",
        Level::ASSERTED,
    );
    assert_level(
        "The regional centre put the magnitude at 6.1.",
        Level::ATTRIBUTED,
    );
    assert_level(
        "The agency advised consumers to throw the cheese away.",
        Level::ATTRIBUTED,
    );
    assert_level(
        "The governor pledged to rebuild every home.",
        Level::ATTRIBUTED,
    );
    // One person, unnamed, even beside a named hospital.
    assert_level(
        "A doctor at the city's Al-Amal Hospital said dozens were hurt.",
        Level::HEDGED,
    );
}

#[test]
fn tests_that_found_nothing() {
    assert_level(
        "The company said its own testing had not found the bacteria.",
        Level::UNVERIFIED,
    );
    assert_level("Tests found no trace of the virus.", Level::UNVERIFIED);
    assert_level("Rescuers found no one at the house.", Level::ASSERTED);
}

#[test]
fn weaker_disputes_claims_of_victory_and_no_way_to_check() {
    assert_level(
        "Several scientists have challenged the study's conclusions.",
        Level::DISPUTED,
    );
    assert_level("Outside experts called the evidence thin.", Level::DISPUTED);
    assert_level(
        "Observers said the count lacked credibility.",
        Level::DISPUTED,
    );
    assert_level(
        "Bloggers pointed to inconsistencies in the photo.",
        Level::DISPUTED,
    );
    assert_level(
        "The agency said it had no way of verifying the figures.",
        Level::UNVERIFIED,
    );
    assert_level(
        "The chairman admitted that he did not know who had won.",
        Level::UNVERIFIED,
    );
    assert_level(
        "The rebel leader declared himself the winner.",
        Level::ATTRIBUTED,
    );
    // Other senses: a challenge to a duel, a mixture's inconsistencies.
    assert_level("He challenged the champion to a rematch.", Level::ASSERTED);
    assert_level(
        "Due to inconsistencies in the mixture, it exploded.",
        Level::ASSERTED,
    );
    // Some historians are an unnamed collective (guide rule 1).
    assert_level(
        "Some historians have claimed that the king was a puppet.",
        Level::HEDGED,
    );
}

#[test]
fn the_speaker_outside_the_quotation_and_what_nobody_knows() {
    // The "said" inside the quotation is the speaker's word, not who speaks.
    let text = "\"I never said that,\" Johnson told the BBC.";
    let report = hedgelight_core::analyze(text);
    let source = report[0].source.as_ref().expect("a source");
    assert_eq!(&text[source.start..source.end], "Johnson");
    assert_level(
        "\"We simply don't know yet,\" one official said.",
        Level::UNVERIFIED,
    );
    assert_level("I don't know him well.", Level::ASSERTED);
}

#[test]
fn little_evidence_unestablished_authenticity_and_unnamed_channels() {
    assert_level(
        "There is little evidence to support the theory.",
        Level::UNVERIFIED,
    );
    assert_level(
        "The authenticity of the recording could not be established.",
        Level::UNVERIFIED,
    );
    assert_level(
        "Russian Telegram channels claimed the depot had been hit.",
        Level::HEDGED,
    );
    // "little" of something else is no lack of support.
    assert_level("There was little damage to the bridge.", Level::ASSERTED);
}

#[test]
fn particulars_withheld_tests_under_way_and_remarks_assailed() {
    assert_level(
        "The chairman declined to specify what prompted the sale.",
        Level::UNVERIFIED,
    );
    assert_level(
        "The board isn't aware of any offers, the company said.",
        Level::UNVERIFIED,
    );
    assert_level(
        "The FBI is conducting further DNA tests of the hair.",
        Level::HEDGED,
    );
    assert_level(
        "The federation's director assailed the remarks.",
        Level::DISPUTED,
    );
    // A former ally assailed is no claim disputed.
    assert_level("He assailed his former allies.", Level::ASSERTED);
}

#[test]
fn questions_raised_innocence_maintained_and_matters_not_yet_clear() {
    assert_level(
        "Questions have been raised about the accuracy of the data.",
        Level::DISPUTED,
    );
    assert_level(
        "Doubts have been cast on the official account.",
        Level::DISPUTED,
    );
    assert_level("She maintains her innocence.", Level::DISPUTED);
    assert_level(
        "The true scale of the damage will only become clear in the coming days.",
        Level::UNVERIFIED,
    );
    assert_level(
        "The allegations have not been tested in court.",
        Level::UNVERIFIED,
    );
    assert_level(
        "The spokesman would not be drawn on the details.",
        Level::UNVERIFIED,
    );
}

#[test]
fn forecasts_odds_and_results_pending() {
    assert_level(
        "Economists polled by the agency forecast growth of 1.2% this year.",
        Level::HEDGED,
    );
    assert_level("The model predicted a close race.", Level::HEDGED);
    assert_level(
        "Markets are pricing in a 70% chance of a cut.",
        Level::HEDGED,
    );
    assert_level("Results of the B-sample are pending.", Level::UNVERIFIED);
    // The noun, and a chance taken, are no forecast.
    assert_level("The forecast was wrong.", Level::ASSERTED);
    assert_level("He took a chance that paid off.", Level::ASSERTED);
}

#[test]
fn criticism_projections_withheld_details_and_legal_penalties() {
    assert_level(
        "The actor was among those who criticised the reports.",
        Level::DISPUTED,
    );
    assert_level(
        "The firm said the report contained numerous factual errors.",
        Level::DISPUTED,
    );
    assert_level(
        "\"I have nothing to hide,\" the councillor said.",
        Level::DISPUTED,
    );
    assert_level(
        "The largest increases were projected for southern cities.",
        Level::HEDGED,
    );
    assert_level(
        "Outside experts welcomed the study but urged caution.",
        Level::HEDGED,
    );
    assert_level(
        "The spokesman said the incident was under control, without giving further details.",
        Level::UNVERIFIED,
    );
    assert_level(
        "The prosecutor declined to respond to the claim.",
        Level::UNVERIFIED,
    );
    assert_level(
        "State police confirmed the deaths of four adults.",
        Level::ATTRIBUTED,
    );
    // A penalty stated, an investigation never opened, an anonymous witness.
    assert_level(
        "If convicted, he would face life without the possibility of parole.",
        Level::ASSERTED,
    );
    assert_level(
        "Police said no criminal investigation had been opened.",
        Level::ATTRIBUTED,
    );
    assert_level(
        "\"We hid,\" said a shopkeeper who declined to give his name.",
        Level::HEDGED,
    );
    assert_level(
        "Messages circulating on social media claimed the leader had fled.",
        Level::HEDGED,
    );
}

#[test]
fn a_report_from_an_outlet_is_the_outlets() {
    let text =
        "A report from The Guardian mentioned an unnamed source stating that troops had left.";
    let report = hedgelight_core::analyze(text);
    let source = report[0].source.as_ref().expect("a source");
    assert_eq!(&text[source.start..source.end], "The Guardian");
    assert!(source.named);
    assert_eq!(
        source
            .via
            .iter()
            .map(|v| &text[v.start..v.end])
            .collect::<Vec<_>>(),
        vec!["an unnamed source"]
    );
    assert_eq!(report[0].level, Some(Level::HEDGED));
}

#[test]
fn a_condition_that_opens_a_sentence_or_quotation() {
    assert_cue(
        "If not, it can become very difficult very fast.",
        "If not",
        Category::Condition,
    );
    assert_level(
        "\"If not, it can become very difficult very fast,\" she said.",
        Level::HEDGED,
    );
    // A range, not a condition.
    assert_level(
        "Police did dozens if not hundreds of interviews, the chief said.",
        Level::ATTRIBUTED,
    );
}

#[test]
fn a_party_saying_it_never_happened_or_was_out_of_context_disputes() {
    for s in [
        "The incident never happened, the army said.",
        "Police said no such incident had taken place.",
        "The quote was taken out of context, the campaign said.",
        "The findings have been called into question by other scientists.",
    ] {
        assert_level(s, Level::DISPUTED);
    }
    // History and findings, not denials.
    assert_level(
        "It was a record that has never happened before, the league said.",
        Level::ATTRIBUTED,
    );
    assert_level(
        "No such increase was observed in the control cells.",
        Level::ASSERTED,
    );
}

#[test]
fn first_indications_are_not_yet_established() {
    assert_cue(
        "Early indications are that the fire started in the kitchen.",
        "Early indications",
        Category::Speculation,
    );
    assert_level(
        "Early indications are that the fire started in the kitchen.",
        Level::HEDGED,
    );
}

#[test]
fn senses_that_are_no_dispute_or_source() {
    for s in [
        "The winger was denied a second goal by a late save.",
        "A judge dismissed the lawsuit on Friday, ruling that the city had acted lawfully.",
        "The force dismissed Sergeant Alan Pryce after a disciplinary hearing.",
        "The board rejected a $4 billion takeover bid in March.",
        "The council rejected the application for a second runway.",
        "She was jailed for giving a false name to officers.",
        "Renewable sources supplied a third of the grid's power in 2023.",
        "Ruiz claimed her second world title in Doha on Saturday.",
        "Neighbours could hear shouting from the flat.",
    ] {
        assert_level(s, Level::ASSERTED);
    }
}

#[test]
fn seventh_session_sourcing_and_hedges() {
    assert_level(
        "The health ministry put the number of measles cases at 1,200.",
        Level::ATTRIBUTED,
    );
    assert_level(
        "\"Why would anyone build there?\" asked Mayor Tom Reeve.",
        Level::ATTRIBUTED,
    );
    assert_level(
        "Some economists see the cut as a sign that the bank is worried about growth.",
        Level::HEDGED,
    );
    assert_level(
        "The singer is said by friends to be exhausted.",
        Level::HEDGED,
    );
    for s in [
        "The government looks set to lose the vote on Tuesday.",
        "The party is on course to win a third term.",
        "The champion faces an uphill battle to keep her title.",
        "It is far from certain that the deal will pass.",
        "The fighting has displaced 40,000 people, by one count.",
        "There are whispers that the coach will quit.",
        "Should the talks collapse, the strike would resume on Monday.",
        "Forecasters said the drought would persist into the autumn.",
        "Was the fire started deliberately?",
    ] {
        assert_level(s, Level::HEDGED);
    }
    // A quoted question carries its speaker (guide rule 15).
    assert_level(
        "\"Was it deliberate?\" asked Fire Chief Ana Ruiz.",
        Level::ATTRIBUTED,
    );
}

#[test]
fn seventh_session_unverified_and_disputed() {
    for s in [
        "The jury is still out on whether the scheme saves money.",
        "Who ordered the strike remains a mystery.",
        "It is impossible to establish from the footage who fired first.",
        "Police said there was nothing to suggest the fires were linked.",
        "Details of the deal remain sketchy.",
        "The airline has yet to say how many flights were cancelled.",
        "Fact-checkers found no record of the speech.",
        "If confirmed, the find would be the oldest of its kind.",
        "\"We don't have enough data to say,\" said Dr. Lena Holt.",
    ] {
        assert_level(s, Level::UNVERIFIED);
    }
    for s in [
        "\"That is not what happened,\" said the commissioner, Ana Ruiz.",
        "His agent said there was \"zero truth\" in the reports.",
        "The minister laughed off the claim that the budget was in crisis.",
        "The company said the study was deeply flawed.",
        "\"At no point did our ships enter those waters,\" the navy said.",
        "Observers questioned the official turnout of 81%.",
        "The claim does not stand up to scrutiny.",
    ] {
        assert_level(s, Level::DISPUTED);
    }
}

#[test]
fn a_pacts_terms_are_no_condition() {
    assert_level(
        "The two leaders agreed to support each other in the event of an attack.",
        Level::ASSERTED,
    );
    assert_level(
        "In the event of a strike, prices will rise sharply.",
        Level::HEDGED,
    );
}

#[test]
fn a_partys_label_that_calls_the_claim_false() {
    for s in [
        "The senator called the recording \"a complete fake\".",
        "His office called the posts \"malicious fabrications\".",
        "The ministry said the allegations were \"lies from start to finish\".",
        "The company called the lawsuit \"frivolous and without merit\".",
        "The club branded the claims \"absurd\".",
        "The minister called the claims \"ridiculous\".",
        "He described the inquiry as a \"witch-hunt\".",
    ] {
        assert_level(s, Level::DISPUTED);
    }
    // A place that lies somewhere, and a fake passport as a fact, are no dispute.
    assert_level(
        "The shoal lies about 140 kilometres west of the island.",
        Level::ASSERTED,
    );
    assert_level("Police found fake passports in the car.", Level::ASSERTED);
}

#[test]
fn no_answer_no_disclosure_and_what_is_not_yet_known() {
    for s in [
        "The ministry did not immediately comment.",
        "The company did not disclose the size of the payment.",
        "\"We do not yet know how many accounts were accessed.\"",
        "The number of missing remained unclear, the mayor's office said.",
        "Officials said some cases had no clear connection to the schools.",
        "The auditor refused to sign off on the accounts.",
        "A spokeswoman said it was \"far too early\" to name a cause.",
    ] {
        assert_level(s, Level::UNVERIFIED);
    }
}

#[test]
fn figures_put_documents_seen_and_causes_attributed() {
    for s in [
        "City police put the crowd at about 80,000.",
        "The draft, parts of which were seen by Reuters, would halt the fighting.",
        "The weather service attributes the rains partly to La Nina.",
    ] {
        assert_level(s, Level::ATTRIBUTED);
    }
}

#[test]
fn rival_versions_defended_claims_and_forecasters_idiom() {
    for s in [
        "The coast guard gave a starkly different version of events.",
        "\"That is not correct,\" the minister said.",
        "The paper said it stood by its reporting.",
    ] {
        assert_level(s, Level::DISPUTED);
    }
    for s in [
        "The U.N. mission said it was gathering information about the strike.",
        "Brent crude was seen averaging $72 a barrel next year.",
        "The weather office forecast above-average rainfall for the season.",
    ] {
        assert_level(s, Level::HEDGED);
    }
    assert_level(
        "The test wrongly flagged cancer in 3% of healthy people.",
        Level::ASSERTED,
    );
}

#[test]
fn posts_and_clips_nobody_signs_are_unnamed() {
    for s in [
        "Social media posts claiming to show the arrest have been shared thousands of times.",
        "A widely shared video said the vaccine contained microchips.",
        "Fighting continued, with local officials reporting clashes in the north.",
    ] {
        assert_level(s, Level::HEDGED);
    }
}
