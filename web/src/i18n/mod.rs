//! The translation table and language-aware formatting.
//!
//! Every string the interface shows comes from [`t`]. The table pairs English and Dutch in one
//! row per key, so a key cannot exist in one language only; the tests below check that no text
//! is empty and that placeholders match across languages.

mod table;

use chrono::{Datelike, NaiveDate};
pub use isms_core::i18n::Lang;
pub use table::Key;

/// The text for `key` in `lang`.
pub fn t(lang: Lang, key: Key) -> &'static str {
    let (en, nl) = table::pair(key);
    lang.pick(en, nl)
}

/// The text for `key` in the current language, as a signal. One concrete type for every
/// translated text keeps the wasm small: a separate closure per use would be compiled into its
/// own copy of the rendering code.
pub fn tx(key: Key) -> leptos::prelude::Signal<&'static str> {
    use leptos::prelude::*;
    let lang = crate::state::use_state().lang;
    Signal::derive(move || t(lang.get(), key))
}

/// `t` with `{}` placeholders filled in order.
pub fn tf(lang: Lang, key: Key, args: &[&str]) -> String {
    let mut out = String::new();
    let mut rest = t(lang, key);
    let mut args = args.iter();
    while let Some(at) = rest.find("{}") {
        out.push_str(&rest[..at]);
        out.push_str(args.next().copied().unwrap_or(""));
        rest = &rest[at + 2..];
    }
    out.push_str(rest);
    out
}

/// [`tf`] for a sentence about `n` things: the text `one` when `n` is 1, `many` otherwise (the
/// rule English and Dutch share).
pub fn tn(lang: Lang, (one, many): (Key, Key), n: usize, args: &[&str]) -> String {
    tf(lang, if n == 1 { one } else { many }, args)
}

/// "target 5 reached" or "target 5 not reached": whether a KPI met its target (core's
/// `Measurement::target_met`), with the target written as the caller shows figures.
pub fn target_text(lang: Lang, met: bool, target: &str) -> String {
    let key = if met {
        Key::TargetReached
    } else {
        Key::TargetMissed
    };
    tf(lang, key, &[target])
}

/// A message kept as how to say it rather than as text, so that it is shown in the language
/// chosen now, not the one chosen when it arose (a form's message outlives a language switch).
#[derive(Clone)]
pub struct Said(std::sync::Arc<dyn Fn(Lang) -> String + Send + Sync>);

impl Said {
    pub fn new(say: impl Fn(Lang) -> String + Send + Sync + 'static) -> Said {
        Said(std::sync::Arc::new(say))
    }

    /// A message that is one entry of the translation table.
    pub fn key(key: Key) -> Said {
        Said::new(move |l| t(l, key).to_owned())
    }

    pub fn text(&self, lang: Lang) -> String {
        (self.0)(lang)
    }
}

const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const MONTHS_NL: [&str; 12] = [
    "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
];

/// "27 Nov 2026" / "27 nov 2026".
pub fn date(lang: Lang, d: NaiveDate) -> String {
    let months = match lang {
        Lang::En => MONTHS_EN,
        Lang::Nl => MONTHS_NL,
    };
    format!("{} {} {}", d.day(), months[d.month0() as usize], d.year())
}

/// "27 Nov 2026 14:05": a moment as the user's own clock showed it.
pub fn date_time(lang: Lang, at: &crate::clock::Local) -> String {
    format!("{} {}", date(lang, at.date), at.time())
}

pub fn opt_date(lang: Lang, d: Option<NaiveDate>) -> String {
    d.map_or_else(|| "—".to_owned(), |d| date(lang, d))
}

/// A number with `decimals` places: "1,234.5" in English, "1.234,5" in Dutch.
pub fn number(lang: Lang, value: f64, decimals: usize) -> String {
    let text = format!("{:.*}", decimals, value.abs());
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let (group, point) = match lang {
        Lang::En => (',', '.'),
        Lang::Nl => ('.', ','),
    };
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(group);
        }
        grouped.push(c);
    }
    let sign = if value < 0.0 && text.bytes().any(|b| (b'1'..=b'9').contains(&b)) {
        "-"
    } else {
        ""
    };
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}{point}{frac}")
    }
}

/// The label of an item field named in the history log.
pub fn field_label(lang: Lang, field: &str) -> String {
    field_key(field).map_or_else(|| field.to_owned(), |key| t(lang, key).to_owned())
}

