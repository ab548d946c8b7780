//! Broadcast transcripts' hand-offs and sign-offs: "NPR's Elaine Corey has
//! more from San Francisco.", "Lisa Schlein reports from Geneva.", "Jim
//! Teple, VOA News, Miami.", "For NPR news, I'm Auncil Martinez reporting."
//! They say who speaks next or who spoke and claim nothing, so
//! [`crate::kind`] gives them no level (annotation guide, rule 15). Read as
//! sentences they would be "asserted" or "attributed to Lisa Schlein".
//!
//! Only the shape decides: a short unquoted sentence that is a name and a
//! hand-off phrase (data/broadcast.txt), with at most a place after "from";
//! or a name, an outlet and a place between commas.

use std::sync::OnceLock;

/// Longest hand-off or sign-off, in words.
const MAX_WORDS: usize = 15;
/// Longest reporter's name or place, in words.
const MAX_NAME_WORDS: usize = 4;

struct Lists {
    /// Each with the space before it (" has more").
    handoffs: Vec<String>,
    outlets: Vec<String>,
    roles: Vec<String>,
}

fn lists() -> &'static Lists {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(|| {
        let data = data!("broadcast.txt");
        let handoffs = data
            .lines()
            .filter_map(|l| l.strip_prefix("handoff:"))
            // With the space before it, so that a lookup needs no new string.
            .map(|p| format!(" {}", p.trim()))
            .collect();
        Lists {
            handoffs,
            outlets: crate::wordlists::list(data, "outlets"),
            roles: crate::wordlists::list(data, "roles"),
        }
    })
}

/// Whether segment `s` is a hand-off to a reporter or a reporter's sign-off.
pub(crate) fn is_handoff(s: &str) -> bool {
    let body = s.trim().trim_end_matches('.').trim_end();
    let words: Vec<&str> = body.split_whitespace().collect();
    // "By Jane Smith, Reuters" is a newspaper's byline, not a sign-off: it
    // must not make the text a transcript.
    if words.is_empty()
        || words[0] == "By"
        || words.len() > MAX_WORDS
        || body.contains(['"', '“', '”', '«', '»', '?', ';'])
    {
        return false;
    }
    is_handover(body) || is_sign_off(body, &words)
}

/// "[From member station KQED,] Auncil Martinez reports [from Geneva]",
/// "VOA's Jim Teple has details [from our southeast news bureau]".
fn is_handover(body: &str) -> bool {
    let lower = body.to_lowercase();
    lists().handoffs.iter().any(|phrase| {
        let Some(at) = lower.find(phrase.as_str()) else {
            return false;
        };
        let rest = lower[at + phrase.len()..].trim();
        // "from Geneva", "on the vote": where from, or about what.
        let after_ok = rest.is_empty()
            || ((rest.starts_with("from ") || rest.starts_with("on "))
                && rest.split_whitespace().count() <= MAX_NAME_WORDS + 1);
        // The name right before the phrase, after any lead-in comma.
        let speaker = body[..at].rsplit(',').next().unwrap_or("").trim();
        after_ok && is_name(speaker)
    })
}

/// "Jim Teple, VOA News, Miami", "Lisa Schlein for VOA News, Geneva",
/// "Steve Hurst, CNN, the state department", "For NPR news, I'm Auncil
/// Martinez reporting".
fn is_sign_off(body: &str, words: &[&str]) -> bool {
    let is_outlet = |w: &str| {
        let w = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        lists().outlets.contains(&w)
    };
    let first = words[0].to_lowercase();
    if first == "for" && words.iter().any(|w| w.eq_ignore_ascii_case("i'm")) {
        return words[1..].iter().take(3).any(|w| is_outlet(w));
    }
    // "This is VOA Today.", "For The World, this is Pamela McCall in the BBC
    // news room in London.": a name right after "this is", and an outlet.
    let lower = body.to_lowercase();
    let this_is = lower.starts_with("this is ").then_some(8).or_else(|| {
        (first == "for")
            .then(|| lower.find(", this is ").map(|i| i + 10))
            .flatten()
    });
    if let Some(at) = this_is {
        let name: Vec<&str> = body[at..]
            .split_whitespace()
            .take_while(|w| !matches!(*w, "in" | "for" | "from" | "at"))
            .collect();
        let all_capitals = !name.is_empty()
            && name
                .iter()
                .all(|w| w.starts_with(char::is_uppercase) && !w.contains(['\'', '’']));
        return all_capitals && words.iter().any(|w| is_outlet(w));
    }
    let mut parts = body.split(',').map(str::trim);
    let Some(head) = parts.next() else {
        return false;
    };
    let (name, outlet) = match head.split_once(" for ") {
        Some((name, outlet)) => (name, Some(outlet)),
        None => (head, parts.next()),
    };
    let outlet_ok = outlet.is_some_and(|o| {
        let ws: Vec<&str> = o.split_whitespace().collect();
        !ws.is_empty() && ws.len() <= MAX_NAME_WORDS && ws.iter().any(|w| is_outlet(w))
    });
    let rest_ok = parts.all(|p| p.split_whitespace().count() <= MAX_NAME_WORDS);
    is_name(name) && outlet_ok && rest_ok
}

/// Two to four capitalised words, after an outlet's possessive or an
/// outlet and a reporter's role ("NPR's Elaine Corey", "BBC correspondent
/// Karyn Coleman", "Lisa Schlein").
fn is_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    let roles = &lists().roles;
    let lead = words
        .iter()
        .take_while(|w| w.ends_with("'s") || w.ends_with("’s") || roles.contains(&w.to_lowercase()))
        .count();
    let lead = match words.get(lead) {
        // "BBC correspondent": the outlet before its role.
        _ if lead == 0 && words.len() > 2 && roles.contains(&words[1].to_lowercase()) => 2,
        _ => lead,
    };
    let name = &words[lead..];
    (2..=MAX_NAME_WORDS).contains(&name.len())
        && name.iter().all(|w| w.starts_with(char::is_uppercase))
}

#[cfg(test)]
mod tests {
    use super::is_handoff;

    #[test]
    fn hand_offs_and_sign_offs() {
        for s in [
            "Steve Hurst has that.",
            "NPR's Elaine Corey has more from San Francisco.",
            "VOA's Jim Teple has details from our southeast news bureau.",
            "From member station KQED, Auncil Martinez reports.",
            "Lisa Schlein reports from Geneva.",
            "Tom Gjelten has more on the vote.",
            "Jim Teple, VOA News, Miami.",
            "Steve Hurst, CNN, the state department.",
            "Lisa Schlein for VOA News, Geneva.",
            "For NPR news, I'm Auncil Martinez reporting.",
            "BBC correspondent Karyn Coleman reports from Kosovo.",
            "This is VOA Today.",
            "For The World, this is Pamela McCall in the BBC news room in London.",
        ] {
            assert!(is_handoff(s), "{s}");
        }
    }

    #[test]
    fn claims_that_look_alike() {
        for s in [
            "The ministry reports that 20 people died.",
            "Police said the man has more than one passport.",
            "Kim Yong-hyun said the troops were deployed.",
            "Reuters reports.",
            "The company has more than 40 stores in Texas and Ohio.",
            "\"Lisa Schlein reports from Geneva,\" he said.",
            "Paris, France, London.",
            "Smith, Jones and Brown met in Geneva.",
            "This is the first time NBC News has said so.",
            "This is Boris Johnson's NBC interview, aired in full.",
            // A newspaper's byline.
            "By Jane Smith, Reuters",
        ] {
            assert!(!is_handoff(s), "{s}");
        }
    }
}
