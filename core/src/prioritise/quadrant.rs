//! The impact/effort matrix: quick wins, major projects, fill-ins and thankless tasks.

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;
use crate::model::{Item, PriorityInputs, QuadrantThresholds};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Quadrant {
    /// High impact, low effort: do first.
    QuickWin,
    /// High impact, high effort: plan carefully.
    MajorProject,
    /// Low impact, low effort: do when there is room.
    FillIn,
    /// Low impact, high effort: question whether to do it at all.
    ThanklessTask,
}

impl Quadrant {
    pub const ALL: [Quadrant; 4] = [
        Quadrant::QuickWin,
        Quadrant::MajorProject,
        Quadrant::FillIn,
        Quadrant::ThanklessTask,
    ];

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Quadrant::QuickWin => "Quick win",
            Quadrant::MajorProject => lang.pick("Major project", "Groot project"),
            Quadrant::FillIn => lang.pick("Fill-in", "Opvuller"),
            Quadrant::ThanklessTask => lang.pick("Thankless task", "Ondankbare klus"),
        }
    }

    /// The quadrant of an item, if both impact and effort are rated.
    pub fn of(inputs: &PriorityInputs, thresholds: &QuadrantThresholds) -> Option<Quadrant> {
        let high_impact = inputs.impact? >= thresholds.impact;
        let high_effort = inputs.effort? >= thresholds.effort;
        Some(match (high_impact, high_effort) {
            (true, false) => Quadrant::QuickWin,
            (true, true) => Quadrant::MajorProject,
            (false, false) => Quadrant::FillIn,
            (false, true) => Quadrant::ThanklessTask,
        })
    }
}

/// The open items in each quadrant, quadrants in their fixed order and items by id within each:
/// the matrix's key, which names what the chart can only label by id. Items not yet rated for
/// both impact and effort are in no quadrant and left out; empty quadrants are kept (with no
/// items) so the key always has its four parts.
pub fn open_by_quadrant(
    items: &[Item],
    thresholds: &QuadrantThresholds,
) -> Vec<(Quadrant, Vec<usize>)> {
    Quadrant::ALL
        .iter()
        .map(|q| {
            let mut in_q: Vec<usize> = (0..items.len())
                .filter(|&i| {
                    items[i].is_open() && Quadrant::of(&items[i].inputs, thresholds) == Some(*q)
                })
                .collect();
            crate::sorting::sort_by_key(&mut in_q, |&i| items[i].id);
            (*q, in_q)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(impact: u8, effort: u8, t: (u8, u8)) -> Option<Quadrant> {
        let inputs = PriorityInputs {
            impact: Some(impact),
            effort: Some(effort),
            ..PriorityInputs::default()
        };
        Quadrant::of(
            &inputs,
            &QuadrantThresholds {
                impact: t.0,
                effort: t.1,
            },
        )
    }

    #[test]
    fn quadrants_split_at_the_thresholds() {
        assert_eq!(q(5, 1, (3, 3)), Some(Quadrant::QuickWin));
        assert_eq!(q(3, 3, (3, 3)), Some(Quadrant::MajorProject));
        assert_eq!(q(2, 2, (3, 3)), Some(Quadrant::FillIn));
        assert_eq!(q(2, 5, (3, 3)), Some(Quadrant::ThanklessTask));
        assert_eq!(q(3, 3, (4, 4)), Some(Quadrant::FillIn));
    }

    #[test]
    fn an_unrated_item_has_no_quadrant() {
        assert_eq!(
            Quadrant::of(&PriorityInputs::default(), &QuadrantThresholds::default()),
            None
        );
    }

    #[test]
    fn the_key_lists_open_rated_items_per_quadrant_by_id() {
        use crate::example;
        use chrono::{TimeZone, Utc};
        let now = Utc.with_ymd_and_hms(2026, 11, 27, 10, 0, 0).unwrap();
        let ws = example::workspace(Lang::En, now.date_naive(), now);
        let key = open_by_quadrant(&ws.items, &ws.settings.quadrants);
        assert_eq!(
            key.iter().map(|(q, _)| *q).collect::<Vec<_>>(),
            Quadrant::ALL.to_vec()
        );
        let listed: Vec<usize> = key.iter().flat_map(|(_, ids)| ids.clone()).collect();
        let rated_open = ws
            .items
            .iter()
            .filter(|i| i.is_open() && i.inputs.impact.is_some() && i.inputs.effort.is_some())
            .count();
        assert_eq!(
            listed.len(),
            rated_open,
            "each rated open item exactly once"
        );
        assert!(listed.iter().all(|&i| ws.items[i].is_open()));
        for (q, ids) in &key {
            assert!(ids
                .windows(2)
                .all(|w| ws.items[w[0]].id < ws.items[w[1]].id));
            assert!(ids
                .iter()
                .all(|&i| Quadrant::of(&ws.items[i].inputs, &ws.settings.quadrants) == Some(*q)));
        }
    }
}