/// The label of an item's field or sub-field by its name in the file format.
pub fn field_key(field: &str) -> Option<Key> {
    Some(match field {
        "title" => Key::Title,
        "description" => Key::Description,
        "source" => Key::Source,
        "source_ref" => Key::SourceRef,
        "stakeholder" => Key::Stakeholder,
        "identified_on" => Key::IdentifiedOn,
        "stage" => Key::Stage,
        "stage_reason" => Key::Reason,
        "nonconformity" => Key::Nonconformity,
        "links" => Key::Links,
        // A whole part of the item, named as its step is: a change of its due date reads
        // "Plan — Due date: …", not under the label of the part's first field.
        "inputs" => Key::FieldRating,
        "plan" => Key::FieldPlan,
        "verification" => Key::FieldVerification,
        "standardisation" => Key::FieldStandardisation,
        "no_document_change" => Key::NoDocumentChange,
        "communication" => Key::FieldCommunication,
        "evidence" => Key::EvidenceLabel,
        "closed_on" => Key::ClosedOn,
        // Sub-fields, as they appear inside the values above.
        "clauses" | "controls" => Key::ClausesAndControls,
        "objectives" => Key::NavObjectives,
        "depends_on" => Key::DependsOn,
        "impact" => Key::WeightImpact,
        "effort" => Key::WeightEffort,
        "urgency" => Key::WeightUrgency,
        "person_days" => Key::PersonDays,
        "alignment_override" => Key::Alignment,
        "confidence_pct" => Key::ConfidencePct,
        "reach" => Key::Reach,
        "business_value" => Key::BusinessValue,
        "time_criticality" => Key::TimeCriticality,
        "risk_reduction" => Key::RiskReduction,
        "what" => Key::PlanWhat,
        "how" => Key::PlanHow,
        "owner" => Key::Owner,
        "start" => Key::StartDate,
        "due" => Key::DueDate,
        "actions" => Key::Actions,
        "done" => Key::DoneOn,
        "method" => Key::VerificationMethod,
        "planned" => Key::VerificationPlanned,
        "verified_on" => Key::VerifiedOn,
        "verified_by" => Key::VerifiedBy,
        "verifier" => Key::Verifier,
        "result" => Key::Result,
        "measurement" => Key::Measurement,
        "kpi" => Key::Kpi,
        "unit" => Key::Unit,
        "before" => Key::Before,
        "after" => Key::After,
        "target" => Key::Target,
        "notes" => Key::Notes,
        "name" => Key::Name,
        "version" => Key::Version,
        "date" => Key::Date,
        "communication.date" => Key::CommunicatedOn,
        "audiences" => Key::Audiences,
        "channel" => Key::Channel,
        "training" => Key::Training,
        "label" => Key::EvidenceLabel,
        "location" => Key::Location,
        "requirement" => Key::RequirementNotMet,
        "grade" => Key::Grade,
        "correction" => Key::Correction,
        "whys" => Key::FiveWhys,
        "root_cause" => Key::RootCause,
        "cause_action" => Key::CauseAction,
        // `similar` is a group: its parts carry the labels.
        "found" => Key::SimilarCases,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_both_languages_with_matching_placeholders() {
        for key in Key::ALL {
            let (en, nl) = table::pair(*key);
            assert!(!en.trim().is_empty(), "{key:?} has no English text");
            assert!(!nl.trim().is_empty(), "{key:?} has no Dutch text");
            assert_eq!(
                en.matches("{}").count(),
                nl.matches("{}").count(),
                "{key:?} placeholders differ"
            );
        }
    }

    #[test]
    fn numbers_and_dates_follow_the_language() {
        assert_eq!(number(Lang::En, 1234.5, 1), "1,234.5");
        assert_eq!(number(Lang::Nl, 1234.5, 1), "1.234,5");
        assert_eq!(number(Lang::Nl, -0.04, 1), "0,0");
        assert_eq!(number(Lang::En, -12.0, 0), "-12");
        let d = NaiveDate::from_ymd_opt(2026, 3, 5).unwrap();
        assert_eq!(date(Lang::En, d), "5 Mar 2026");
        assert_eq!(date(Lang::Nl, d), "5 mrt 2026");
        assert_eq!(tf(Lang::En, Key::SavedAt, &["10:02"]), "Saved 10:02");
        let late = |lang, n: usize| tn(lang, (Key::DayLate, Key::DaysLate), n, &[&n.to_string()]);
        assert_eq!(late(Lang::En, 1), "1 day late");
        assert_eq!(late(Lang::En, 2), "2 days late");
        assert_eq!(late(Lang::Nl, 1), "1 dag te laat");
        assert_eq!(late(Lang::Nl, 0), "0 dagen te laat");
    }
}
