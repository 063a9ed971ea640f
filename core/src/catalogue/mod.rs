//! The catalogues: ISO/IEC 27001:2022 clauses 4–10 (with sub-clauses) and the 93 Annex A
//! controls, with English and Dutch titles. Lookup by number, and search by words in either
//! language, ignoring case and accents, so "back-up" and "Back-up" and "beëindiging" all match;
//! the common improvement initiatives a new item can start from, and suggested KPIs.

mod annex_a;
mod clauses;
mod initiatives;
mod measures;
mod prompts;

pub use initiatives::{initiative, initiatives, Initiative};
pub use measures::{measure_unit, measures, Measure};

use crate::i18n::Lang;

/// Whether a requirement is a management-system clause or an Annex A control.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Family {
    Clause,
    Control,
}

/// The four Annex A themes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Theme {
    Organisational,
    People,
    Physical,
    Technological,
}

impl Theme {
    pub const ALL: [Theme; 4] = [
        Theme::Organisational,
        Theme::People,
        Theme::Physical,
        Theme::Technological,
    ];

    pub fn number(self) -> &'static str {
        match self {
            Theme::Organisational => "5",
            Theme::People => "6",
            Theme::Physical => "7",
            Theme::Technological => "8",
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Theme::Organisational => {
                lang.pick("Organisational controls", "Organisatorische maatregelen")
            }
            Theme::People => lang.pick("People controls", "Mensgerichte maatregelen"),
            Theme::Physical => lang.pick("Physical controls", "Fysieke maatregelen"),
            Theme::Technological => {
                lang.pick("Technological controls", "Technologische maatregelen")
            }
        }
    }
}

/// One clause or control.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Requirement {
    /// `6.1.2` for a clause, `A.8.13` for a control.
    pub id: &'static str,
    pub family: Family,
    en: &'static str,
    nl: &'static str,
}

impl Requirement {
    pub fn title(&self, lang: Lang) -> &'static str {
        lang.pick(self.en, self.nl)
    }

    /// The top-level group: clause `9` for `9.2.1`; theme number `8` for `A.8.13`.
    pub fn group(&self) -> &'static str {
        let bare = self.id.strip_prefix("A.").unwrap_or(self.id);
        bare.split('.').next().unwrap_or(bare)
    }

    /// Annex A theme, for controls.
    pub fn theme(&self) -> Option<Theme> {
        if self.family != Family::Control {
            return None;
        }
        Theme::ALL.into_iter().find(|t| t.number() == self.group())
    }

    /// Top-level clause headings (4 … 10) group sub-clauses; they are not assessed themselves.
    pub fn is_heading(&self) -> bool {
        self.family == Family::Clause && !self.id.contains('.')
    }

    /// Parent clause that has sub-clauses of its own, e.g. 6.1 for 6.1.2.
    pub fn has_children(&self) -> bool {
        self.family == Family::Clause
            && CLAUSE_LIST.iter().any(|c| {
                c.id.len() > self.id.len()
                    && c.id.starts_with(self.id)
                    && c.id.as_bytes()[self.id.len()] == b'.'
            })
    }

    /// What to ask about this clause in a gap workshop; `None` for a control (its title says
    /// what it asks) and for a heading.
    pub fn prompt(&self, lang: Lang) -> Option<&'static str> {
        prompts::PROMPTS
            .iter()
            .find(|(id, _, _)| *id == self.id && self.family == Family::Clause)
            .map(|&(_, en, nl)| lang.pick(en, nl))
    }

    /// "A.8.13 Information backup"
    pub fn display(&self, lang: Lang) -> String {
        format!("{} {}", self.id, self.title(lang))
    }
}

