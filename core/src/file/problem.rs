//! One thing wrong in a workspace, and where it is.

use crate::i18n::Lang;

/// What is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    /// The value does not have the expected shape (serde's own wording).
    Shape(String),
    Empty,
    DuplicateId(String),
    /// An id that refers to nothing: a person, objective, item or requirement.
    UnknownReference(String),
    /// An id whose prefix does not match the item's kind.
    IdKindMismatch(String),
    /// A date that must not come before another one does.
    DateBefore {
        this: String,
        other: String,
    },
    OutOfRange {
        value: i64,
        min: i64,
        max: i64,
    },
    MissingNonconformity,
    UnexpectedNonconformity,
    MissingClosingDate,
    MissingHeldFrom,
    DependsOnItself,
    DependencyCycle(Vec<String>),
    NoWeights,
}

/// A problem at a JSON path such as `workspace.items[3].plan.owner`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub kind: ProblemKind,
}

impl Problem {
    pub fn new(path: impl Into<String>, kind: ProblemKind) -> Problem {
        Problem {
            path: path.into(),
            kind,
        }
    }

    /// The problem as a sentence, without the path.
    pub fn message(&self, lang: Lang) -> String {
        use ProblemKind as K;
        let nl = lang == Lang::Nl;
        match &self.kind {
            K::Shape(detail) if nl => format!("Onverwachte waarde: {}", in_dutch(detail)),
            K::Shape(detail) => format!("Unexpected value: {detail}"),
            K::Empty => lang
                .pick("Must not be empty.", "Mag niet leeg zijn.")
                .into(),
            K::DuplicateId(id) if nl => format!("Het id {id} komt vaker voor."),
            K::DuplicateId(id) => format!("The id {id} is used more than once."),
            K::UnknownReference(id) if nl => format!("{id} verwijst naar iets dat niet bestaat."),
            K::UnknownReference(id) => format!("{id} refers to something that does not exist."),
            K::IdKindMismatch(id) if nl => format!("Het id {id} past niet bij het soort item."),
            K::IdKindMismatch(id) => format!("The id {id} does not match the item's kind."),
            K::DateBefore { this, other } => {
                match (date_words(this, lang), date_words(other, lang)) {
                    (Some(this), Some(other)) if nl => {
                        format!("{} ligt vóór {other}.", capital(this))
                    }
                    (Some(this), Some(other)) => format!("{} is before {other}.", capital(this)),
                    _ if nl => format!("{this} ligt vóór {other}."),
                    _ => format!("{this} is before {other}."),
                }
            }
            K::OutOfRange { value, min, max } if nl => {
                format!("{value} ligt niet tussen {min} en {max}.")
            }
            K::OutOfRange { value, min, max } => format!("{value} is not between {min} and {max}."),
            K::MissingNonconformity => lang
                .pick(
                    "A corrective action needs its nonconformity.",
                    "Een corrigerende maatregel heeft een afwijking nodig.",
                )
                .into(),
            K::UnexpectedNonconformity => lang
                .pick(
                    "A continual improvement has no nonconformity.",
                    "Een continue verbetering heeft geen afwijking.",
                )
                .into(),
            K::MissingClosingDate => lang
                .pick(
                    "A closed item needs its closing date.",
                    "Een afgesloten item heeft een sluitingsdatum nodig.",
                )
                .into(),
            K::MissingHeldFrom => lang
                .pick(
                    "An item on hold needs the stage it returns to.",
                    "Een item in de wacht heeft de fase nodig waarnaar het terugkeert.",
                )
                .into(),
            K::DependsOnItself => lang
                .pick(
                    "An item cannot depend on itself.",
                    "Een item kan niet van zichzelf afhangen.",
                )
                .into(),
            K::DependencyCycle(ids) if nl => {
                format!("Circulaire afhankelijkheid: {}.", ids.join(" → "))
            }
            K::DependencyCycle(ids) => format!("Circular dependency: {}.", ids.join(" → ")),
            K::NoWeights => lang
                .pick(
                    "At least one prioritisation weight must be above zero.",
                    "Minstens één prioriteringsgewicht moet groter dan nul zijn.",
                )
                .into(),
        }
    }
}

