//! The gap assessment: every clause 4.1–10.2 and every Annex A control with its status,
//! maturity against target, and (for controls) applicability; the results by theme and clause
//! group, the largest gaps, the Statement of Applicability, and the one-step improvement from a
//! gap.

use chrono::{DateTime, NaiveDate, Utc};

use crate::catalogue::{self, Family, Requirement, Theme};
use crate::history;
use crate::i18n::Lang;
use crate::model::{GapEntry, GapStatus, ItemId, Kind, Source, Workspace};

/// What a maturity level means (0–5), in our own words.
pub fn maturity_meaning(level: u8, lang: Lang) -> Option<&'static str> {
    let (en, nl) = match level {
        0 => ("Absent: nothing in place", "Afwezig: niets ingericht"),
        1 => (
            "Initial: ad hoc, depends on individuals",
            "Initieel: ad hoc, afhankelijk van personen",
        ),
        2 => (
            "Repeatable: done, but not documented",
            "Herhaalbaar: wordt gedaan, maar niet vastgelegd",
        ),
        3 => (
            "Defined: documented and followed",
            "Gedefinieerd: vastgelegd en gevolgd",
        ),
        4 => (
            "Managed: measured and reviewed",
            "Beheerst: gemeten en beoordeeld",
        ),
        5 => (
            "Optimised: continually improved",
            "Geoptimaliseerd: continu verbeterd",
        ),
        _ => return None,
    };
    Some(lang.pick(en, nl))
}

/// The requirements a workshop goes through: clauses 4.1–10.2 (not the chapter headings), then
/// the 93 controls.
pub fn requirements() -> Vec<&'static Requirement> {
    catalogue::all().filter(|r| !r.is_heading()).collect()
}

/// Whether a requirement counts as applicable (controls can be excluded; clauses cannot).
pub fn applicable(entry: Option<&GapEntry>) -> bool {
    entry.is_none_or(|e| e.status != GapStatus::NotApplicable)
}

/// Target minus current maturity, when both are set and the requirement applies.
pub fn gap_size(entry: &GapEntry) -> Option<u8> {
    if entry.status == GapStatus::NotApplicable {
        return None;
    }
    Some(entry.target_maturity?.saturating_sub(entry.maturity?))
}

/// Whether an entry shows a gap: not (fully) implemented, or below its target.
pub fn is_gap(entry: &GapEntry) -> bool {
    matches!(
        entry.status,
        GapStatus::NotImplemented | GapStatus::PartiallyImplemented
    ) || gap_size(entry).is_some_and(|g| g > 0)
}

/// Figures for one group of requirements.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupResult {
    /// "5" … "8" for themes, "4" … "10" for clause groups.
    pub key: &'static str,
    pub total: usize,
    pub assessed: usize,
    pub implemented: usize,
    pub not_applicable: usize,
    pub average_maturity: Option<f64>,
    pub average_target: Option<f64>,
}

impl GroupResult {
    pub fn share_assessed(&self) -> f64 {
        ratio(self.assessed, self.total)
    }