const fn build<const N: usize>(
    rows: &[(&'static str, &'static str, &'static str)],
    family: Family,
) -> [Requirement; N] {
    let mut out = [Requirement {
        id: "",
        family,
        en: "",
        nl: "",
    }; N];
    let mut i = 0;
    while i < N {
        out[i] = Requirement {
            id: rows[i].0,
            family,
            en: rows[i].1,
            nl: rows[i].2,
        };
        i += 1;
    }
    out
}

static CLAUSE_LIST: [Requirement; clauses::CLAUSES.len()] = build(clauses::CLAUSES, Family::Clause);
static CONTROL_LIST: [Requirement; annex_a::CONTROLS.len()] =
    build(annex_a::CONTROLS, Family::Control);

/// Every clause from 4 to 10.2, headings included, in the standard's order.
pub fn clauses() -> &'static [Requirement] {
    &CLAUSE_LIST
}

/// The 93 Annex A controls in order.
pub fn controls() -> &'static [Requirement] {
    &CONTROL_LIST
}

/// Clauses and controls together, clauses first.
pub fn all() -> impl Iterator<Item = &'static Requirement> {
    CLAUSE_LIST.iter().chain(CONTROL_LIST.iter())
}

/// A clause by its number (`9.2.2`).
pub fn clause(number: &str) -> Option<&'static Requirement> {
    CLAUSE_LIST.iter().find(|c| c.id == number.trim())
}

/// A control by its id; `A.8.13`, `a.8.13` and `8.13` all find it.
pub fn control(id: &str) -> Option<&'static Requirement> {
    let id = id.trim();
    let bare = id
        .strip_prefix("A.")
        .or_else(|| id.strip_prefix("a."))
        .unwrap_or(id);
    // Controls are listed in order of theme and number, so a binary search finds one in a
    // few steps; validating a large register looks up every linked control.
    let key = |bare: &str| -> Option<(u8, u8)> {
        match *bare.as_bytes() {
            [t, b'.', n] if t.is_ascii_digit() && n.is_ascii_digit() => Some((t, n - b'0')),
            [t, b'.', n1, n2] if [t, n1, n2].iter().all(u8::is_ascii_digit) => {
                Some((t, (n1 - b'0') * 10 + n2 - b'0'))
            }
            _ => None,
        }
    };
    let wanted = key(bare)?;
    let at = CONTROL_LIST
        .binary_search_by_key(&Some(wanted), |c| key(&c.id[2..]))
        .ok()?;
    CONTROL_LIST.get(at).filter(|c| &c.id[2..] == bare)
}

/// A clause or a control: `A.`-prefixed text is a control, anything else a clause.
pub fn requirement(id: &str) -> Option<&'static Requirement> {
    let id = id.trim();
    if id.starts_with("A.") || id.starts_with("a.") {
        control(id)
    } else {
        clause(id)
    }
}

/// Lower-cases and strips the accents Dutch and English titles use.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(&mut out, text);
    out
}

/// [`fold`], appending to `out`: search texts for thousands of items are built this way.
pub fn fold_into(out: &mut String, text: &str) {
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        for lower in c.to_lowercase() {
            out.push(match lower {
                'à' | 'á' | 'â' | 'ä' => 'a',
                'è' | 'é' | 'ê' | 'ë' => 'e',
                'ì' | 'í' | 'î' | 'ï' => 'i',
                'ò' | 'ó' | 'ô' | 'ö' => 'o',
                'ù' | 'ú' | 'û' | 'ü' => 'u',
                'ç' => 'c',
                other => other,
            });
        }
    }
}