/// The dates the checks put in order, as the app names them (a message about a refused edit is
/// read by someone who never saw the file's field names); `None` for a name not among them.
fn date_words(field: &str, lang: Lang) -> Option<&'static str> {
    let (en, nl) = match field {
        "plan.start" => ("the start date", "de startdatum"),
        "plan.due" => ("the due date", "de streefdatum"),
        "identified_on" => ("the day it was identified", "de dag van identificatie"),
        "closed_on" => ("the closing date", "de sluitingsdatum"),
        "created" => ("its creation", "het aanmaken"),
        "updated" => ("its last change", "de laatste wijziging"),
        "from" => ("the start of the period", "het begin van de periode"),
        "to" => ("the end of the period", "het einde van de periode"),
        _ => return None,
    };
    Some(lang.pick(en, nl))
}

/// `text` (one of [`date_words`]' phrases, which start with a plain letter) with a capital first.
/// ASCII only: `char::to_uppercase` would bring Unicode's case tables into the app (~6 KB gzip).
fn capital(text: &str) -> String {
    let mut out = text.to_owned();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    out
}

/// serde's description of a value it could not read, with its fixed phrases (and those of the
/// model's own readers and of chrono's date parser) in Dutch; the names and values it quotes stay
/// as in the file.
fn in_dutch(detail: &str) -> String {
    const PHRASES: [(&str, &str); 18] = [
        ("missing field ", "het veld ontbreekt: "),
        ("duplicate field ", "dubbel veld: "),
        ("unknown field ", "onbekend veld "),
        ("unknown variant ", "onbekende waarde "),
        ("invalid type: ", "verkeerd soort waarde: "),
        ("invalid value: ", "ongeldige waarde: "),
        ("invalid length ", "ongeldige lengte "),
        (", expected one of ", ", verwacht een van "),
        (", expected ", ", verwacht "),
        ("a date written YYYY-MM-DD", "een datum als JJJJ-MM-DD"),
        (
            "an RFC 3339 date and time",
            "een datum en tijd volgens RFC 3339",
        ),
        (
            "an item id such as CI-012 or CA-003",
            "een item-id zoals CI-012 of CA-003",
        ),
        ("input is out of range", "datum of tijd bestaat niet"),
        (
            "input contains invalid characters",
            "ongeldige tekens in datum of tijd",
        ),
        ("premature end of input", "datum of tijd is onvolledig"),
        ("trailing input", "tekst na de datum of tijd"),
        (
            "input is not enough for unique date and time",
            "datum of tijd is onvolledig",
        ),
        (
            "no possible date and time matching input",
            "datum of tijd bestaat niet",
        ),
    ];
    PHRASES
        .iter()
        .fold(detail.to_owned(), |text, (en, nl)| text.replacen(en, nl, 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(detail: &str) -> Problem {
        Problem::new("workspace.items[0]", ProblemKind::Shape(detail.into()))
    }

    #[test]
    fn dates_out_of_order_are_named_as_the_app_names_them_in_either_language() {
        let before = |this: &str, other: &str| {
            Problem::new(
                format!("items[0].{this}"),
                ProblemKind::DateBefore {
                    this: this.into(),
                    other: other.into(),
                },
            )
        };
        let due = before("plan.due", "plan.start");
        assert_eq!(
            due.message(Lang::En),
            "The due date is before the start date."
        );
        assert_eq!(
            due.message(Lang::Nl),
            "De streefdatum ligt vóór de startdatum."
        );
        assert_eq!(
            before("closed_on", "identified_on").message(Lang::En),
            "The closing date is before the day it was identified."
        );
        // A name the checks do not use is quoted as it is.
        assert_eq!(
            before("plan.due", "somewhere").message(Lang::Nl),
            "plan.due ligt vóór somewhere."
        );
    }

    #[test]
    fn every_date_the_checks_put_in_order_is_named_in_words_in_both_languages() {
        use crate::held_review::{self, Draft};
        use chrono::{Duration, NaiveDate, TimeZone, Utc};
        let today = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        let now = Utc.with_ymd_and_hms(2026, 11, 30, 12, 0, 0).unwrap();
        let mut ws = crate::example::workspace(Lang::En, today, now);
        ws.review_notes.attendees = "Board".into();
        ws.review_notes.decisions = "Go on".into();
        let draft = Draft {
            from: today - Duration::days(365),
            to: today,
            held_on: today,
            day_ended: None,
        };
        held_review::record(&mut ws, &draft, today, now).unwrap();
        // Every pair out of order at once: the plan, closing before identifying, a change before
        // the creation (of an item and of the workspace) and a review period ending before it starts.
        let closed = ws.items.iter().position(|i| i.closed_on.is_some()).unwrap();
        let item = &mut ws.items[closed];
        item.plan.start = Some(today);
        item.plan.due = Some(today - Duration::days(1));
        item.identified_on = item.closed_on.unwrap() + Duration::days(1);
        item.updated = item.created - Duration::seconds(1);
        ws.updated = ws.created - Duration::seconds(1);
        let input = &mut ws.held_reviews[0].input;
        input.to = input.from - Duration::days(1);

        let out_of_order: Vec<Problem> = crate::file::validate(&ws)
            .into_iter()
            .filter(|p| matches!(p.kind, ProblemKind::DateBefore { .. }))
            .collect();
        assert_eq!(out_of_order.len(), 5, "{out_of_order:?}");
        for problem in out_of_order {
            for lang in [Lang::En, Lang::Nl] {
                let said = problem.message(lang);
                assert!(
                    !said.contains('_')
                        && !said.contains("plan.")
                        && said.starts_with(char::is_uppercase),
                    "{said}"
                );
            }
        }
    }

    #[test]
    fn a_value_serde_could_not_read_is_described_in_dutch_with_the_files_own_words_kept() {
        let cases = [
            ("missing field `kind`", "het veld ontbreekt: `kind`"),
            (
                "unknown variant `closed_ok`, expected one of `identified`, `closed`",
                "onbekende waarde `closed_ok`, verwacht een van `identified`, `closed`",
            ),
            (
                "invalid value: string \"2026-13-01\", expected a date written YYYY-MM-DD",
                "ongeldige waarde: string \"2026-13-01\", verwacht een datum als JJJJ-MM-DD",
            ),
            (
                "invalid type: integer `3`, expected an item id such as CI-012 or CA-003",
                "verkeerd soort waarde: integer `3`, verwacht een item-id zoals CI-012 of CA-003",
            ),
        ];
        for (en, nl) in cases {
            assert_eq!(
                shape(en).message(Lang::Nl),
                format!("Onverwachte waarde: {nl}")
            );
            assert_eq!(
                shape(en).message(Lang::En),
                format!("Unexpected value: {en}")
            );
        }
    }

    #[test]
    fn real_serde_messages_are_the_ones_translated() {
        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)]
        struct Probe {
            kind: crate::model::Kind,
        }
        let missing = serde_json::from_str::<Probe>("{}").unwrap_err();
        let unknown = serde_json::from_str::<Probe>(r#"{"kind": "other"}"#).unwrap_err();
        let date = serde_json::from_str::<crate::model::Item>(
            r#"{"id": "CI-001", "kind": "continual_improvement", "title": "x", "identified_on": "2026-13-01"}"#,
        )
        .unwrap_err();
        // A month 13 reaches chrono, whose own words say why.
        assert!(
            date.to_string().starts_with("input is out of range"),
            "{date}"
        );
        for error in [missing, unknown, date] {
            let dutch = shape(&crate::json::error_message(&error)).message(Lang::Nl);
            for english in [
                "missing field",
                "unknown variant",
                "invalid",
                "expected",
                "input",
            ] {
                assert!(!dutch.contains(english), "{dutch}");
            }
        }
    }
}