    /// Implemented among the applicable ones.
    pub fn share_implemented(&self) -> f64 {
        ratio(self.implemented, self.total - self.not_applicable)
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

fn average(values: impl Iterator<Item = u8>) -> Option<f64> {
    let (sum, n) = values.fold((0u32, 0u32), |(s, n), v| (s + u32::from(v), n + 1));
    (n > 0).then(|| f64::from(sum) / f64::from(n))
}

fn group(ws: &Workspace, key: &'static str, members: Vec<&'static Requirement>) -> GroupResult {
    let entries: Vec<Option<&GapEntry>> =
        members.iter().map(|r| ws.gap.entries.get(r.id)).collect();
    let status = |e: &Option<&GapEntry>| e.map_or(GapStatus::NotAssessed, |e| e.status);
    let applicable: Vec<&GapEntry> = entries
        .iter()
        .flatten()
        .copied()
        .filter(|e| e.status != GapStatus::NotApplicable)
        .collect();
    GroupResult {
        key,
        total: members.len(),
        assessed: entries
            .iter()
            .filter(|e| status(e) != GapStatus::NotAssessed)
            .count(),
        implemented: entries
            .iter()
            .filter(|e| status(e) == GapStatus::Implemented)
            .count(),
        not_applicable: entries
            .iter()
            .filter(|e| status(e) == GapStatus::NotApplicable)
            .count(),
        average_maturity: average(applicable.iter().filter_map(|e| e.maturity)),
        average_target: average(applicable.iter().filter_map(|e| e.target_maturity)),
    }
}

/// Results per Annex A theme, in theme order.
pub fn by_theme(ws: &Workspace) -> Vec<GroupResult> {
    Theme::ALL
        .iter()
        .map(|t| {
            group(
                ws,
                t.number(),
                catalogue::controls()
                    .iter()
                    .filter(|c| c.theme() == Some(*t))
                    .collect(),
            )
        })
        .collect()
}

/// Results per clause group 4 … 10.
pub fn by_clause_group(ws: &Workspace) -> Vec<GroupResult> {
    catalogue::clauses()
        .iter()
        .filter(|c| c.is_heading())
        .map(|h| {
            group(
                ws,
                h.id,
                catalogue::clauses()
                    .iter()
                    .filter(|c| !c.is_heading() && c.group() == h.id)
                    .collect(),
            )
        })
        .collect()
}

/// Requirements with a gap, the largest first (by maturity gap, then not implemented before
/// partially implemented, then catalogue order).
pub fn largest_gaps(ws: &Workspace) -> Vec<(&'static Requirement, &GapEntry)> {
    let order = requirements();
    let mut gaps: Vec<(usize, &'static Requirement, &GapEntry)> = order
        .iter()
        .enumerate()
        .filter_map(|(i, r)| {
            ws.gap
                .entries
                .get(r.id)
                .filter(|e| is_gap(e))
                .map(|e| (i, *r, e))
        })
        .collect();
    crate::sorting::sort_by_key(&mut gaps, |(i, _, e)| {
        let status_rank = match e.status {
            GapStatus::NotImplemented => 0,
            GapStatus::PartiallyImplemented => 1,
            _ => 2,
        };
        (std::cmp::Reverse(gap_size(e).unwrap_or(0)), status_rank, *i)
    });
    gaps.into_iter().map(|(_, r, e)| (r, e)).collect()
}

/// The suggested impact of closing a gap: the maturity gap itself, at least 1 and at most 5; 3
/// when no maturity was scored, 4 when nothing is implemented.
pub fn suggested_impact(entry: &GapEntry) -> u8 {
    match gap_size(entry) {
        Some(g) => g.clamp(1, 5),
        None if entry.status == GapStatus::NotImplemented => 4,
        None => 3,
    }
}

/// Why no improvement can be made from a requirement.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GapError {
    #[error("{0} is not a clause or control")]
    Unknown(String),
}

/// Creates an improvement from the gap at `requirement`: source "gap assessment", linked to it,
/// impact suggested from the size of the gap, and a back-link on the assessment.
pub fn create_improvement(
    ws: &mut Workspace,
    requirement: &str,
    lang: Lang,
    today: NaiveDate,
    now: DateTime<Utc>,
) -> Result<ItemId, GapError> {
    let req = catalogue::requirement(requirement)
        .ok_or_else(|| GapError::Unknown(requirement.to_owned()))?;
    let entry = ws.gap.entries.get(req.id).cloned().unwrap_or_default();
    let id = ws.next_item_id(Kind::ContinualImprovement);
    let title = match lang {
        Lang::En => format!("Close the gap on {} {}", req.id, req.title(lang)),
        Lang::Nl => format!("Gat dichten bij {} {}", req.id, req.title(lang)),
    };
    let item = history::create(id, Kind::ContinualImprovement, now, |i| {
        i.title = title;
        i.description = entry.notes.clone();
        i.identified_on = today;
        i.source = Source::GapAssessment;
        i.source_ref = req.id.to_owned();
        match req.family {
            Family::Clause => i.links.clauses.push(req.id.to_owned()),
            Family::Control => i.links.controls.push(req.id.to_owned()),
        }
        i.inputs.impact = Some(suggested_impact(&entry));
        i.plan.owner = entry.owner.clone();
    });
    ws.items.push(item);
    ws.gap
        .entries
        .entry(req.id.to_owned())
        .or_default()
        .items
        .push(id);
    Ok(id)
}

/// One row of the Statement of Applicability.
#[derive(Debug, Clone, PartialEq)]
pub struct SoaRow {
    pub control: &'static str,
    pub title: &'static str,
    pub theme: &'static str,
    pub applicable: bool,
    /// The justification for inclusion, or the reason for exclusion.
    pub reason: String,
    pub status: &'static str,
    pub owner: String,
    pub notes: String,
}

/// The Statement of Applicability: every Annex A control, in order.
pub fn soa_rows(ws: &Workspace, lang: Lang) -> Vec<SoaRow> {
    catalogue::controls()
        .iter()
        .map(|c| {
            let entry = ws.gap.entries.get(c.id);
            let applicable = applicable(entry);
            let reason = match entry {
                Some(e) if !applicable => e.exclusion_reason.clone(),
                Some(e) => e
                    .justifications
                    .iter()
                    .map(|j| j.label(lang))
                    .collect::<Vec<_>>()
                    .join(", "),
                None => String::new(),
            };
            SoaRow {
                control: c.id,
                title: c.title(lang),
                theme: c.theme().map_or("", |t| t.label(lang)),
                applicable,
                reason,
                status: entry
                    .map_or(GapStatus::NotAssessed, |e| e.status)
                    .label(lang),
                owner: entry
                    .and_then(|e| e.owner.as_ref())
                    .map(|o| ws.person_name(o))
                    .unwrap_or_default(),
                notes: entry.map(|e| e.notes.clone()).unwrap_or_default(),
            }
        })
        .collect()
}

/// The Statement of Applicability as CSV (UTF-8 with a byte-order mark, for Excel).
pub fn soa_csv(ws: &Workspace, lang: Lang, delimiter: u8) -> String {
    let mut writer = ::csv::WriterBuilder::new()
        .delimiter(delimiter)
        .from_writer(Vec::new());
    let header = [
        lang.pick("Control", "Beheersmaatregel"),
        lang.pick("Title", "Titel"),
        lang.pick("Theme", "Thema"),
        lang.pick("Applicable", "Van toepassing"),
        lang.pick(
            "Justification or exclusion reason",
            "Rechtvaardiging of reden van uitsluiting",
        ),
        lang.pick("Implementation status", "Implementatiestatus"),
        lang.pick("Owner", "Eigenaar"),
        lang.pick("Notes", "Notities"),
    ];
    let _ = writer.write_record(header);
    for row in soa_rows(ws, lang) {
        let yes_no = if row.applicable {
            lang.pick("Yes", "Ja")
        } else {
            lang.pick("No", "Nee")
        };
        let _ = writer.write_record(
            [
                row.control,
                row.title,
                row.theme,
                yes_no,
                &row.reason,
                row.status,
                &row.owner,
                &row.notes,
            ]
            .map(crate::file::defused),
        );
    }
    let bytes = writer.into_inner().unwrap_or_default();
    format!("\u{feff}{}", String::from_utf8_lossy(&bytes))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Justification, PersonId};
    use chrono::TimeZone;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 27, 10, 0, 0).unwrap()
    }

    fn ws() -> Workspace {
        let mut ws = Workspace::new("Acme", Lang::En, now());
        ws.people.push(crate::model::Person {
            id: PersonId::new(1),
            name: "Sanne".into(),
            role: String::new(),
        });
        let mut set = |id: &str, status, maturity, target| {
            ws.gap.entries.insert(
                id.into(),
                GapEntry {
                    status,
                    maturity,
                    target_maturity: target,
                    ..GapEntry::default()
                },
            );
        };
        set("A.8.13", GapStatus::PartiallyImplemented, Some(1), Some(4));
        set("A.8.9", GapStatus::Implemented, Some(3), Some(3));
        set("A.7.4", GapStatus::NotApplicable, None, None);
        set("6.1.2", GapStatus::NotImplemented, Some(0), Some(3));
        set("A.5.7", GapStatus::NotImplemented, None, None);
        ws
    }

    #[test]
    fn a_workshop_covers_every_sub_clause_and_control() {
        let all = requirements();
        assert_eq!(
            all.iter().filter(|r| r.family == Family::Control).count(),
            93
        );
        assert!(
            all.iter().any(|r| r.id == "4.1")
                && all.iter().any(|r| r.id == "10.2")
                && all.iter().any(|r| r.id == "9.3.3")
        );
        assert!(!all.iter().any(|r| r.id == "4" || r.id == "10"));
    }

    #[test]
    fn gaps_are_target_minus_current_and_the_largest_come_first() {
        let ws = ws();
        assert_eq!(gap_size(&ws.gap.entries["A.8.13"]), Some(3));
        assert_eq!(gap_size(&ws.gap.entries["A.7.4"]), None);
        let order: Vec<&str> = largest_gaps(&ws).iter().map(|(r, _)| r.id).collect();
        assert_eq!(order, ["6.1.2", "A.8.13", "A.5.7"]);
    }

    #[test]
    fn results_per_theme_count_assessed_implemented_and_average_maturity() {
        let ws = ws();
        let themes = by_theme(&ws);
        let tech = themes.iter().find(|g| g.key == "8").unwrap();
        assert_eq!((tech.total, tech.assessed, tech.implemented), (34, 2, 1));
        assert_eq!(tech.average_maturity, Some(2.0));
        assert_eq!(tech.average_target, Some(3.5));
        let physical = themes.iter().find(|g| g.key == "7").unwrap();
        assert_eq!((physical.assessed, physical.not_applicable), (1, 1));
        assert_eq!(physical.share_implemented(), 0.0);
        let planning = by_clause_group(&ws)
            .into_iter()
            .find(|g| g.key == "6")
            .unwrap();
        assert_eq!((planning.total, planning.assessed), (6, 1));
    }

    #[test]
    fn an_improvement_from_a_gap_is_linked_both_ways_with_impact_from_the_gap() {
        let mut ws = ws();
        let id =
            create_improvement(&mut ws, "A.8.13", Lang::En, now().date_naive(), now()).unwrap();
        let item = ws.item(&id).unwrap();
        assert_eq!(item.source, Source::GapAssessment);
        assert_eq!(item.links.controls, ["A.8.13"]);
        assert_eq!(item.inputs.impact, Some(3));
        assert_eq!(item.title, "Close the gap on A.8.13 Information backup");
        assert_eq!(ws.gap.entries["A.8.13"].items, vec![id]);
        let clause =
            create_improvement(&mut ws, "6.1.2", Lang::Nl, now().date_naive(), now()).unwrap();
        assert_eq!(ws.item(&clause).unwrap().links.clauses, ["6.1.2"]);
        assert!(crate::file::validate(&ws).is_empty());
        assert!(create_improvement(&mut ws, "A.99", Lang::En, now().date_naive(), now()).is_err());
    }

    #[test]
    fn the_soa_lists_all_93_controls_with_reasons() {
        let mut ws = ws();
        if let Some(e) = ws.gap.entries.get_mut("A.8.13") {
            e.justifications = vec![Justification::RiskAssessment, Justification::Contractual];
            e.owner = Some(PersonId::new(1));
        }
        if let Some(e) = ws.gap.entries.get_mut("A.7.4") {
            e.exclusion_reason = "No own premises".into();
        }
        ws.gap.entries.entry("A.5.1".into()).or_default().notes = "=1+1".into();
        let rows = soa_rows(&ws, Lang::En);
        assert_eq!(rows.len(), 93);
        let backup = rows.iter().find(|r| r.control == "A.8.13").unwrap();
        assert_eq!(
            (backup.reason.as_str(), backup.owner.as_str(), backup.status),
            (
                "Risk assessment, Contractual",
                "Sanne",
                "Partially implemented"
            )
        );
        let cctv = rows.iter().find(|r| r.control == "A.7.4").unwrap();
        assert_eq!(
            (cctv.applicable, cctv.reason.as_str()),
            (false, "No own premises")
        );
        let csv = soa_csv(&ws, Lang::Nl, b';');
        assert!(csv.starts_with("\u{feff}Beheersmaatregel;Titel;Thema;Van toepassing;"));
        assert_eq!(csv.lines().count(), 94);
        assert!(csv.contains("A.7.4;Monitoren van de fysieke beveiliging;Fysieke maatregelen;Nee;No own premises;Niet van toepassing;;"));
        // Notes a spreadsheet would run as a formula are written as text.
        let policies = csv.lines().find(|l| l.starts_with("A.5.1;")).unwrap();
        assert!(policies.ends_with(";'=1+1"), "{policies}");
    }

    #[test]
    fn maturity_levels_have_meanings_in_both_languages() {
        for level in 0..=5 {
            assert!(
                maturity_meaning(level, Lang::En).is_some()
                    && maturity_meaning(level, Lang::Nl).is_some()
            );
        }
        assert_eq!(maturity_meaning(6, Lang::En), None);
    }
}