/// Requirements whose number or title (English or Dutch) contains every word of the query.
/// A query that is a number ranks exact and prefix matches of the id first.
pub fn search(query: &str) -> Vec<&'static Requirement> {
    let words: Vec<String> = fold(query).split_whitespace().map(str::to_owned).collect();
    if words.is_empty() {
        return all().collect();
    }
    let mut hits: Vec<(u8, &'static Requirement)> = all()
        .filter_map(|r| {
            let id = fold(r.id);
            let bare = id.strip_prefix("a.").unwrap_or(&id).to_owned();
            let haystack = format!("{id} {} {}", fold(r.en), fold(r.nl));
            if !words
                .iter()
                .all(|w| haystack.contains(w.as_str()) || bare.starts_with(w.as_str()))
            {
                return None;
            }
            let first = &words[0];
            let rank = if id == *first || bare == *first {
                0
            } else if id.starts_with(first.as_str()) || bare.starts_with(first.as_str()) {
                1
            } else {
                2
            };
            Some((rank, r))
        })
        .collect();
    crate::sorting::sort_by_key(&mut hits, |(rank, _)| *rank);
    hits.into_iter().map(|(_, r)| r).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn annex_a_has_93_controls_in_four_themes() {
        assert_eq!(controls().len(), 93);
        let count = |t: Theme| controls().iter().filter(|c| c.theme() == Some(t)).count();
        assert_eq!(
            [
                count(Theme::Organisational),
                count(Theme::People),
                count(Theme::Physical),
                count(Theme::Technological)
            ],
            [37, 8, 14, 34]
        );
    }

    #[test]
    fn every_assessed_clause_has_a_workshop_question_in_both_languages_and_no_control_does() {
        for c in clauses() {
            let (en, nl) = (c.prompt(Lang::En), c.prompt(Lang::Nl));
            if c.is_heading() {
                assert_eq!(en, None, "{}", c.id);
                continue;
            }
            let (en, nl) = (en.unwrap_or_default(), nl.unwrap_or_default());
            assert!(
                en.ends_with('?') && nl.ends_with('?'),
                "{}: {en} / {nl}",
                c.id
            );
            assert_ne!(en, nl, "{}", c.id);
        }
        assert!(controls().iter().all(|c| c.prompt(Lang::En).is_none()));
        // Each question belongs to one clause there is.
        for (id, _, _) in prompts::PROMPTS {
            assert!(clause(id).is_some_and(|c| !c.is_heading()), "{id}");
        }
        let mut ids: Vec<_> = prompts::PROMPTS.iter().map(|p| p.0).collect();
        ids.dedup();
        assert_eq!(ids.len(), prompts::PROMPTS.len(), "one question a clause");
    }

    #[test]
    fn ids_are_unique_and_every_title_exists_in_both_languages() {
        let mut ids: Vec<_> = all().map(|r| r.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), clauses().len() + controls().len());
        for r in all() {
            assert!(
                !r.title(Lang::En).is_empty() && !r.title(Lang::Nl).is_empty(),
                "{}",
                r.id
            );
        }
    }

    #[test]
    fn clauses_include_the_sub_clauses() {
        for id in [
            "4.1", "6.1.1", "6.1.2", "6.1.3", "7.5.1", "7.5.3", "9.2.1", "9.2.2", "9.3.1", "9.3.3",
            "10.2",
        ] {
            assert!(clause(id).is_some(), "{id}");
        }
        assert!(clause("6.1").unwrap().has_children());
        assert!(!clause("6.2").unwrap().has_children());
        assert!(clause("9").unwrap().is_heading());
    }

    #[test]
    fn controls_are_found_with_or_without_prefix() {
        assert_eq!(
            control("A.8.13").unwrap().title(Lang::En),
            "Information backup"
        );
        assert_eq!(control("8.13").unwrap().id, "A.8.13");
        assert_eq!(
            requirement("A.5.7").unwrap().title(Lang::Nl),
            "Dreigingsinformatie"
        );
        assert_eq!(requirement("5.7"), None);
        assert_eq!(requirement("9.3").unwrap().family, Family::Clause);
    }

    #[test]
    fn every_control_is_found_by_its_own_id_and_no_other_text() {
        for c in controls() {
            assert_eq!(control(c.id).map(|f| f.id), Some(c.id));
            assert_eq!(control(&c.id[2..]).map(|f| f.id), Some(c.id));
        }
        for text in [
            "A.5.38", "A.8.0", "A.9.1", "A.08.1", "A.8", "", "A.", "A.8.1.1",
        ] {
            assert_eq!(control(text), None, "{text}");
        }
    }

    #[test]
    fn search_matches_either_language_ignoring_case_and_accents() {
        let ids = |q: &str| search(q).iter().map(|r| r.id).collect::<Vec<_>>();
        assert!(ids("backup").contains(&"A.8.13"));
        assert!(ids("BACK-UP").contains(&"A.8.13"));
        assert!(ids("beeindiging").contains(&"A.6.5"));
        assert!(ids("werken op afstand").contains(&"A.6.7"));
        assert_eq!(ids("8.1")[0], "8.1");
        assert!(ids("A.8.1").starts_with(&["A.8.1"]));
        assert!(ids("zzzz").is_empty());
    }
}
